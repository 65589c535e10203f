// Benchmark: generating the ledgers of 家家景园社区 (the demo's ~5,000 households, ~12,000 residents) from
// the hub — the three demo forms (rows filtered: 80+, 70+, disability grade) and one form over every
// resident of the community (no filter, 10 columns) — as JSON (the service behind GET /forms/:id/ledger)
// and as XLSX (ledger.xlsx), its coverage, 民政's 回流 summary and one household's 一次入户 sheet; median of
// several runs after one warm-up, on SQLite and PostgreSQL. The whole route as a browser asks it (GET
// with the session cookie, brotli accepted: session, access, the ledger, the read audit entry, the
// response schema, compression) through Fastify's inject, with the process CPU time per request — the
// figure a loaded machine distorts least. Same-run baseline: the whole community read into memory and
// filtered there (communityValues, what the ledger did before issue 14), whose rows the SQL path must
// equal.
//   npm run bench -- ledger [runs|small]    (SQLite; JIANFU_BENCH_PG_URL adds PostgreSQL)
//   small (what CI runs): one run, SQLite only, the demo without its burden history and residents' services
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { buildApp } from '../server/src/app.js';
import { loadConfig } from '../server/src/config.js';
import { createContext } from '../server/src/context.js';
import { openDatabase, type Database } from '../server/src/db/database.js';
import { migrate } from '../server/src/db/migrate.js';
import { seedDemo } from '../server/src/modules/demo/seed.js';
import { copyDemoSnapshot } from '../server/src/testing/demo-snapshot.js';
import { elementsRead } from '../server/src/modules/privacy/grants-service.js';
import { communityValues } from '../server/src/modules/hub/community-values.js';
import { ledgerRow, matches } from '../server/src/modules/hub/ledger.js';
import { findForm } from '../server/src/modules/hub/forms-repository.js';
import { DEMO_PASSWORD } from '../server/src/modules/demo/accounts.js';

const SMALL = process.argv[3] === 'small';

const JIAJIA = '340104006005';

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** Medians of the wall time and of the process's CPU time (user + system, all threads) of a call. */
async function measured(runs: number, f: () => Promise<unknown>): Promise<{ wall: number; cpu: number }> {
  await f(); // warm-up: dictionary caches, prepared statements
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const c = process.cpuUsage();
    const t = process.hrtime.bigint();
    await f();
    wall.push(Number(process.hrtime.bigint() - t) / 1e6);
    const used = process.cpuUsage(c);
    cpu.push((used.user + used.system) / 1000);
  }
  return { wall: median(wall), cpu: median(cpu) };
}

async function timed(runs: number, f: () => Promise<unknown>): Promise<number> {
  return (await measured(runs, f)).wall;
}

/** The old path: every subject of the community in memory, then the filter and the cells. */
async function wholeCommunity(ctx: ReturnType<typeof createContext>, formId: number) {
  const f = (await findForm(ctx.database.db, formId))!;
  const elements = await ctx.services.dictionary.elements();
  const byCode = new Map(elements.map((e) => [e.code, e]));
  const columns = (
    await ctx.database.db
      .selectFrom('form_columns')
      .select(['label', 'element_code'])
      .where('form_id', '=', formId)
      .orderBy('position')
      .execute()
  ).map((c) => ({ label: c.label, element: c.element_code }));
  const today = ctx.clock.today();
  const all = await communityValues(
    ctx.database.db,
    JIAJIA,
    f.subject_type,
    (e) => byCode.get(e)?.ownerDepartmentKind,
    (e) => byCode.get(e)?.subject === 'household',
  );
  const filter = JSON.parse(f.filter);
  return all
    .filter((s) => matches(s.values, filter, today))
    .map((s) => ({ id: s.id, cells: ledgerRow(columns, s.values, today) }));
}

