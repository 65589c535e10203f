// SQL for dataset imports: the import record, its staged rows and errors, and the commit that moves
// staged rows into facts in one set-based transaction.
import { sql, type Kysely, type Updateable } from 'kysely';
import BetterSqlite3 from 'better-sqlite3';
import type { DatabaseKind } from '../../config.js';
import type { Database } from '../../db/database.js';
import fs from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { from as copyFrom } from 'pg-copy-streams';
import { bulkUpsert, copyLine, type Cell } from '../../db/bulk.js';
import type { DatasetImportTable, DB } from '../../db/types.js';

export async function insertImport(
  db: Kysely<DB>,
  i: {
    datasetId: number;
    filename: string;
    path: string;
    sha256: string;
    size: number;
    format: string;
    encoding: string;
    columns: string[];
    mapping: unknown;
    by: number | null;
    at: string;
  },
): Promise<number> {
  const r = await db
    .insertInto('dataset_imports')
    .values({
      dataset_id: i.datasetId,
      filename: i.filename,
      file_path: i.path,
      file_sha256: i.sha256,
      file_size: i.size,
      format: i.format,
      encoding: i.encoding,
      columns: JSON.stringify(i.columns),
      mapping: JSON.stringify(i.mapping),
      status: 'uploaded',
      created_by: i.by,
      created_at: i.at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return r.id;
}

export async function updateImport(db: Kysely<DB>, id: number, patch: Updateable<DatasetImportTable>): Promise<void> {
  await db.updateTable('dataset_imports').set(patch).where('id', '=', id).execute();
}

export function findImport(db: Kysely<DB>, id: number) {
  return db
    .selectFrom('dataset_imports')
    .innerJoin('datasets', 'datasets.id', 'dataset_imports.dataset_id')
    .selectAll('dataset_imports')
    .select([
      'datasets.code as dataset_code',
      'datasets.name as dataset_name',
      'datasets.department_code',
      'datasets.subject_type',
    ])
    .where('dataset_imports.id', '=', id)
    .executeTakeFirst();
}

export type ImportRow = NonNullable<Awaited<ReturnType<typeof findImport>>>;

export function listImports(db: Kysely<DB>, datasetId: number) {
  return db
    .selectFrom('dataset_imports')
    .selectAll()
    .where('dataset_id', '=', datasetId)
    .orderBy('id', 'desc')
    .limit(50)
    .execute();
}

export function committedWithHash(db: Kysely<DB>, datasetId: number, sha256: string) {
  return db
    .selectFrom('dataset_imports')
    .select(['id', 'finished_at'])
    .where('dataset_id', '=', datasetId)
    .where('file_sha256', '=', sha256)
    .where('status', '=', 'committed')
    .executeTakeFirst();
}

/** Which of these keys name subjects of this type already: one query for a whole chunk. */
export async function knownSubjectKeys(database: Database, type: string, keys: string[]): Promise<Set<string>> {
  if (keys.length === 0) return new Set();
  const inKeys =
    database.kind === 'sqlite'
      ? sql`(select value from json_each(${JSON.stringify(keys)}))`
      : sql`(select unnest(${keys}::text[]))`;
  const r = await sql<{ key: string }>`select key from subjects where type = ${type} and key in ${inKeys}`.execute(
    database.db,
  );
  return new Set(r.rows.map((x) => x.key));
}

/** One validated row as the dry run stages it: subject key, name, community for a new subject (else null), fingerprint, data JSON. */
export type StagedRow = [key: string, name: string, community: string | null, hash: string, data: string];

/**
 * The rows a dry run validated, for the commit: a file beside the upload, in the form each database's
 * commit reads fastest (SQLite: a database file of one table that the commit attaches; PostgreSQL: COPY
 * text lines that go to the server as they are), and how many rows it must hold (a shorter file fails).
 */
export interface StagedRows {
  file: string;
  count?: number;
}

export interface StageWriter {
  write(rows: StagedRow[]): Promise<void>;
  close(): Promise<void>;
}

/**
 * Opens a new staging file for a dry run. SQLite: a scratch database of its own (never the app's), written
 * without journal or sync — a dry run cut short leaves an import that is run again, and the commit counts
 * the rows it finds; the commit then copies the rows with two INSERT … SELECT, no row through JavaScript.
 */
export async function openStage(kind: DatabaseKind, file: string): Promise<StageWriter> {
  fs.rmSync(file, { force: true });
  if (kind === 'sqlite') {
    const stage = new BetterSqlite3(file);
    stage.pragma('page_size = 65536'); // fewer writes and reads of a file written once, read once
    stage.pragma('journal_mode = OFF');
    stage.pragma('synchronous = OFF');
    stage.exec(
      'create table rows (key text not null, name text not null, community text, hash text not null, data text not null)',
    );
    const insert = stage.prepare('insert into rows values (?, ?, ?, ?, ?)');
    const insertAll = stage.transaction((rows: StagedRow[]) => {
      for (const r of rows) insert.run(r);
    });
    return {
      write: async (rows) => void insertAll(rows),
      close: async () => void (stage.open && stage.close()),
    };
  }
  const out = await fs.promises.open(file, 'w');
  let closed = false;
  return {
    async write(rows) {
      let text = '';
      for (const r of rows) text += copyLine(r);
      if (text) await out.write(text);
    },
    async close() {
      if (!closed) await out.close();
      closed = true;
    },
  };
}

export interface RowError {
  rowNo: number;
  column: string;
  value: string;
  reason: string;
}

export function recordErrors(database: Database, importId: number, errors: RowError[]): Promise<number> {
  return bulkUpsert(
    database,
    { table: 'import_errors', columns: ['import_id', 'row_no', 'column_name', 'value', 'reason'], key: [], update: [] },
    errors.map((e): Cell[] => [importId, e.rowNo, e.column, e.value.slice(0, 200), e.reason]),
  );
}

export async function clearStaging(db: Kysely<DB>, importId: number): Promise<void> {
  await db.deleteFrom('import_rows').where('import_id', '=', importId).execute();
  await db.deleteFrom('import_errors').where('import_id', '=', importId).execute();
}

export async function listErrors(db: Kysely<DB>, importId: number, offset: number, limit: number) {
  const base = db.selectFrom('import_errors').where('import_id', '=', importId);
  const [rows, total] = await Promise.all([
    base.selectAll().orderBy('row_no').offset(offset).limit(limit).execute(),
    base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(total.n) };
}

/**
 * PostgreSQL: the commit's two set-based statements over the staged rows (a temporary table `import_stage`).
 * First the subjects the file introduces: their keys reserved in `subject_keys` with the ids they will have
 * (a key another subject holds, in any district, is skipped: `on conflict do nothing`), the subjects with
 * exactly those keys and ids (the per-row key trigger stands aside: migration 034), and their first fact
 * records; their keys are kept in `import_fresh`. Then one fact record per other row whose values differ from
 * the latest this dataset said about that subject (looked up in the subject's district's partition).
 * `p(name)` writes a parameter in the driver's syntax.
 */
const mergeNewSubjects = (p: (name: string) => string) => `
  with reserved as (
    insert into subject_keys (type, key, subject_id, district_code)
    select ${p('type')}, r.subject_key, nextval(${p('sequence')}::regclass), substr(r.community_code, 1, 6)
    from import_stage r
    where r.community_code is not null
    on conflict do nothing
    returning key, subject_id, district_code),
  created as (
    insert into subjects (id, type, key, name, district_code, community_code, grid_code, created_at, is_demo)
    select k.subject_id, ${p('type')}, k.key, r.subject_name, k.district_code, r.community_code, null, ${p('at')}, 0
    from reserved k join import_stage r on r.subject_key = k.key
    returning id, key, district_code, community_code),
  marked as (
    insert into import_fresh (subject_key) select key from reserved)
  insert into facts (subject_id, district_code, community_code, source_kind, dataset_id, import_id, collector_id, observed_at, row_hash, data)
  select c.id, c.district_code, c.community_code, 'dataset', ${p('dataset')}, ${p('import')}, null, ${p('observed')}, r.row_hash, r.data
  from created c join import_stage r on r.subject_key = c.key`;
const mergeFacts = (p: (name: string) => string) => `
  insert into facts (subject_id, district_code, community_code, source_kind, dataset_id, import_id, collector_id, observed_at, row_hash, data)
  select s.id, s.district_code, s.community_code, 'dataset', ${p('dataset')}, ${p('import')}, null, ${p('observed')}, r.row_hash, r.data
  from import_stage r
  join subjects s on s.type = ${p('type')} and s.key = r.subject_key
  where not exists (select 1 from import_fresh n where n.subject_key = r.subject_key) and not exists (
    select 1 from facts f
    where f.district_code = s.district_code and f.dataset_id = ${p('dataset')} and f.subject_id = s.id and f.row_hash = r.row_hash
      and f.id = (select max(f2.id) from facts f2
                  where f2.district_code = s.district_code and f2.dataset_id = ${p('dataset')} and f2.subject_id = s.id))`;
const STAGE_COLUMNS =
  'subject_key text not null, subject_name text not null, community_code text, row_hash text not null, data text not null';

export interface CommitParams {
  importId: number;
  datasetId: number;
  subjectType: string;
  observedAt: string;
  at: string;
}

/**
 * The commit, all or nothing in one transaction: takes the dataset's lock (a withdrawal since the start
 * wins: `withdrawn`, nothing written), then writes the subjects the file introduces and one fact record per
 * row whose values differ from the latest this dataset said about that subject (SQLite: the staging
 * database attached, three INSERT … SELECT; PostgreSQL: the staged file COPYs as it is into an unlogged
 * temporary table, then two set-based statements). Returns the fact records written.
 */
export async function commitStaged(
  database: Database,
  staged: StagedRows,
  c: CommitParams,
): Promise<{ withdrawn: boolean; written: number }> {
  if (database.kind === 'sqlite') return commitSqlite(database, staged, c);
  return commitPostgres(database, staged, c, {
    type: c.subjectType,
    at: c.at,
    dataset: c.datasetId,
    import: c.importId,
    observed: c.observedAt,
  });
}

/** The dry run's staged rows cannot be read as they were written (cut short, or from before an upgrade). */
export class StagedRowsUnreadable extends Error {}

/** SQLite errors that mean the staged file is not what its dry run wrote. */
const unreadable = (err: unknown) =>
  err instanceof StagedRowsUnreadable ||
  /^SQLITE_(NOTADB|CORRUPT)/.test((err as { code?: string }).code ?? '') ||
  /no such table: stage_/.test((err as Error).message ?? '');

/**
 * SQLite: the dry run's staging database is attached (outside any transaction, on the connection held for
 * the whole commit) and read by set-based statements, no row through JavaScript: the new subjects
 * (`on conflict do nothing`), then the first fact records of the subjects this statement created (their
 * ids are above the largest before it: AUTOINCREMENT), then for the other rows whose subject exists one
 * record when its latest from this dataset has another fingerprint. A row whose subject does not exist (and
 * brings no community) is left out, as on PostgreSQL. The file holds distinct keys (the dry run refuses
 * duplicates), so no row of one statement depends on another.
 */
async function commitSqlite(
  database: Database,
  staged: StagedRows,
  c: CommitParams,
): Promise<{ withdrawn: boolean; written: number }> {
  // ATTACH is refused inside a transaction, and this holds the one connection: never call it inside one.
  if (database.inTransaction()) throw new Error('commitSqlite: called inside a transaction');
  const sqlite = database.sqlite!;
  const stage = `stage_${Math.trunc(c.importId)}`;
  return database.root.connection().execute(async (conn) => {
    let failed: unknown = null;
    try {
      sqlite.prepare(`attach database ? as ${stage}`).run(staged.file);
      return await conn.transaction().execute(async (trx) => {
        if ((await lockDataset(trx, c.datasetId)).withdrawn) return { withdrawn: true, written: 0 };
        const count = Number(sqlite.prepare(`select count(*) from ${stage}.rows`).pluck().get());
        if (staged.count !== undefined && count !== staged.count)
          throw new StagedRowsUnreadable('staged rows: truncated file');
        const before = Number(sqlite.prepare('select coalesce(max(id), 0) from subjects').pluck().get());
        sqlite
          .prepare(
            `insert into subjects (type, key, name, district_code, community_code, grid_code, created_at, is_demo)
             select ?, key, name, substr(community, 1, 6), community, null, ?, 0
             from ${stage}.rows where community is not null order by rowid
             on conflict do nothing`,
          )
          .run(c.subjectType, c.at);
        // CROSS JOIN keeps the staged rows outside (file order), each finding its subject by (type, key).
        const facts = (fresh: boolean) => `
          insert into facts (subject_id, district_code, community_code, source_kind, dataset_id, import_id, collector_id, observed_at, row_hash, data)
          select s.id, s.district_code, s.community_code, 'dataset', @dataset, @import, null, @observed, r.hash, r.data
          from ${stage}.rows r cross join subjects s
          where s.type = @type and s.key = r.key and s.id ${fresh ? '>' : '<='} @before${
            fresh
              ? ''
              : ` and (select f.row_hash from facts f where f.dataset_id = @dataset and f.subject_id = s.id
                       order by f.id desc limit 1) is not r.hash`
          }
          order by r.rowid`;
        const named = { dataset: c.datasetId, import: c.importId, observed: c.observedAt, type: c.subjectType, before };
        let written = sqlite.prepare(facts(true)).run(named).changes;
        // Every row brought a new subject (a first import): no row left to compare with earlier records.
        if (written < count) written += sqlite.prepare(facts(false)).run(named).changes;
        return { withdrawn: false, written };
      });
    } catch (err) {
      failed = err;
      throw unreadable(err) ? new StagedRowsUnreadable((err as Error).message) : err;
    } finally {
      // A DETACH that fails (the connection left in a transaction) must not hide the error that led here.
      try {
        sqlite.exec(`detach database ${stage}`);
      } catch (err) {
        if (!failed) throw err;
      }
    }
  });
}

async function commitPostgres(
  database: Database,
  staged: StagedRows,
  c: CommitParams,
  named: Record<string, string | number>,
): Promise<{ withdrawn: boolean; written: number }> {
  const client = await database.pool!.connect();
  try {
    await client.query('begin');
    const lock = await client.query<{ withdrawn_at: string | null }>(
      'update datasets set withdrawn_at = withdrawn_at where id = $1 returning withdrawn_at',
      [c.datasetId],
    );
    if (lock.rows[0]?.withdrawn_at) {
      await client.query('rollback');
      return { withdrawn: true, written: 0 };
    }
    await client.query(`create temporary table import_stage (${STAGE_COLUMNS}) on commit drop`);
    await client.query('create temporary table import_fresh (subject_key text not null) on commit drop');
    // The staged file is already COPY text: it goes to the server as it is.
    const copy = client.query(copyFrom('copy import_stage from stdin'));
    await pipeline(fs.createReadStream(staged.file, { highWaterMark: 1 << 16 }), copy);
    if (staged.count !== undefined && copy.rowCount !== staged.count)
      throw new StagedRowsUnreadable('staged rows: truncated file');
    await client.query('analyze import_stage');
    // PostgreSQL numbers its parameters: $1, $2 … in order of first use.
    const numbered = (sqlOf: (p: (name: string) => string) => string) => {
      const order: string[] = [];
      const text = sqlOf((name) => {
        if (!order.includes(name)) order.push(name);
        return `$${order.indexOf(name) + 1}`;
      });
      return { text, values: order.map((n) => named[n]) };
    };
    // The ids' sequence, named once (a call per row would look it up per row).
    named.sequence = (
      await client.query<{ s: string }>(`select pg_get_serial_sequence('subjects', 'id') as s`)
    ).rows[0].s;
    await client.query(`set local work_mem = '64MB'`); // the merge's hash joins in memory
    const created = numbered(mergeNewSubjects);
    const facts = numbered(mergeFacts);
    await client.query(`set local jianfu.subject_keys_taken = 'on'`);
    const fresh = (await client.query(created.text, created.values)).rowCount ?? 0;
    await client.query(`set local jianfu.subject_keys_taken = 'off'`);
    // Every row brought a new subject (a first import): no row left to compare with earlier records.
    const written =
      fresh + (fresh < copy.rowCount ? ((await client.query(facts.text, facts.values)).rowCount ?? 0) : 0);
    await client.query('commit');
    return { withdrawn: false, written };
  } catch (err) {
    await client.query('rollback').catch(() => undefined);
    throw err;
  } finally {
    client.release();
  }
}

export async function markInterrupted(db: Kysely<DB>, at: string): Promise<void> {
  await db
    .updateTable('dataset_imports')
    .set({ status: 'failed', message: 'interrupted', finished_at: at })
    .where('status', 'in', ['validating', 'committing'])
    .execute();
}

export function listDatasets(db: Kysely<DB>) {
  return db
    .selectFrom('datasets')
    .innerJoin('departments', 'departments.code', 'datasets.department_code')
    .selectAll('datasets')
    .select(['departments.name as department_name', 'departments.org_code'])
    .select((eb) =>
      eb
        .selectFrom('dataset_imports')
        .select((e) => e.fn.max('dataset_imports.created_at').as('m'))
        .whereRef('dataset_imports.dataset_id', '=', 'datasets.id')
        .as('last_import_at'),
    )
    .orderBy('datasets.id')
    .execute();
}

/**
 * Takes the dataset's row lock for the rest of the transaction (a no-op update: a row lock on
 * PostgreSQL, the write lock on SQLite), so a commit and a withdrawal of the same dataset run one after
 * the other; returns whether it is withdrawn as of now.
 */
export async function lockDataset(trx: Kysely<DB>, id: number): Promise<{ withdrawn: boolean }> {
  const r = await trx
    .updateTable('datasets')
    .set((eb) => ({ withdrawn_at: eb.ref('withdrawn_at') }))
    .where('id', '=', id)
    .returning('withdrawn_at')
    .executeTakeFirst();
  return { withdrawn: Boolean(r?.withdrawn_at) };
}

export async function datasetIdByCode(db: Kysely<DB>, code: string): Promise<number | null> {
  const r = await db.selectFrom('datasets').select('id').where('code', '=', code).executeTakeFirst();
  return r?.id ?? null;
}

export function findDataset(db: Kysely<DB>, id: number) {
  return db
    .selectFrom('datasets')
    .innerJoin('departments', 'departments.code', 'datasets.department_code')
    .selectAll('datasets')
    .select(['departments.name as department_name', 'departments.org_code', 'departments.kind as department_kind'])
    .where('datasets.id', '=', id)
    .executeTakeFirst();
}
