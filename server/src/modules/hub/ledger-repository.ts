// SQL for ledgers: the subjects of a community a form may select and their fact records. The filter is
// pushed into the query as a superset (a subject is kept when one of its records could give a matching
// current value); the exact rule (current.ts, ledger.ts) then decides in code over those few subjects.
import { sql, type Expression, type Kysely, type SqlBool } from 'kysely';
import type { DatabaseKind } from '../../config.js';
import type { DB } from '../../db/types.js';

import type { RecordCondition as Narrowing } from './ledger.js';

export type { Narrowing };

const ELEMENT = /^[a-z][a-z0-9_]*$/;

/**
 * The text value of an element in a record's JSON (both databases: null when absent or JSON null). The
 * path is a literal, not a parameter, so that the expression indexes of migration 033 (birth_date) match.
 */
function valueOf(kind: DatabaseKind, element: string): Expression<string | null> {
  if (!ELEMENT.test(element)) throw new Error(`not an element code: ${element}`);
  return kind === 'postgres'
    ? sql<string | null>`(facts.data::json ->> ${sql.lit(element)})`
    : sql<string | null>`json_extract(facts.data, ${sql.lit(`$.${element}`)})`;
}

function condition(kind: DatabaseKind, n: Narrowing): Expression<SqlBool> {
  const v = valueOf(kind, n.element);
  switch (n.op) {
    case 'nonempty':
      return sql<SqlBool>`(${v} is not null and ${v} <> '' and ${v} <> 'false')`;
    case 'eq':
      return sql<SqlBool>`${v} = ${n.value ?? ''}`;
    // Byte order (a date's year), not the database's collation.
    case 'lt':
      return kind === 'postgres'
        ? sql<SqlBool>`${v} < ${n.value ?? ''} collate "C"`
        : sql<SqlBool>`${v} < ${n.value ?? ''}`;
    case 'gte':
      return kind === 'postgres'
        ? sql<SqlBool>`${v} >= ${n.value ?? ''} collate "C"`
        : sql<SqlBool>`${v} >= ${n.value ?? ''}`;
    default:
      return sql<SqlBool>`${v} is not null`;
  }
}

/**
 * `column in ids` with the ids as one parameter (a JSON array on SQLite, an int[] on PostgreSQL): one
 * statement text whatever their number, instead of chunks of 500 placeholders compiled on every read.
 */
function inIds(kind: DatabaseKind, column: string, ids: number[]): Expression<SqlBool> {
  return kind === 'postgres'
    ? sql<SqlBool>`${sql.ref(column)} = any(${ids}::int[])`
    : sql<SqlBool>`${sql.ref(column)} in (select value from json_each(${JSON.stringify(ids)}))`;
}

/**
 * On PostgreSQL only the district's partition is read (facts and subjects are partitioned by
 * district_code, migration 032, and a community's rows carry its district); else every district's is.
 */
const onPostgres = (kind: DatabaseKind) => kind === 'postgres';

/**
 * The candidate subjects (id order) and the community's fact records of them. With a narrowing, one scan
 * of the community's records per condition picks the ids (an index range for birth_date, migration 033)
 * and the rest is read by id (facts_subject); without one, every subject of the type is read with the
 * community's records.
 */
