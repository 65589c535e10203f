// Benchmark: a department dataset of 1,000,000 residents (CSV, 6 columns) through our import — read,
// validate every cell (ID check digits, dates, code lists), stage, commit as facts with new subjects —
// against a raw load of the same rows into a bare table in the same run (prepared INSERTs in one
// transaction on SQLite, COPY on PostgreSQL). Memory: peak RSS, to show the file is streamed.
//   npm run bench -- import [rows] [sqlite|postgres]   (SQLite; JIANFU_BENCH_PG_URL adds PostgreSQL)
import crypto from 'node:crypto';
import fs from 'node:fs';
import inspector from 'node:inspector/promises';
import os from 'node:os';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import pg from 'pg';
import { parse } from 'csv-parse';
import { from as copyFrom } from 'pg-copy-streams';
import { makeIdNumber } from '#common/idcard.js';
import { loadConfig } from '../server/src/config.js';
import { createContext } from '../server/src/context.js';
import { openDatabase, type Database } from '../server/src/db/database.js';
import { copyLine } from '../server/src/db/bulk.js';
import { migrate } from '../server/src/db/migrate.js';
import { checkRows, type CheckSetup } from '../server/src/modules/hub/import-check.js';
import { readTableBatches } from '../server/src/modules/hub/reader.js';
import { OrgService } from '../server/src/modules/orgs/service.js';

const COMMUNITIES = ['家家景园社区', '龙居社区', '清溪路社区', '陈村路社区', '青阳路社区', '团安村社区'];

function writeCsv(file: string, rows: number): void {
  const out = fs.openSync(file, 'w');
  fs.writeSync(out, '姓名,性别,出生日期,公民身份号码,联系电话,所属社区\n');
  let buf = '';
  for (let i = 0; i < rows; i++) {
    const male = i % 2 === 0;
    // (birth day, sequence) is different for every row, so every ID number is unique and valid.
    const born = new Date(Date.UTC(1930, 0, 1) + (i % 32000) * 86_400_000).toISOString().slice(0, 10);
    const id = makeIdNumber('340104', born, 2 * Math.floor(i / 32000), male ? 'male' : 'female');
    buf += `居民${i},${male ? '男' : '女'},${born},${id},13${String(i).padStart(9, '0')},${COMMUNITIES[i % 6]}\n`;
    if (buf.length > 1 << 20) {
      fs.writeSync(out, buf);
      buf = '';
    }
  }
  fs.writeSync(out, buf);
  fs.closeSync(out);
}

/** CPU time (user + system) of this process since `from`, in ms: on a shared machine a steadier figure than the wall clock. */
const cpuMs = (from: NodeJS.CpuUsage) => {
  const u = process.cpuUsage(from);
  return (u.user + u.system) / 1000;
};

async function ours(
  database: Database,
  dataDir: string,
  file: string,
  quiet = false,
): Promise<{ ms: number; cpu: number; written: number; commitCpu: number; commitMs: number; checkSetup: CheckSetup }> {
  const config = { ...loadConfig({ JIANFU_DATA_DIR: dataDir }), databaseUrl: 'unused', demo: false };
  await migrate(database);
  const ctx = createContext(config, database);
  await new OrgService(database).importDivisions({ kind: 'city', code: '3401' });
  await ctx.services.dictionary.sync();
  // A running server has its dictionary and stewards' wordings loaded (the first match or import of the process
  // loads them, ~0.1–0.2 s): loaded here before the clock starts, so the figure is an import's own.
  await ctx.services.synonyms.match([]);
  const datasetId = await ctx.services.subjects.ensureDataset({
    code: 'bench',
    name: 'bench',
    departmentCode: '340104-gongan',
    subjectType: 'resident',
    description: '',
  });
  // JIANFU_BENCH_PROFILE=dir writes a CPU profile of our import alone (upload to commit), per database.
  const profileDir = process.env.JIANFU_BENCH_PROFILE;
  const session = profileDir ? new inspector.Session() : null;
  if (session) {
    session.connect();
    await session.post('Profiler.enable');
    await session.post('Profiler.start');
  }
  const t = Date.now();
  const c = process.cpuUsage();
  // The longest the event loop waited (requests, health checks) in the dry run and in the commit: the
  // longest gap between two ticks of a 5 ms timer, or since the last tick at the end of the phase.
  let lastTick = performance.now();
  let longest = 0;
  const stalled = () => Math.max(longest, performance.now() - lastTick);
  const ticks = setInterval(() => {
    longest = stalled();
    lastTick = performance.now();
  }, 5);
  const up = await ctx.services.imports.upload(null, datasetId, { tmpPath: file, filename: 'bench.csv' });
  const t1 = Date.now();
  const c1 = process.cpuUsage();
  lastTick = performance.now();
  longest = 0;
  await (
    await ctx.services.imports.startDryRun(null, up.id, up.mapping)
  ).done;
  const t2 = Date.now();
  const c2 = process.cpuUsage();
  const dryRunStall = stalled();
  longest = 0;
  lastTick = performance.now();
  const checked = await ctx.services.imports.view(up.id);
  if (checked.rowsError) throw new Error(`${checked.rowsError} bad rows`);
  await (
    await ctx.services.imports.startCommit(null, up.id)
  ).done;
  const done = await ctx.services.imports.view(up.id);
  const commitStall = stalled();
  clearInterval(ticks);
  const cpu = cpuMs(c);
  const commitCpu = cpuMs(c2);
  const commitMs = Date.now() - t2;
  if (session) {
    const { profile } = await session.post('Profiler.stop');
    fs.mkdirSync(profileDir!, { recursive: true });
    fs.writeFileSync(path.join(profileDir!, `import-${database.kind}.cpuprofile`), JSON.stringify(profile));
    session.disconnect();
  }
  if (!quiet)
    console.log(
      `  (${database.kind}: upload and checksum ${t1 - t} ms, dry run ${t2 - t1} ms, commit ${Date.now() - t2} ms;` +
        ` CPU ${Math.round(cpuMs(c) - cpuMs(c1))} / ${Math.round(cpuMs(c1) - cpuMs(c2))} / ${Math.round(cpuMs(c2))} ms;` +
        ` longest event-loop stall: dry run ${Math.round(dryRunStall)} ms, commit ${Math.round(commitStall)} ms)`,
    );
  const checkSetup: CheckSetup = {
    header: up.columns,
    mapping: up.mapping,
    rules: await ctx.services.dictionary.rules(),
    today: ctx.clock.today(),
  };
  return { ms: Date.now() - t, cpu, written: done.rowsWritten, commitCpu, commitMs, checkSetup };
}

