// Benchmark: a synthetic Hefei on one PostgreSQL (issue 14 §4). The demo (五里墩街道, its forms, accounts and
// grants) plus residents and households for every other community of the org tree's 合肥市 — valid ID
// numbers (area = the community's district, check digit), ages, sexes, household sizes and relations as
// the demo's generator makes them (demo/residents.ts), communities of unequal size — loaded per district
// through the import commit's own SQL (staged rows, then `commitStaged`: new subjects, then one fact record
// per row). Then: size on disk, one community's ledger and coverage, a district-wide ledger export, the
// burden dashboards over a year of events, `audit verify` over a trail as long as the population (in full
// and from the last checkpoint), and EXPLAIN of a community's and a district's queries (partition pruning).
//   npm run bench -- city [residents|small]      (PostgreSQL only: JIANFU_BENCH_PG_URL, else JIANFU_TEST_PG_URL,
//                                                 else the local server)
//   JIANFU_BENCH_CITY_DB=bench_city npm run bench -- city 200000   keeps the database (bench/scale-out.sh reads it)
// `small` (what CI runs): 20,000 residents, 3 months of burden events.
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { makeIdNumber } from '#common/idcard.js';
import { lastMonths, monthsBack } from '#common/dates.js';
import { loadConfig } from '../server/src/config.js';
import { createContext } from '../server/src/context.js';
import { openDatabase, type Database } from '../server/src/db/database.js';
import { bulkUpsert, type Cell } from '../server/src/db/bulk.js';
import { migrate } from '../server/src/db/migrate.js';
import { refreshStatistics } from '../server/src/db/dialect.js';
import { seedDemo } from '../server/src/modules/demo/seed.js';
import { DEMO_HOUSEHOLDS } from '../server/src/modules/demo/grids.js';
import { demoPopulation, rng } from '../server/src/modules/demo/residents.js';
import { hashOf } from '../server/src/modules/demo/burden-history.js';
import { commitStaged } from '../server/src/modules/hub/imports-repository.js';
import { rowHash } from '../server/src/modules/hub/subjects-service.js';
import { rebuildRollups } from '../server/src/modules/burden/repository.js';
import { loadKeyring } from '../server/src/modules/privacy/audit-keys.js';
import { entryHash, type ChainEntry } from '../server/src/modules/privacy/chain.js';
import { copyLine } from '../server/src/db/bulk.js';
import { from as copyFrom } from 'pg-copy-streams';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';

const arg = process.argv[3];
const RESIDENTS = arg === 'small' || !arg ? (arg === 'small' ? 20_000 : 9_800_000) : Number(arg);
const JIAJIA = '340104006005';
const SHUSHAN = '340104';
const CHUNK = 200_000;

const ms = (t: bigint) => Number(process.hrtime.bigint() - t) / 1e6;
const s = (x: number) => `${(x / 1000).toFixed(1)} s`;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
async function timed(fn: () => Promise<unknown>, runs = 5): Promise<number> {
  await fn();
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = process.hrtime.bigint();
    await fn();
    out.push(ms(t));
  }
  return Math.round(median(out) * 10) / 10;
}
const gb = (bytes: number) => `${(bytes / 2 ** 30).toFixed(2)} GiB`;

/** Unique ID numbers city-wide: per (area, birth date, sex), sequences 0, 2, 4 … (makeIdNumber sets the parity). */
function idMaker() {
  const next = new Map<string, number>();
  return (area: string, born: string, male: boolean): string => {
    for (let a = Number(area); ; a++) {
      const k = `${a}${born}${male ? 1 : 0}`;
      const n = next.get(k) ?? 0;
      if (n < 500) {
        next.set(k, n + 1);
        return makeIdNumber(String(a), born, 2 * n, male ? 'male' : 'female');
      }
    }
  };
}

async function pgAdmin<T>(url: string, f: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return await f(c);
  } finally {
    await c.end();
  }
}

