// SQL of residents' links to their record, correction requests, and retention (withdrawing a
// dataset's facts).
import type { Kysely } from 'kysely';
import type { Database } from '../../db/database.js';
import type { DB } from '../../db/types.js';

export async function linkedSubject(db: Kysely<DB>, userId: number): Promise<number | null> {
  const r = await db.selectFrom('resident_links').select('subject_id').where('user_id', '=', userId).executeTakeFirst();
  return r ? Number(r.subject_id) : null;
}

export async function link(db: Kysely<DB>, userId: number, subjectId: number) {
  await db.deleteFrom('resident_links').where('user_id', '=', userId).execute();
  await db.insertInto('resident_links').values({ user_id: userId, subject_id: subjectId }).execute();
}

export interface CorrectionInsert {
  subjectId: number;
  districtCode: string;
  element: string;
  currentValue: string | null;
  proposedValue: string;
  note: string;
  departmentCode: string;
  by: number;
  at: string;
}

export async function insertCorrection(db: Kysely<DB>, c: CorrectionInsert): Promise<number> {
  const r = await db
    .insertInto('correction_requests')
    .values({
      subject_id: c.subjectId,
      district_code: c.districtCode,
      element_code: c.element,
      current_value: c.currentValue,
      proposed_value: c.proposedValue,
      note: c.note,
      department_code: c.departmentCode,
      status: 'open',
      created_by: c.by,
      created_at: c.at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return Number(r.id);
}

const corrections = (db: Kysely<DB>) =>
  db
    .selectFrom('correction_requests as c')
    .innerJoin('departments as d', 'd.code', 'c.department_code')
    .innerJoin('subjects as s', 's.id', 'c.subject_id')
    .leftJoin('data_elements as e', 'e.code', 'c.element_code')
    .select([
      'c.id',
      'c.subject_id',
      's.name as subject_name',
      's.type as subject_type',
      's.community_code',
      'c.element_code',
      'e.name as element_name',
      'c.current_value',
      'c.proposed_value',
      'c.note',
      'c.department_code',
      'd.name as department_name',
      'd.org_code as department_org',
      'c.status',
      'c.created_by',
      'c.created_at',
      'c.resolved_at',
      'c.resolution',
    ]);

export type CorrectionRow = Awaited<ReturnType<typeof findCorrection>>;

export function findCorrection(db: Kysely<DB>, id: number) {
  return corrections(db).where('c.id', '=', id).executeTakeFirst();
}

export function listCorrections(
  db: Kysely<DB>,
  f: { createdBy?: number; departmentCode?: string; orgWithin?: string },
) {
  let q = corrections(db);
  if (f.createdBy !== undefined) q = q.where('c.created_by', '=', f.createdBy);
  if (f.departmentCode) q = q.where('c.department_code', '=', f.departmentCode);
  if (f.orgWithin) q = q.where('d.org_code', 'like', `${f.orgWithin}%`);
  return q.orderBy('c.id', 'desc').limit(500).execute();
}

export async function resolveCorrection(
  db: Kysely<DB>,
  id: number,
  r: { status: string; resolution: string; by: number; at: string },
) {
  await db
    .updateTable('correction_requests')
    .set({ status: r.status, resolution: r.resolution, resolved_by: r.by, resolved_at: r.at })
    .where('id', '=', id)
    .execute();
}

export async function departmentExists(db: Kysely<DB>, code: string): Promise<boolean> {
  return Boolean(await db.selectFrom('departments').select('code').where('code', '=', code).executeTakeFirst());
}

/**
 * Withdraws a dataset: its facts are deleted, and the subjects that only it held (no fact from any
 * other source left) with them; the dataset row stays, marked withdrawn, and so does the audit trail.
 */
export async function withdrawDataset(database: Database, datasetId: number, at: string) {
  return database.transaction(async (trx) => {
    // Marked first: the update takes the dataset's row lock, so an import commit of this dataset either
    // finishes before (and its facts are removed here) or sees the dataset withdrawn (imports-repository).
    await trx.updateTable('datasets').set({ withdrawn_at: at }).where('id', '=', datasetId).execute();
    const touched = (
      await trx.selectFrom('facts').select('subject_id').distinct().where('dataset_id', '=', datasetId).execute()
    ).map((r) => Number(r.subject_id));
    const removed = await trx.deleteFrom('facts').where('dataset_id', '=', datasetId).executeTakeFirst();
    const orphans: number[] = [];
    for (let i = 0; i < touched.length; i += 500) {
      const chunk = touched.slice(i, i + 500);
      const kept = new Set(
        (await trx.selectFrom('facts').select('subject_id').distinct().where('subject_id', 'in', chunk).execute()).map(
          (r) => Number(r.subject_id),
        ),
      );
      orphans.push(...chunk.filter((id) => !kept.has(id)));
    }
    for (let i = 0; i < orphans.length; i += 500) {
      const chunk = orphans.slice(i, i + 500);
      await trx.deleteFrom('resident_links').where('subject_id', 'in', chunk).execute();
      await trx.deleteFrom('correction_requests').where('subject_id', 'in', chunk).execute();
      await trx.deleteFrom('subjects').where('id', 'in', chunk).execute();
    }
    await trx
      .deleteFrom('import_rows')
      .where('import_id', 'in', trx.selectFrom('dataset_imports').select('id').where('dataset_id', '=', datasetId))
      .execute();
    return { facts: Number(removed.numDeletedRows), subjects: orphans.length, touched: touched.length };
  });
}

/** The uploaded files of a dataset's imports (the dry runs' staged rows lie beside them). */
export async function importFiles(db: Kysely<DB>, datasetId: number): Promise<string[]> {
  const rows = await db.selectFrom('dataset_imports').select('file_path').where('dataset_id', '=', datasetId).execute();
  return rows.map((r) => r.file_path);
}

export function findDataset(db: Kysely<DB>, id: number) {
  return db
    .selectFrom('datasets as ds')
    .innerJoin('departments as d', 'd.code', 'ds.department_code')
    .select(['ds.id', 'ds.code', 'ds.name', 'ds.withdrawn_at', 'd.org_code'])
    .where('ds.id', '=', id)
    .executeTakeFirst();
}

/** The demo's resident: the first woman aged 80 or more (born on or before a date) of a community. */
export async function demoResidentCandidates(db: Kysely<DB>, community: string) {
  return db
    .selectFrom('subjects')
    .select(['id', 'key', 'name'])
    .where('community_code', '=', community)
    .where('type', '=', 'resident')
    .orderBy('id')
    .limit(5000)
    .execute();
}

/**
 * Renames a demo resident (the demo account's person has a fixed name), in the subject and its facts,
 * and — when she heads it — in her household's name and householder facts.
 */
export async function renameDemoSubject(db: Kysely<DB>, subjectId: number, name: string) {
  await db.transaction().execute(async (trx) => {
    const s = await trx.selectFrom('subjects').select(['name']).where('id', '=', subjectId).executeTakeFirstOrThrow();
    const old = s.name;
    await trx.updateTable('subjects').set({ name }).where('id', '=', subjectId).where('is_demo', '=', 1).execute();
    const facts = await trx.selectFrom('facts').select(['id', 'data']).where('subject_id', '=', subjectId).execute();
    let householdNumber: string | null = null;
    for (const f of facts) {
      const data = JSON.parse(f.data) as Record<string, string | null>;
      householdNumber = data.household_number ?? householdNumber;
      if (!('name' in data)) continue;
      data.name = name;
      await trx
        .updateTable('facts')
        .set({ data: JSON.stringify(data) })
        .where('id', '=', f.id)
        .execute();
    }
    if (!householdNumber) return;
    const h = await trx
      .selectFrom('subjects')
      .select(['id', 'name'])
      .where('type', '=', 'household')
      .where('key', '=', householdNumber)
      .executeTakeFirst();
    if (!h || h.name !== `${old}户`) return;
    await trx
      .updateTable('subjects')
      .set({ name: `${name}户` })
      .where('id', '=', h.id)
      .execute();
    for (const f of await trx.selectFrom('facts').select(['id', 'data']).where('subject_id', '=', h.id).execute()) {
      const data = JSON.parse(f.data) as Record<string, string | null>;
      if (data.householder_name !== old) continue;
      data.householder_name = name;
      await trx
        .updateTable('facts')
        .set({ data: JSON.stringify(data) })
        .where('id', '=', f.id)
        .execute();
    }
  });
}

/** Open correction requests waiting for a department. */
export async function openCorrectionCount(db: Kysely<DB>, departmentCode: string): Promise<number> {
  const r = await db
    .selectFrom('correction_requests')
    .where('department_code', '=', departmentCode)
    .where('status', '=', 'open')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(r.n);
}