async function rawSqlite(file: string, dir: string): Promise<{ ms: number; cpu: number }> {
  const sqlite = openDatabase(`sqlite://${path.join(dir, 'raw.db')}`).sqlite!;
  sqlite.exec('create table raw (name text, gender text, birth text, id text, mobile text, community text)');
  const stmt = sqlite.prepare('insert into raw values (?, ?, ?, ?, ?, ?)');
  const t = Date.now();
  const c = process.cpuUsage();
  sqlite.exec('begin');
  let first = true;
  for await (const rec of fs.createReadStream(file).pipe(parse()) as AsyncIterable<string[]>) {
    if (first) {
      first = false;
      continue;
    }
    stmt.run(rec);
  }
  sqlite.exec('commit');
  const ms = Date.now() - t;
  const cpu = cpuMs(c);
  sqlite.close();
  return { ms, cpu };
}

async function rawCopy(url: string, file: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const schema = `bench_${crypto.randomBytes(4).toString('hex')}`;
  await client.query(`create schema ${schema}`);
  await client.query(
    `create table ${schema}.raw (name text, gender text, birth text, id text, mobile text, community text)`,
  );
  const t = Date.now();
  await pipeline(
    fs.createReadStream(file),
    client.query(copyFrom(`copy ${schema}.raw from stdin with (format csv, header true)`)),
  );
  const ms = Date.now() - t;
  await client.query(`drop schema ${schema} cascade`);
  await client.end();
  return ms;
}

async function parsedRawCopy(url: string, file: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const schema = `bench_${crypto.randomBytes(4).toString('hex')}`;
  await client.query(`create schema ${schema}`);
  await client.query(
    `create table ${schema}.raw (name text, gender text, birth text, id text, mobile text, community text)`,
  );
  const t = Date.now();
  // Lines go to COPY in 64 kB chunks, as our own bulk load sends them (one CopyData message per row
  // would double this baseline's time and flatter our ratio).
  const lines = (async function* () {
    let first = true;
    let chunk = '';
    for await (const rec of fs.createReadStream(file).pipe(parse()) as AsyncIterable<string[]>) {
      if (first) {
        first = false;
        continue;
      }
      chunk += copyLine(rec);
      if (chunk.length > 1 << 16) {
        yield chunk;
        chunk = '';
      }
    }
    if (chunk) yield chunk;
  })();
  await pipeline(Readable.from(lines), client.query(copyFrom(`copy ${schema}.raw from stdin`)));
  const ms = Date.now() - t;
  await client.query(`drop schema ${schema} cascade`);
  await client.end();
  return ms;
}

/** csv-parse over the file, nothing kept: the raw side's own reading. */
async function parseOnly(file: string): Promise<number> {
  const c = process.cpuUsage();
  let n = 0;
  for await (const rec of fs.createReadStream(file).pipe(parse()) as AsyncIterable<string[]>) n += rec.length;
  if (!n) throw new Error('empty');
  return cpuMs(c);
}