export async function run(): Promise<void> {
  const url =
    process.env.JIANFU_BENCH_PG_URL ?? process.env.JIANFU_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
  const keep = process.env.JIANFU_BENCH_CITY_DB;
  if (keep && !/^bench_[a-z0-9_]+$/.test(keep)) throw new Error('JIANFU_BENCH_CITY_DB must be bench_…');
  const name = keep ?? `bench_city_${crypto.randomBytes(4).toString('hex')}`;
  await pgAdmin(url, async (c) => {
    if (keep) await c.query(`drop database if exists ${name}`);
    await c.query(`create database ${name}`);
  });
  const dataDir = keep ? path.join(os.tmpdir(), name) : fs.mkdtempSync(path.join(os.tmpdir(), 'jianfu-bench-city-'));
  fs.rmSync(dataDir, { recursive: true, force: true });
  fs.mkdirSync(dataDir, { recursive: true });
  const database = openDatabase(url.replace(/\/[^/?]*(\?|$)/, `/${name}$1`));
  try {
    await cityBench(database, dataDir);
  } finally {
    await database.close();
    if (!keep) {
      await pgAdmin(url, (c) => c.query(`drop database ${name}`));
      fs.rmSync(dataDir, { recursive: true, force: true });
    } else console.log(`kept: database ${name}, data dir ${dataDir}`);
  }
}

