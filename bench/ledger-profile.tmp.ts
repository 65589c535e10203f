import fs from 'node:fs';
import { loadConfig } from '../server/src/config.js';
import { createContext } from '../server/src/context.js';
import { openDatabase } from '../server/src/db/database.js';
import { migrate } from '../server/src/db/migrate.js';
import { seedDemo } from '../server/src/modules/demo/seed.js';
const url = process.argv[2] ?? 'sqlite:///tmp/ledger-bench/demo.db';
const fresh = url.startsWith('sqlite') && !fs.existsSync('/tmp/ledger-bench/demo.db');
const database = url.startsWith('postgres') ? openDatabase(url, { schema: 'ledgerprof' }) : openDatabase(url);
const config = { ...loadConfig({ JIANFU_DATA_DIR: '/tmp/ledger-bench' }), databaseUrl: 'unused', demo: true };
await migrate(database);
const ctx = createContext(config, database);
await ctx.services.dictionary.sync();
if (fresh || process.argv[3] === 'seed') await seedDemo(ctx);
const { forms, accounts } = ctx.services;
const worker = await accounts.actingAs('worker.jiajia');
const dept = await accounts.actingAs('dept.shushan.minzheng');
const list = await forms.list(worker);
const f = list.find((x) => x.title === '高龄津贴台账')!;
const t = async (name: string, fn: () => Promise<unknown>) => {
  await fn();
  const ms: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < 7; i++) {
    const c = process.cpuUsage();
    const s = process.hrtime.bigint();
    await fn();
    ms.push(Number(process.hrtime.bigint() - s) / 1e6);
    const d = process.cpuUsage(c);
    cpu.push((d.user + d.system) / 1000);
  }
  ms.sort((a, b) => a - b);
  cpu.sort((a, b) => a - b);
  console.log(name.padEnd(30), ms[3].toFixed(1), 'ms wall', cpu[3].toFixed(1), 'ms cpu');
};
if (!process.argv[4]) {
  await t('ledger', () => forms.ledger(worker, f.id, '340104006005'));
  await t('coverage', () => forms.coverage(worker, f.id, '340104006005'));
  await t('xlsx', () => forms.ledgerXlsx(worker, f.id, '340104006005'));
  await t('backflow', () => forms.backflow(dept.departmentCode!));
  await t('list', () => forms.list(worker));
  const p: any = forms;
  const fr = await (await import('../server/src/modules/hub/forms-repository.js')).findForm(database.db, f.id);
  await t('rows', () => p.rows(fr, '340104006005'));
  await t('access', () => p.access(worker, f.id, '340104006005'));
  await t('granted', () => p.granted(fr));
  await t('view', () => p.view(fr));
}
const lr = await import('../server/src/modules/hub/ledger-repository.js');
const n = [{ element: 'birth_date', op: 'lt' as const, value: '1947' }];
await t('candidates', () => lr.candidates(database.db, database.kind, '340104006005', 'resident', n));
await t('candidates none', () => lr.candidates(database.db, database.kind, '340104006005', 'resident', []));
const cv = await import('../server/src/modules/hub/community-values.js');
await t('formValues', () =>
  cv.formValues(database, {
    community: '340104006005',
    type: 'resident',
    narrowing: n,
    elements: new Set([
      'name',
      'gender',
      'id_number',
      'birth_date',
      'hukou_address',
      'mobile',
      'senior_allowance',
      'senior_allowance_amount',
    ]),
    ownerOf: () => undefined,
    isHouseholdElement: () => false,
  }),
);
await database.close();