export async function candidates(
  db: Kysely<DB>,
  kind: DatabaseKind,
  community: string,
  type: string,
  narrowing: Narrowing[],
  only?: number[],
) {
  const subjects = db
    .selectFrom('subjects')
    .select(['id', 'key', 'name', 'grid_code'])
    .$if(onPostgres(kind), (q) => q.where('subjects.district_code', '=', community.slice(0, 6)));
  if (narrowing.length === 0 && !only) {
    // Every subject of the type: two plain index scans, joined here (a semi-join planned on stale
    // statistics took PostgreSQL seconds).
    const [all, facts] = await Promise.all([
      subjects.where('community_code', '=', community).where('type', '=', type).orderBy('id').execute(),
      db
        .selectFrom('facts')
        .leftJoin('datasets', 'datasets.id', 'facts.dataset_id')
        .leftJoin('departments', 'departments.code', 'datasets.department_code')
        .select(factColumns)
        .where('facts.community_code', '=', community)
        .$if(onPostgres(kind), (q) => q.where('facts.district_code', '=', community.slice(0, 6)))
        .execute(),
    ]);
    const ids = new Set(all.map((s) => s.id));
    return { subjects: all, facts: facts.filter((f) => ids.has(f.subject_id)) };
  }
  // Each condition is one scan of the community's records (no join for a planner to misjudge when the
  // statistics are stale after an import); the ids are intersected here.
  let ids = only ? [...new Set(only)] : null;
  for (const n of narrowing) {
    const found = await db
      .selectFrom('facts')
      .select('facts.subject_id')
      .distinct()
      .where('facts.community_code', '=', community)
      .$if(onPostgres(kind), (q) => q.where('facts.district_code', '=', community.slice(0, 6)))
      .where(condition(kind, n))
      .execute();
    const have = new Set(found.map((r) => r.subject_id));
    ids = ids ? ids.filter((id) => have.has(id)) : [...have];
  }
  ids = (ids ?? []).sort((a, b) => a - b);
  if (ids.length === 0) return { subjects: [], facts: [] as FactRow[] };
  // Two independent reads (in parallel on PostgreSQL's pool).
  const [found, facts] = await Promise.all([
    subjects
      .where(inIds(kind, 'id', ids))
      .where('community_code', '=', community)
      .where('type', '=', type)
      .orderBy('id')
      .execute(),
    factsOf(db, kind, community, ids),
  ]);
  return { subjects: found, facts: facts.filter((f) => f.community_code === community) };
}

const factColumns = [
  'facts.id',
  'facts.subject_id',
  'facts.dataset_id',
  'facts.observed_at',
  'facts.data',
  'departments.kind as department_kind',
] as const;

export interface FactRow {
  id: number;
  subject_id: number;
  dataset_id: number | null;
  observed_at: string;
  data: string;
  department_kind: string | null;
}

/**
 * Records of some subjects by facts_subject (the community is checked by the caller: a condition on it
 * would make the planner walk the whole community's records instead).
 */
function factsOf(db: Kysely<DB>, kind: DatabaseKind, community: string, ids: number[]) {
  return db
    .selectFrom('facts')
    .leftJoin('datasets', 'datasets.id', 'facts.dataset_id')
    .leftJoin('departments', 'departments.code', 'datasets.department_code')
    .select([...factColumns, 'facts.community_code'])
    .where(inIds(kind, 'facts.subject_id', ids))
    .$if(onPostgres(kind), (q) => q.where('facts.district_code', '=', community.slice(0, 6)))
    .execute();
}

/** Households of a community by their keys (household numbers), with the community's records of them. */
export async function householdsByKey(db: Kysely<DB>, kind: DatabaseKind, community: string, keys: string[]) {
  if (keys.length === 0) return { subjects: [], facts: [] as FactRow[] };
  const subjects = await db
    .selectFrom('subjects')
    .select(['id', 'key'])
    .where('type', '=', 'household')
    .where('community_code', '=', community)
    .$if(onPostgres(kind), (q) => q.where('subjects.district_code', '=', community.slice(0, 6)))
    .where(
      kind === 'postgres'
        ? sql<SqlBool>`key = any(${keys}::text[])`
        : sql<SqlBool>`key in (select value from json_each(${JSON.stringify(keys)}))`,
    )
    .execute();
  const facts = subjects.length
    ? (
        await factsOf(
          db,
          kind,
          community,
          subjects.map((h) => h.id),
        )
      ).filter((f) => f.community_code === community)
    : [];
  return { subjects, facts };
}