async function cityBench(database: Database, dataDir: string): Promise<void> {
  const config = { ...loadConfig({ JIANFU_DATA_DIR: dataDir }), databaseUrl: 'unused', demo: true };
  const db = database.db;
  const pool = database.pool!;
  const tStart = process.hrtime.bigint();
  await migrate(database);
  const ctx = createContext(config, database);
  await ctx.services.dictionary.sync();
  await seedDemo(ctx, undefined, {
    skip: [
      'burden-shushan',
      'admissions-history',
      'certificates',
      'service-requests',
      'deliberation',
      'roster-jiajiajingyuan',
      'purchasing-wulidun',
    ],
  });
  const demoMs = ms(tStart);
  const partitions = Number(
    (await pool.query(`select count(*) as n from pg_inherits where inhparent = 'facts'::regclass`)).rows[0].n,
  );
  console.log(`demo (五里墩街道, forms, accounts) seeded in ${s(demoMs)}; facts has ${partitions} partitions`);

  // ---- the city: households per community (unequal: a lognormal-ish weight), residents in them
  const all = await ctx.services.orgs.communitiesUnder(['3401']);
  const communities = all.filter((c) => !(c.code in DEMO_HOUSEHOLDS));
  const weights = communities.map((c) => {
    const r = rng(hashOf(c.code));
    const normal = Math.sqrt(-2 * Math.log(r() || 1e-9)) * Math.cos(2 * Math.PI * r());
    return Math.exp(0.6 * normal);
  });
  const sum = weights.reduce((a, b) => a + b, 0);
  const households = Math.round(RESIDENTS / 2.75);
  const plan = communities.map((c, i) => ({
    ...c,
    households: Math.max(1, Math.round((households * weights[i]) / sum)),
  }));
  const newId = idMaker();
  const districts = [...new Set(plan.map((c) => c.code.slice(0, 6)))].sort();
  const at = ctx.clock.nowIso();
  let residents = 0;
  let householdRows = 0;
  let committedMs = 0;
  const tLoad = process.hrtime.bigint();
  for (const district of districts) {
    const ds = {
      resident: await ctx.services.subjects.ensureDataset(
        {
          code: `bench-${district}-population`,
          name: `户籍人口（${district}，合成）`,
          departmentCode: `${district}-gongan`,
          subjectType: 'resident',
          description: 'bench/city.ts',
        },
        false,
      ),
      household: await ctx.services.subjects.ensureDataset(
        {
          code: `bench-${district}-households`,
          name: `家庭户（${district}，合成）`,
          departmentCode: `${district}-gongan`,
          subjectType: 'household',
          description: 'bench/city.ts',
        },
        false,
      ),
    };
    const pending: Record<'resident' | 'household', Cell[][]> = { resident: [], household: [] };
    const flush = async (type: 'resident' | 'household') => {
      const rows = pending[type];
      if (rows.length === 0) return;
      pending[type] = [];
      const imp = await db
        .insertInto('dataset_imports')
        .values({
          dataset_id: ds[type],
          filename: `bench-${district}-${type}.csv`,
          file_path: '',
          file_sha256: '',
          file_size: 0,
          format: 'csv',
          encoding: 'utf-8',
          status: 'committing',
          rows_total: rows.length,
          created_at: at,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      const t = process.hrtime.bigint();
      // As the import's commit does: the staged rows (a file of COPY lines, as the dry run writes it) COPY
      // into a temporary table, then the set-based merge.
      const file = path.join(os.tmpdir(), `bench-city-${process.pid}-${imp.id}.staged`);
      fs.writeFileSync(file, rows.map(copyLine).join(''));
      const { written } = await commitStaged(
        database,
        { file, count: rows.length },
        {
          importId: imp.id,
          datasetId: ds[type],
          subjectType: type,
          observedAt: at,
          at,
        },
      );
      fs.rmSync(file, { force: true });
      // As the import service does after a large commit: plans made without statistics of the growing
      // partitions turn the commit's per-row lookups into scans.
      if (written >= 10_000) await refreshStatistics(db, 'postgres', ['facts', 'subjects']);
      committedMs += ms(t);
      await db
        .updateTable('dataset_imports')
        .set({ status: 'committed', rows_written: written, finished_at: at })
        .where('id', '=', imp.id)
        .execute();
    };
    for (const c of plan.filter((p) => p.code.startsWith(district))) {
      const people = demoPopulation({ code: c.code, name: c.name, households: c.households, grids: [c.code] });
      for (const p of people) {
        const v: Record<string, string> = { ...p.values };
        if (v.household_number) v.household_number = c.code.slice(0, 6) + v.household_number;
        let key = v.household_number;
        if (p.type === 'resident') {
          v.id_number = newId(district, v.birth_date, v.gender === '1');
          v.residence_address = v.residence_address.replace('蜀山区五里墩街道', '');
          key = v.id_number;
          residents++;
        } else {
          v.family_address = v.family_address.replace('蜀山区五里墩街道', '');
          householdRows++;
        }
        const list = pending[p.type];
        list.push([key, p.name, c.code, rowHash(v), JSON.stringify(v)]);
        if (list.length >= CHUNK) await flush(p.type);
      }
    }
    await flush('resident');
    await flush('household');
    process.stdout.write(`  ${district}: ${residents.toLocaleString()} residents so far, ${s(ms(tLoad))}\n`);
  }
  const loadMs = ms(tLoad);
  const tAnalyze = process.hrtime.bigint();
  await pool.query('analyze');
  const analyzeMs = ms(tAnalyze);
  console.log(
    `loaded ${residents.toLocaleString()} residents + ${householdRows.toLocaleString()} households in ${plan.length} communities ` +
      `(${districts.length} districts) in ${s(loadMs)} — commit (COPY into a temporary table + merge) ${s(committedMs)}; ` +
      `${Math.round((residents + householdRows) / (loadMs / 1000)).toLocaleString()} subjects/s; analyze ${s(analyzeMs)}`,
  );

  // ---- burden events: every community × 12 months × 8 sources, rollups rebuilt
  const months = lastMonths(ctx.services.burden.currentMonth(), arg === 'small' ? 3 : 12);
  const SOURCES = ['minzheng', 'weijian', 'renshe', 'zhujian', 'chengguan', 'yingji', 'zuzhi', 'tongji'];
  let events = 0;
  function* burdenRows(): Generator<Cell[]> {
    for (const c of all)
      for (const m of months)
        for (const dept of SOURCES) {
          events++;
          const district = c.code.slice(0, 6);
          yield [
            district,
            c.code,
            m,
            'ledger',
            `${district}-${dept}`,
            null,
            'ledger',
            300 + (hashOf(c.code + m + dept) % 3000),
            0,
            `bench:${events}`,
            0,
          ];
        }
  }
  const tBurden = process.hrtime.bigint();
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
    burdenRows(),
  );
  await database.transaction((trx) => rebuildRollups(trx));
  await pool.query('analyze burden_events, burden_monthly, burden_org_monthly');
  console.log(`burden: ${events.toLocaleString()} events loaded and rolled up in ${s(ms(tBurden))}`);

  // ---- the audit trail: as many entries as residents (ledger reads), chained and keyed as append() does
  const auditN = Math.min(residents, 10_000_000);
  const tAudit = process.hrtime.bigint();
  const keyring = loadKeyring(config.auditKeyFile, ctx.clock.nowIso());
  const head = (await pool.query('select last_id, last_hash, key_id from audit_head where id = 1')).rows[0];
  const keyId: string = head.key_id ?? keyring.newest;
  const key = keyring.keys.get(keyId)!;
  let prev: string = head.last_hash;
  let lastId = Number(head.last_id);
  const communityCodes = all.map((c) => c.code);
  function* auditLines(): Generator<string> {
    let chunk = '';
    for (let i = 0; i < auditN; i++) {
      const community = communityCodes[i % communityCodes.length];
      const e: ChainEntry = {
        id: ++lastId,
        at,
        request_id: `bench-${i}`,
        user_id: null,
        username: 'bench',
        role: 'community_worker',
        org_code: community,
        department_code: null,
        district_code: community.slice(0, 6),
        action: 'ledger.json',
        outcome: 'allowed',
        subject_ids: '[]',
        subject_count: 0,
        elements: '["name","id_number"]',
        purpose: '',
        admission_number: null,
        file_sha256: null,
        detail: '',
        key_id: keyId,
      };
      const hash = entryHash(key, prev, e);
      chunk += copyLine([
        e.id,
        e.at,
        e.request_id,
        e.user_id,
        e.username,
        e.role,
        e.org_code,
        e.department_code,
        e.district_code,
        e.action,
        e.outcome,
        e.subject_ids,
        e.subject_count,
        e.elements,
        e.purpose,
        e.admission_number,
        e.file_sha256,
        e.detail,
        prev,
        hash,
        e.key_id,
      ]);
      prev = hash;
      if (chunk.length > 1 << 16) {
        yield chunk;
        chunk = '';
      }
    }
    if (chunk) yield chunk;
  }
  {
    const client = await pool.connect();
    try {
      await client.query('begin');
      await pipeline(
        Readable.from(auditLines()),
        client.query(
          copyFrom(
            'copy audit_log (id, at, request_id, user_id, username, role, org_code, department_code, district_code, action, outcome, subject_ids, subject_count, elements, purpose, admission_number, file_sha256, detail, prev_hash, hash, key_id) from stdin',
          ),
        ),
      );
      await client.query('update audit_head set last_id = $1, last_hash = $2 where id = 1', [lastId, prev]);
      await client.query('commit');
    } finally {
      client.release();
    }
  }
  await pool.query('analyze audit_log');
  const auditLoadMs = ms(tAudit);
  const tFull = process.hrtime.bigint();
  const full = await ctx.services.audit.verify();
  const fullMs = ms(tFull);
  await ctx.services.audit.checkpoint();
  for (let i = 0; i < 200; i++)
    await ctx.services.audit.record(null, `bench-after-${i}`, { action: 'bench.read', orgCode: JIAJIA });
  const tInc = process.hrtime.bigint();
  const inc = await ctx.services.audit.verify({ sinceCheckpoint: true });
  const incMs = ms(tInc);
  console.log(
    `audit: ${auditN.toLocaleString()} entries written in ${s(auditLoadMs)}; verify in full ${full.ok ? 'intact' : 'BROKEN'} ` +
      `${s(fullMs)} (${Math.round((auditN / fullMs) * 1000).toLocaleString()} entries/s); from the last checkpoint ` +
      `(+200 entries) ${inc.ok ? 'intact' : 'BROKEN'} ${incMs.toFixed(0)} ms`,
  );
  if (!full.ok || !inc.ok) throw new Error('the audit trail does not verify');

  // ---- size on disk
  const sizes = (
    await pool.query<{ t: string; bytes: string }>(
      `select t, (select sum(pg_total_relation_size(relid)) from pg_partition_tree(t::regclass)) as bytes
       from unnest(array['subjects','facts','audit_log','audit_subjects','burden_events','subject_keys']) t`,
    )
  ).rows;
  const dbBytes = Number((await pool.query('select pg_database_size(current_database()) as b')).rows[0].b);
  console.log(
    `size on disk: database ${gb(dbBytes)} — ${sizes.map((r) => `${r.t} ${gb(Number(r.bytes))}`).join(', ')}`,
  );

  // ---- ledgers
  const { forms, accounts } = ctx.services;
  const dept = await accounts.actingAs('dept.shushan.minzheng');
  const worker = await accounts.actingAs('worker.jiajia');
  const gaoling = (await forms.list(dept)).find((f) => f.title.includes('高龄津贴'));
  if (!gaoling) throw new Error('the demo has no 高龄津贴台账');
  const own = await forms.ledger(worker, gaoling.id, JIAJIA);
  const other = plan.filter((c) => c.code.startsWith(SHUSHAN)).sort((a, b) => b.households - a.households)[0];
  const otherRows = other ? (await forms.ledger(dept, gaoling.id, other.code)).rows.length : 0;
  const ledgerJson = await timed(async () => JSON.stringify(await forms.ledger(worker, gaoling.id, JIAJIA)));
  const ledgerXlsx = await timed(() => forms.ledgerXlsx(worker, gaoling.id, JIAJIA), 3);
  const coverage = await timed(() => forms.coverage(worker, gaoling.id, JIAJIA));
  const otherJson = other
    ? await timed(async () => JSON.stringify(await forms.ledger(dept, gaoling.id, other.code)))
    : 0;
  const tDistrict = process.hrtime.bigint();
  const districtXlsx = await forms.ledgerXlsx(dept, gaoling.id);
  const districtMs = ms(tDistrict);
  console.log(
    `高龄津贴台账: 家家景园社区 ${own.rows.length} rows — JSON ${ledgerJson} ms, XLSX ${ledgerXlsx} ms, coverage ${coverage} ms (median of 5/3); ` +
      `${other?.name ?? '-'} (${other?.households ?? 0} households) ${otherRows} rows — JSON ${otherJson} ms; ` +
      `蜀山区-wide XLSX export (${districtXlsx.subjectIds.length.toLocaleString()} rows, ${(districtXlsx.body.length / 2 ** 20).toFixed(1)} MiB) ${s(districtMs)}`,
  );

  // ---- burden dashboards
  const b = ctx.services.burden;
  await accounts.insertUser('', {
    username: 'bench.admin',
    password: 'bench-password',
    role: 'admin',
    orgCode: '3401',
    departmentCode: null,
    displayName: 'bench',
  });
  const admin = await accounts.actingAs('bench.admin');
  const to = b.currentMonth();
  const window = { from: monthsBack(to, 12), to };
  const dash = {
    city: await timed(() => b.dashboard(admin, '3401', window)),
    district: await timed(() => b.dashboard(admin, SHUSHAN, window)),
    community: await timed(async () => {
      await b.dashboard(admin, JIAJIA, window);
      await b.monthEvents(admin, JIAJIA, to);
    }),
    public: await timed(() => b.aggregates('3401', window)),
  };
  console.log(
    `burden dashboards (median of 5): city ${dash.city} ms · district ${dash.district} ms · community + month ${dash.community} ms · public ${dash.public} ms`,
  );

  // ---- partition pruning
  const plan1 = async (label: string, q: string, params: unknown[]) => {
    const rows = (await pool.query(`explain (analyze, costs off, timing off, summary off) ${q}`, params)).rows.map(
      (r) => r['QUERY PLAN'] as string,
    );
    const scanned = [...new Set(rows.flatMap((l) => [...l.matchAll(/on (\w+_(?:p\d{6}|default))/g)].map((m) => m[1])))];
    console.log(
      `EXPLAIN ${label}: ${scanned.length} partition(s) scanned: ${scanned.slice(0, 6).join(', ')}${scanned.length > 6 ? ' …' : ''}`,
    );
    if (process.env.JIANFU_BENCH_VERBOSE) console.log(rows.map((l) => `    ${l}`).join('\n'));
  };
  await plan1(
    'facts of a community, by community_code only (as the repositories ask today)',
    'select count(*) from facts where community_code = $1',
    [JIAJIA],
  );
  await plan1(
    'facts of a community, with its district_code',
    'select count(*) from facts where district_code = $2 and community_code = $1',
    [JIAJIA, SHUSHAN],
  );
  await plan1('subjects of a district', 'select count(*) from subjects where district_code = $1 and type = $2', [
    SHUSHAN,
    'resident',
  ]);
  await plan1('burden events of a district', 'select sum(minutes) from burden_events where district_code = $1', [
    SHUSHAN,
  ]);
  await plan1('audit entries of a district', 'select count(*) from audit_log where district_code = $1', [SHUSHAN]);
  const t1 = await timed(() => pool.query('select count(*) from facts where community_code = $1', [JIAJIA]));
  const t2 = await timed(() =>
    pool.query('select count(*) from facts where district_code = $2 and community_code = $1', [JIAJIA, SHUSHAN]),
  );
  console.log(
    `  facts of 家家景园社区 counted: community_code only ${t1} ms, with district_code ${t2} ms (median of 5)`,
  );
  console.log(`total ${s(ms(tStart))}`);
}