async function bench(database: Database, dataDir: string, runs: number): Promise<void> {
  const config = { ...loadConfig({ JIANFU_DATA_DIR: dataDir }), databaseUrl: 'unused', demo: true };
  await migrate(database);
  const ctx = createContext(config, database);
  const t = Date.now();
  await ctx.services.dictionary.sync();
  await seedDemo(ctx, undefined, {
    skip: SMALL ? ['burden-shushan', 'admissions-history', 'certificates', 'service-requests'] : [],
  });
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
  // The route as the browser calls it: signed in (the worker, or the department for its own form).
  const app = await buildApp(ctx);
  await app.ready();
  const cookieOf = async (username: string) => {
    const res = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username, password: DEMO_PASSWORD },
    });
    if (res.statusCode !== 200) throw new Error(`login ${username}: ${res.statusCode} ${res.body}`);
    return res.cookies.map((c) => `${c.name}=${c.value}`).join('; ');
  };
  const cookies = new Map([
    [worker.id, await cookieOf('worker.jiajia')],
    [dept.id, await cookieOf('dept.shushan.minzheng')],
  ]);
  const get = async (cookie: string, url: string) => {
    const res = await app.inject({ method: 'GET', url, headers: { cookie, 'accept-encoding': 'br, gzip' } });
    if (res.statusCode !== 200) throw new Error(`GET ${url}: ${res.statusCode} ${res.body}`);
  };
  const targets = [
    ...list.filter((f) => f.isDemo).map((f) => ({ id: f.id, title: f.title, user: worker })),
    ...(await forms.list(canlian)).filter((f) => f.isDemo).map((f) => ({ id: f.id, title: f.title, user: worker })),
    // The worst case (12.5k rows) is left out of the small run: it is the slowest step CI would wait for.
    ...(SMALL ? [] : [{ id: everyone, title: '全部居民（无筛选，11 列）', user: dept }]),
  ];
  const pad = (ms: number) => ms.toFixed(0).padStart(5);
  for (const f of targets) {
    const ledger = await forms.ledger(f.user, f.id, JIAJIA);
    // The SQL path must give the old path's rows (the bench-only form's grant covers every column).
    const old = await wholeCommunity(ctx, f.id);
    const same = JSON.stringify(old.map((r) => r.id)) === JSON.stringify(ledger.rows.map((r) => r.subjectId));
    if (!same) throw new Error(`${f.title}: the SQL path's rows differ from the whole community's`);
    const json = await timed(runs, async () => JSON.stringify(await forms.ledger(f.user, f.id, JIAJIA)));
    const xlsx = await timed(runs, () => forms.ledgerXlsx(f.user, f.id, JIAJIA));
    const cov = await timed(runs, () => forms.coverage(f.user, f.id, JIAJIA));
    const base = await timed(runs, () => wholeCommunity(ctx, f.id));
    const cookie = cookies.get(f.user.id)!;
    const route = await measured(runs, () => get(cookie, `/api/v1/forms/${f.id}/ledger?community=${JIAJIA}`));
    const routeCov = await measured(runs, () => get(cookie, `/api/v1/forms/${f.id}/coverage?community=${JIAJIA}`));
    const cells = ledger.rows.length * ledger.columns.length;
    console.log(
      `${database.kind.padEnd(9)} ${f.title.padEnd(16)} ${String(ledger.rows.length).padStart(6)} rows ${String(cells).padStart(7)} cells  JSON ${pad(json)} ms  XLSX ${pad(xlsx)} ms  coverage ${pad(cov)} ms  | baseline (whole community in memory, no rendering) ${pad(base)} ms`,
    );
    console.log(
      `${database.kind.padEnd(9)} ${f.title.padEnd(16)} GET …/ledger ${pad(route.wall)} ms (CPU ${pad(route.cpu)} ms)  GET …/coverage ${pad(routeCov.wall)} ms (CPU ${pad(routeCov.cpu)} ms)  — the route with session, audit entry, schema, brotli`,
    );
  }
  const household = await database.db
    .selectFrom('subjects')
    .select('id')
    .where('community_code', '=', JIAJIA)
    .where('type', '=', 'household')
    .orderBy('id')
    .executeTakeFirstOrThrow();
  const sheet = await timed(runs, () => ctx.services.collect.sheet(worker, household.id));
  const backflow = await timed(runs, () => forms.backflow(dept.departmentCode!));
  console.log(
    `${database.kind.padEnd(9)} 一次入户 sheet (one household) ${pad(sheet)} ms  ·  民政's 回流 summary ${pad(backflow)} ms`,
  );
  await app.close();
}

export async function run(): Promise<void> {
  const runs = SMALL ? 1 : Number(process.argv[3] ?? 5);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-ledger-'));
  console.log(`ledgers of 家家景园社区, median of ${runs} runs after a warm-up`);
  try {
    // In CI the run's one demo load is copied here; seedDemo below then finds its steps done.
    if (copyDemoSnapshot(dir)) console.log("  (sqlite: the demo copied from this run's snapshot)");
    const sqlite = openDatabase(`sqlite://${path.join(dir, 'jianfu.db')}`);
    await bench(sqlite, dir, runs);
    await sqlite.close();
    const pgUrl = SMALL ? undefined : process.env.JIANFU_BENCH_PG_URL;
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
