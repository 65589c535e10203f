// The queries bench/scale-out.sh runs before and after a district's partitions move to another PostgreSQL
// server: the app's own services (a community's 高龄津贴台账 and coverage, the district's XLSX export, the
// burden dashboards and a community's month of events, audit verify), each answer's digest (the same answers
// before and after, or the move lost something) and its median time.
//   npx tsx bench/scale-out-queries.ts <database url> <data dir of the city bench> <label>
import crypto from 'node:crypto';
import { monthsBack } from '#common/dates.js';
import { loadConfig } from '../server/src/config.js';
import { createContext } from '../server/src/context.js';
import { openDatabase } from '../server/src/db/database.js';

const [url, dataDir, label] = process.argv.slice(2);
const JIAJIA = '340104006005';
const digest = (x: unknown) => crypto.createHash('sha256').update(JSON.stringify(x)).digest('hex').slice(0, 12);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Median of `runs` after one warm-up; a single run (the heavy ones) has no warm-up. */
async function timed<T>(fn: () => Promise<T>, runs = 5): Promise<{ ms: number; value: T }> {
  let value = runs > 1 ? await fn() : (undefined as T);
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = process.hrtime.bigint();
    value = await fn();
    out.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  return { ms: Math.round(median(out) * 10) / 10, value };
}

const database = openDatabase(url);
try {
  const config = { ...loadConfig({ JIANFU_DATA_DIR: dataDir }), databaseUrl: 'unused', demo: false };
  const ctx = createContext(config, database);
  const { forms, accounts, burden } = ctx.services;
  const dept = await accounts.actingAs('dept.shushan.minzheng');
  const worker = await accounts.actingAs('worker.jiajia');
  const admin = await accounts.actingAs('bench.admin');
  const gaoling = (await forms.list(dept)).find((f) => f.title.includes('高龄津贴'))!;
  const to = burden.currentMonth();
  const window = { from: monthsBack(to, 12), to };
  const results: [string, { ms: number; value: unknown }][] = [
    ['ledger 家家景园 JSON', await timed(() => forms.ledger(worker, gaoling.id, JIAJIA))],
    ['coverage 家家景园', await timed(() => forms.coverage(worker, gaoling.id, JIAJIA))],
    ['蜀山区 XLSX export', await timed(async () => (await forms.ledgerXlsx(dept, gaoling.id)).subjectIds, 1)],
    ['dashboard 合肥市', await timed(() => burden.dashboard(admin, '3401', window))],
    ['dashboard 蜀山区', await timed(() => burden.dashboard(admin, '340104', window))],
    ['month of events 家家景园', await timed(() => burden.monthEvents(admin, JIAJIA, to))],
    ['audit verify (full)', await timed(async () => (await ctx.services.audit.verify()).ok, 1)],
  ];
  for (const [name, r] of results) console.log(`${label}\t${name}\t${r.ms} ms\t${digest(r.value)}`);
} finally {
  await database.close();
}
