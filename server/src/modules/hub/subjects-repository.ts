// SQL for subjects, fact records and datasets.
import { sql, type Kysely } from 'kysely';
import type { Database } from '../../db/database.js';
import { bulkUpsert, type Cell } from '../../db/bulk.js';
import { likeText } from '../../db/dialect.js';
import type { DB } from '../../db/types.js';

export interface SubjectSeed {
  type: string;
  key: string;
  name: string;
  communityCode: string;
  gridCode: string | null;
}

export async function insertSubjects(
  database: Database,
  rows: SubjectSeed[],
  at: string,
  isDemo: boolean,
): Promise<number> {
  return bulkUpsert(
    database,
    {
      table: 'subjects',
      columns: ['type', 'key', 'name', 'district_code', 'community_code', 'grid_code', 'created_at', 'is_demo'],
      // (type, key) is unique city-wide; on PostgreSQL outside the partitioned table (migration 032).
      key: [],
      update: [],
      skipDuplicates: true,
    },
    rows.map((r): Cell[] => [
      r.type,
      r.key,
      r.name,
      r.communityCode.slice(0, 6),
      r.communityCode,
      r.gridCode,
      at,
      isDemo ? 1 : 0,
    ]),
  );
}

/** Ids of subjects by their keys (chunked, so any number of keys). */
export async function subjectIds(db: Kysely<DB>, type: string, keys: string[]): Promise<Map<string, number>> {
  const out = new Map<string, number>();
  for (let i = 0; i < keys.length; i += 2000) {
    const rows = await db
      .selectFrom('subjects')
      .select(['id', 'key'])
      .where('type', '=', type)
      .where('key', 'in', keys.slice(i, i + 2000))
      .execute();
    for (const r of rows) out.set(r.key, r.id);
  }
  return out;
}

export interface FactSeed {
  subjectId: number;
  communityCode: string;
  sourceKind: 'dataset' | 'collector';
  datasetId: number | null;
  importId: number | null;
  collectorId: number | null;
  observedAt: string;
  rowHash: string;
  values: Record<string, string | null>;
}

export async function insertFacts(database: Database, rows: FactSeed[]): Promise<number> {
  return bulkUpsert(
    database,
    {
      table: 'facts',
      columns: [
        'subject_id',
        'district_code',
        'community_code',
        'source_kind',
        'dataset_id',
        'import_id',
        'collector_id',
        'observed_at',
        'row_hash',
        'data',
      ],
      key: [],
      update: [],
    },
    rows.map((r): Cell[] => [
      r.subjectId,
      r.communityCode.slice(0, 6),
      r.communityCode,
      r.sourceKind,
      r.datasetId,
      r.importId,
      r.collectorId,
      r.observedAt,
      r.rowHash,
      JSON.stringify(r.values),
    ]),
  );
}

export interface SubjectFilter {
  type: string;
  community?: string;
  within?: string;
  q?: string;
  ids?: number[];
  /** Only these keys (户号 of households): a list the caller computed, such as the households to visit. */
  keys?: string[];
  offset: number;
  limit: number;
}

