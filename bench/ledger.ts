// Benchmark: generating the ledgers of 家家景园社区 (the demo's ~5,000 households, ~12,000 residents) from
// the hub — the three demo forms (rows filtered: 80+, 70+, disability grade) and one form over every
// resident of the community (no filter, 10 columns) — as JSON (the service behind GET /forms/:id/ledger)
// and as XLSX (ledger.xlsx); median of several runs after one warm-up, on SQLite and PostgreSQL.
//   npm run bench -- ledger [runs]          (SQLite; JIANFU_BENCH_PG_URL adds PostgreSQL)
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { loadConfig } from '../server/src/config.js';
import { createContext } from '../server/src/context.js';
import { openDatabase, type Database } from '../server/src/db/database.js';
import { migrate } from '../server/src/db/migrate.js';
import { seedDemo } from '../server/src/modules/demo/seed.js';
import { elementsRead } from '../server/src/modules/privacy/grants-service.js';

const JIAJIA = '340104006005';

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

async function timed(runs: number, f: () => Promise<unknown>): Promise<number> {
  await f(); // warm-up: dictionary caches, prepared statements
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = process.hrtime.bigint();
    await f();
    ms.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  return median(ms);
}

async function bench(database: Database, dataDir: string, runs: number): Promise<void> {
  const config = { ...loadConfig({ JIANFU_DATA_DIR: dataDir }), databaseUrl: 'unused', demo: true };
  await migrate(database);
  const ctx = createContext(config, database);
  const t = Date.now();
  await ctx.services.dictionary.sync();
  await seedDemo(ctx);
  console.log(`  (${database.kind}: demo seeded in ${((Date.now() - t) / 1000).toFixed(1)} s)`);
  const { forms, accounts } = ctx.services;
  const dept = await accounts.actingAs('dept.shushan.minzheng');
  const worker = await accounts.actingAs('worker.jiajia');
  const col = (label: string, element: string | null = null) => ({ label, element });
  const columns = [
    col('序号'),
    col('姓名', 'name'),
    col('性别', 'gender'),
    col('民族', 'ethnicity'),
    col('公民身份号码', 'id_number'),
    col('出生日期', 'birth_date'),
    col('年龄', 'age'),
    col('户籍地址', 'hukou_address'),
    col('联系电话', 'mobile'),
    col('婚姻状况', 'marital_status'),
    col('备注'),
  ];
  // A form binds only granted elements: the bench form is granted under a demo ledger admission of 民政.
  const list = await forms.list(dept);
  const admission = list.find((f) => f.isDemo && f.admissionId)?.admissionId;
  if (!admission) throw new Error('the demo has no ledger admission for 民政');
  await ctx.services.grants.ensureDemoGrant(dept.departmentCode!, admission, elementsRead(columns, []), '基准测试');
  const everyone = await forms.create(dept, {
    title: '居民基础信息台账（基准测试）',
    subjectType: 'resident',
    admissionId: null,
    filter: [],
    columns,
  });
  const canlian = await accounts.actingAs('dept.shushan.canlian');
  const targets = [
    ...list.filter((f) => f.isDemo).map((f) => ({ id: f.id, title: f.title, user: worker })),
    ...(await forms.list(canlian)).filter((f) => f.isDemo).map((f) => ({ id: f.id, title: f.title, user: worker })),
    { id: everyone, title: '全部居民（无筛选，11 列）', user: dept },
  ];
  for (const f of targets) {
    const ledger = await forms.ledger(f.user, f.id, JIAJIA);
    const json = await timed(runs, async () => JSON.stringify(await forms.ledger(f.user, f.id, JIAJIA)));
    const xlsx = await timed(runs, () => forms.ledgerXlsx(f.user, f.id, JIAJIA));
    const cells = ledger.rows.length * ledger.columns.length;
    console.log(
      `${database.kind.padEnd(10)}  ${f.title.padEnd(16)}  ${String(ledger.rows.length).padStart(6)} rows  ${String(cells).padStart(7)} cells  JSON ${json.toFixed(0).padStart(6)} ms  XLSX ${xlsx.toFixed(0).padStart(6)} ms`,
    );
  }
}

export async function run(): Promise<void> {
  const runs = Number(process.argv[3] ?? 5);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-ledger-'));
  console.log(`ledgers of 家家景园社区, median of ${runs} runs after a warm-up`);
  try {
    const sqlite = openDatabase(`sqlite://${path.join(dir, 'jianfu.db')}`);
    await bench(sqlite, dir, runs);
    await sqlite.close();
    const pgUrl = process.env.JIANFU_BENCH_PG_URL;
    if (pgUrl) {
      const admin = new pg.Client({ connectionString: pgUrl });
      await admin.connect();
      const schema = `bench_${crypto.randomBytes(4).toString('hex')}`;
      await admin.query(`create schema ${schema}`);
      try {
        const db = openDatabase(pgUrl, { schema });
        await bench(db, dir, runs);
        await db.close();
      } finally {
        await admin.query(`drop schema ${schema} cascade`);
        await admin.end();
      }
    }
    console.log(`peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
