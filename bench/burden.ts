// Benchmark: burden dashboards at Hefei scale — 1,773 communities × 60 months × 20 sources (2.1M burden
// events, rolled up per community, street, district and city). Times the city view, a district view,
// a community drill-down (dashboard + one month's events) and the public summary; medians of 15 runs.
//   npm run bench -- burden [small]    (SQLite; JIANFU_BENCH_PG_URL adds PostgreSQL)
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { loadConfig } from '../server/src/config.js';
import { createContext } from '../server/src/context.js';
import { openDatabase, type Database } from '../server/src/db/database.js';
import { bulkUpsert } from '../server/src/db/bulk.js';
import { migrate } from '../server/src/db/migrate.js';
import { rebuildRollups } from '../server/src/modules/burden/repository.js';
import { lastMonths, monthsBack } from '#common/dates.js';
import { hashOf } from '../server/src/modules/demo/burden-history.js';

// `small` (what CI runs): 40 communities over 12 months instead of 1,773 over 60.
const SMALL = process.argv[3] === 'small';
const MONTHS = SMALL ? 12 : 60;
const SOURCES = [
  ['minzheng', 'admitted_item', 'task'],
  ['minzheng', 'ledger', 'ledger'],
  ['weijian', 'admitted_item', 'task'],
  ['weijian', 'ledger', 'ledger'],
  ['renshe', 'ledger', 'ledger'],
  ['zhujian', 'admitted_item', 'task'],
  ['zhujian', 'informal', 'informal'],
  ['chengguan', 'app_group', 'app'],
  ['chengguan', 'informal', 'informal'],
  ['yingji', 'inspection', 'inspection'],
  ['yingji', 'app_group', 'app'],
  ['zuzhi', 'meeting_training', 'meeting'],
  ['zuzhi', 'inspection', 'inspection'],
  ['tongji', 'ledger', 'ledger'],
  ['canlian', 'admitted_item', 'task'],
  ['tuiyijunren', 'admitted_item', 'survey'],
  ['gongan', 'app_group', 'app'],
  ['shijian', 'informal', 'informal'],
  ['zhengfa', 'meeting_training', 'meeting'],
  ['weijian', 'dispatch', 'task'],
] as const;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function time(fn: () => Promise<unknown>, runs = 15): Promise<number> {
  await fn(); // warm
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = process.hrtime.bigint();
    await fn();
    out.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  return Math.round(median(out) * 10) / 10;
}

async function runOn(database: Database, label: string): Promise<void> {
  const config = { ...loadConfig({ JIANFU_DATA_DIR: os.tmpdir() }), databaseUrl: 'unused', demo: false };
  await migrate(database);
  const ctx = createContext(config, database);
  await ctx.services.orgs.importDivisions({ kind: 'city', code: '3401' });
  const communities = (await ctx.services.orgs.communitiesUnder(['3401']))
    .map((c) => c.code)
    .slice(0, SMALL ? 40 : undefined);
  const to = ctx.services.burden.currentMonth();
  const months = lastMonths(to, MONTHS);
  let n = 0;
  function* rows() {
    for (const c of communities) {
      const district = c.slice(0, 6);
      for (const m of months)
        for (const [dept, source, kind] of SOURCES) {
          n++;
          const minutes = 300 + (hashOf(`${c}${m}${dept}${source}`) % 3000);
          yield [
            district,
            c,
            m,
            source,
            `${district}-${dept}`,
            source === 'informal' ? null : `准〔${m.slice(0, 4)}〕1号`,
            kind,
            minutes,
            0,
            `bench:${n}`,
            1,
          ];
        }
    }
  }
  const t0 = Date.now();
  await bulkUpsert(
    database,
    {
      table: 'burden_events',
      columns: [
        'district_code',
        'community_code',
        'month',
        'source_kind',
        'department_code',
        'admission_number',
        'object_kind',
        'minutes',
        'is_reestimate',
        'source_ref',
        'is_demo',
      ],
      key: [],
      update: [],
    },
    rows(),
  );
  const t1 = Date.now();
  await database.transaction((trx) => rebuildRollups(trx));
  const t2 = Date.now();
  if (database.kind === 'postgres') await database.pool!.query('analyze');
  else database.sqlite!.exec('analyze');
  await ctx.services.accounts.insertUser('', {
    username: 'bench.admin',
    password: 'bench-password',
    role: 'admin',
    orgCode: '3401',
    departmentCode: null,
    displayName: 'bench',
  });
  const admin = await ctx.services.accounts.actingAs('bench.admin');
  await ctx.services.burden.setCapacity(
    admin,
    communities.map((c) => ({ community: c, staff: 6 + (hashOf(c) % 8) })),
  );
  const rollupRows = Number(
    (
      await database.db
        .selectFrom('burden_monthly')
        .select(({ fn }) => fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );
  const community = communities[Math.floor(communities.length / 2)];
  const b = ctx.services.burden;
  const window = { from: monthsBack(to, MONTHS), to };
  const results = {
    city: await time(() => b.dashboard(admin, '3401', window)),
    district: await time(() => b.dashboard(admin, '340104', window)),
    community: await time(async () => {
      await b.dashboard(admin, community, window);
      await b.monthEvents(admin, community, to);
    }),
    public: await time(() => b.aggregates('3401', window)),
  };
  console.log(
    `${label}: ${communities.length} communities × ${months.length} months × ${SOURCES.length} sources = ${n.toLocaleString()} events ` +
      `loaded in ${((t1 - t0) / 1000).toFixed(1)} s, rollups (${rollupRows.toLocaleString()} rows) rebuilt in ${((t2 - t1) / 1000).toFixed(1)} s`,
  );
  console.log(
    `  median of 15: city view ${results.city} ms · district view ${results.district} ms · community drill-down (dashboard + month) ${results.community} ms · public summary ${results.public} ms`,
  );
}

export async function run(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jianfu-bench-burden-'));
  const sqlite = openDatabase(`sqlite://${path.join(dir, 'bench.db')}`);
  try {
    if (process.env.JIANFU_BENCH_ONLY !== 'postgres') await runOn(sqlite, 'SQLite');
  } finally {
    await sqlite.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
  const url = process.env.JIANFU_BENCH_PG_URL;
  if (!url) return;
  // A database of its own: Kysely's migrator looks for its lock table in every schema of a database.
  const name = `bench_${crypto.randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`create database ${name}`);
  const database = openDatabase(url.replace(/\/[^/?]*(\?|$)/, `/${name}$1`));
  try {
    await runOn(database, 'PostgreSQL');
  } finally {
    await database.close();
    await admin.query(`drop database ${name}`);
    await admin.end();
  }
}