/** Our reader and every cell's check, data JSON and fingerprint, as the dry run does them — no database at all. */
async function checkOnly(file: string, setup: CheckSetup): Promise<number> {
  const c = process.cpuUsage();
  let first = true;
  let good = 0;
  for await (const chunk of readTableBatches(file, 'csv', 'utf-8')) {
    const from = first ? 1 : 0;
    first = false;
    const rows = chunk.slice(from);
    const checked = checkRows(
      setup,
      rows.map((r) => r.rowNo),
      rows.map((r) => r.cells),
      true,
    );
    good += checked.datas.length;
  }
  if (!good) throw new Error('no rows checked');
  return cpuMs(c);
}

const rate = (rows: number, ms: number) => `${Math.round(rows / (ms / 1000)).toLocaleString()} rows/s`;

export async function run(): Promise<void> {
  const rows = Number(process.argv[3] ?? 1_000_000);
  const only = process.argv[4]; // 'sqlite' or 'postgres' to run one database
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-import-'));
  const file = path.join(dir, 'residents.csv');
  writeCsv(file, rows);
  console.log(`${rows.toLocaleString()} rows, ${(fs.statSync(file).size / 1048576).toFixed(0)} MB CSV`);
  try {
    if (only !== 'postgres') {
      // Both sides run once on a small file first, each on a database of its own, so that neither is timed
      // while V8 still compiles its code (ours ran first, and warmed csv-parse's callers for the raw side).
      const warmDir = fs.mkdtempSync(path.join(dir, 'warm-'));
      const warmFile = path.join(warmDir, 'warm.csv');
      writeCsv(warmFile, 2000);
      const warm = openDatabase(`sqlite://${path.join(warmDir, 'jianfu.db')}`);
      await ours(warm, warmDir, warmFile, true);
      await warm.close();
      await rawSqlite(warmFile, warmDir);
      const sqlite = openDatabase(`sqlite://${path.join(dir, 'jianfu.db')}`);
      const a = await ours(sqlite, dir, file);
      await sqlite.close();
      const raw = await rawSqlite(file, dir);
      console.log(
        `SQLite      ours ${(a.ms / 1000).toFixed(1)} s (${rate(rows, a.ms)}, ${a.written.toLocaleString()} facts)  raw insert ${(raw.ms / 1000).toFixed(1)} s (${rate(rows, raw.ms)})  ratio ${(a.ms / raw.ms).toFixed(2)}×`,
      );
      // What no import into this schema can go below, in the same run: reading and checking every cell
      // (no database), plus writing the rows into the tables and their indexes (our commit alone, set-based).
      const parsing = await parseOnly(file);
      const checking = await checkOnly(file, a.checkSetup);
      console.log(
        `            floor (CPU): read + check every cell ${(checking / 1000).toFixed(2)} s, commit alone ${(a.commitCpu / 1000).toFixed(2)} s:` +
          ` ${((checking + a.commitCpu) / raw.cpu).toFixed(2)}× the raw insert (its csv-parse alone ${(parsing / 1000).toFixed(2)} s)`,
      );
      console.log(
        `            CPU time: ours ${(a.cpu / 1000).toFixed(1)} s, raw insert ${(raw.cpu / 1000).toFixed(1)} s  ratio ${(a.cpu / raw.cpu).toFixed(2)}×`,
      );
    }
    const pgUrl = process.env.JIANFU_BENCH_PG_URL;
    if (pgUrl && only !== 'sqlite') {
      const admin = new pg.Client({ connectionString: pgUrl });
      await admin.connect();
      const schema = `bench_${crypto.randomBytes(4).toString('hex')}`;
      await admin.query(`create schema ${schema}`);
      const db = openDatabase(pgUrl, { schema });
      const b = await ours(db, dir, file);
      await db.close();
      await admin.query(`drop schema ${schema} cascade`);
      await admin.end();
      const copy = await rawCopy(pgUrl, file);
      const parsedCopy = await parsedRawCopy(pgUrl, file);
      console.log(
        `PostgreSQL  ours ${(b.ms / 1000).toFixed(1)} s (${rate(rows, b.ms)})  raw COPY of the file ${(copy / 1000).toFixed(1)} s (${rate(rows, copy)})  ratio ${(b.ms / copy).toFixed(2)}×`,
      );
      // The same floor: reading and checking every cell (Node, no database), plus the commit alone — the
      // staged rows into the partitioned tables, their indexes and the city-wide keys (PostgreSQL's own time).
      const checking = await checkOnly(file, b.checkSetup);
      console.log(
        `            floor (wall): read + check every cell ${(checking / 1000).toFixed(2)} s, commit alone ${(b.commitMs / 1000).toFixed(2)} s:` +
          ` ${((checking + b.commitMs) / parsedCopy).toFixed(2)}× the parsed COPY`,
      );
      console.log(
        `            parsed in Node, then COPY: ${(parsedCopy / 1000).toFixed(1)} s (${rate(rows, parsedCopy)})  ratio ${(b.ms / parsedCopy).toFixed(2)}×`,
      );
    }
    console.log(`peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