export async function listSubjects(database: Database, f: SubjectFilter) {
  let base = database.db.selectFrom('subjects').where('type', '=', f.type);
  if (f.community) base = base.where('community_code', '=', f.community);
  if (f.within) base = base.where(likeText(database.kind, 'community_code', f.within, 'prefix'));
  if (f.ids) base = base.where('id', 'in', f.ids.length ? f.ids : [-1]);
  if (f.keys) base = base.where('key', 'in', f.keys.length ? f.keys : ['']);
  const q = f.q?.trim();
  if (q)
    base = base.where((eb) => eb.or([likeText(database.kind, 'name', q), likeText(database.kind, 'key', q, 'prefix')]));
  const [rows, total] = await Promise.all([
    base.selectAll().orderBy('community_code').orderBy('id').offset(f.offset).limit(f.limit).execute(),
    base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(total.n) };
}

export function findSubject(db: Kysely<DB>, id: number) {
  return db.selectFrom('subjects').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Every fact record of some subjects, with the kind of the department behind its dataset. */
export async function factsOf(db: Kysely<DB>, subjectIds: number[]) {
  const out = [];
  for (let i = 0; i < subjectIds.length; i += 500) {
    out.push(
      ...(await db
        .selectFrom('facts')
        .leftJoin('datasets', 'datasets.id', 'facts.dataset_id')
        .leftJoin('departments', 'departments.code', 'datasets.department_code')
        .select([
          'facts.id',
          'facts.subject_id',
          'facts.source_kind',
          'facts.dataset_id',
          'facts.collector_id',
          'facts.observed_at',
          'facts.data',
          'datasets.name as dataset_name',
          'departments.kind as department_kind',
          'departments.name as department_name',
        ])
        .where('facts.subject_id', 'in', subjectIds.slice(i, i + 500))
        .orderBy('facts.id')
        .execute()),
    );
  }
  return out;
}

/** Every fact record of a community's subjects of one type (ledgers read a community at a time). */
export function factsOfCommunity(db: Kysely<DB>, community: string, type: string) {
  return db
    .selectFrom('facts')
    .innerJoin('subjects', 'subjects.id', 'facts.subject_id')
    .leftJoin('datasets', 'datasets.id', 'facts.dataset_id')
    .leftJoin('departments', 'departments.code', 'datasets.department_code')
    .select([
      'facts.id',
      'facts.subject_id',
      'facts.source_kind',
      'facts.dataset_id',
      'facts.observed_at',
      'facts.data',
      'departments.kind as department_kind',
    ])
    .where('facts.community_code', '=', community)
    .where('subjects.type', '=', type)
    .orderBy('facts.id')
    .execute();
}

export async function ensureDataset(
  db: Kysely<DB>,
  d: {
    code: string;
    name: string;
    departmentCode: string;
    subjectType: string;
    description: string;
    at: string;
    isDemo: boolean;
  },
): Promise<number> {
  const existing = await db.selectFrom('datasets').select('id').where('code', '=', d.code).executeTakeFirst();
  if (existing) return existing.id;
  const r = await db
    .insertInto('datasets')
    .values({
      code: d.code,
      name: d.name,
      department_code: d.departmentCode,
      subject_type: d.subjectType,
      description: d.description,
      created_at: d.at,
      is_demo: d.isDemo ? 1 : 0,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return r.id;
}

export function countSubjects(db: Kysely<DB>, community: string) {
  return db
    .selectFrom('subjects')
    .select(['type', sql<number>`count(*)`.as('n')])
    .where('community_code', '=', community)
    .groupBy('type')
    .execute();
}

/** Communities under a prefix that hold subjects of a type (the ones a department's ledger covers). */
export async function communitiesWithSubjects(database: Database, prefix: string, type: string): Promise<string[]> {
  const rows = await database.db
    .selectFrom('subjects')
    .select('community_code')
    .distinct()
    .where('type', '=', type)
    .where(likeText(database.kind, 'community_code', prefix, 'prefix'))
    .orderBy('community_code')
    .execute();
  return rows.map((r) => r.community_code);
}

export function subjectsOfCommunity(db: Kysely<DB>, community: string, type: string) {
  return db
    .selectFrom('subjects')
    .selectAll()
    .where('community_code', '=', community)
    .where('type', '=', type)
    .orderBy('id')
    .execute();
}

/** Residents and households per community under a prefix (counts only; staffing reads them). */
export function countByCommunity(db: Kysely<DB>, prefix: string) {
  return db
    .selectFrom('subjects')
    .select(['community_code', 'type', sql<number>`count(*)`.as('n')])
    .where('community_code', '>=', prefix)
    .where('community_code', '<', `${prefix}~`)
    .groupBy(['community_code', 'type'])
    .execute();
}

/**
 * People needing care per community under a prefix — a fact on record says they live alone, have a
 * disability (or a disability category from 残联) or belong to a 低保 household (counts only; the base of staffing's assistance duties).
 */
export function careByCommunity(db: Kysely<DB>, prefix: string) {
  return db
    .selectFrom('facts')
    .select(['community_code', sql<number>`count(distinct subject_id)`.as('n')])
    .where('community_code', '>=', prefix)
    .where('community_code', '<', `${prefix}~`)
    .where((eb) =>
      eb.or([
        eb('data', 'like', '%"living_alone":"true"%'),
        eb('data', 'like', '%"disability":"true"%'),
        eb('data', 'like', '%"disability_category":"%'),
        eb('data', 'like', '%"dibao_household":"true"%'),
      ]),
    )
    .groupBy('community_code')
    .execute();
}

/** Households and residents per grid of a community. */
export function countByGrid(db: Kysely<DB>, community: string) {
  return db
    .selectFrom('subjects')
    .select(['grid_code', 'type', sql<number>`count(*)`.as('n')])
    .where('community_code', '=', community)
    .groupBy(['grid_code', 'type'])
    .execute();
}

/** Puts subjects of a community into a grid. */
export async function setGridCode(
  db: Kysely<DB>,
  community: string,
  grid: string | null,
  ids: number[],
): Promise<void> {
  for (let i = 0; i < ids.length; i += 500) {
    await db
      .updateTable('subjects')
      .set({ grid_code: grid })
      .where('community_code', '=', community)
      .where('id', 'in', ids.slice(i, i + 500))
      .execute();
  }
}
