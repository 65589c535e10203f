// SQL for ledgers: the subjects of a community a form may select and their fact records. The filter is
// pushed into the query as a superset (a subject is kept when one of its records could give a matching
// current value); the exact rule (current.ts, ledger.ts) then decides in code over those few subjects.
import { sql, type Expression, type Kysely, type SqlBool } from 'kysely';
import type { DatabaseKind } from '../../config.js';
import type { DB } from '../../db/types.js';

import type { RecordCondition as Narrowing } from './ledger.js';

export type { Narrowing };

const ELEMENT = /^[a-z][a-z0-9_]*$/;

/** The text value of an element in a record's JSON (both databases: null when absent or JSON null). */
function valueOf(kind: DatabaseKind, element: string): Expression<string | null> {
  if (!ELEMENT.test(element)) throw new Error(`not an element code: ${element}`);
  return kind === 'postgres'
    ? sql<string | null>`(facts.data::json ->> ${element})`
    : sql<string | null>`json_extract(facts.data, ${`$.${element}`})`;
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

/** Ids of the community's subjects of a type that may match (every narrowing met by some record). */
function candidateIds(
  db: Kysely<DB>,
  kind: DatabaseKind,
  community: string,
  type: string,
  narrowing: Narrowing[],
  ids?: number[],
) {
  let q = db
    .selectFrom('subjects')
    .select('subjects.id')
    .where('subjects.community_code', '=', community)
    .where('subjects.type', '=', type);
  if (ids) q = q.where('subjects.id', 'in', ids.length ? ids : [-1]);
  for (const n of narrowing)
    q = q.where('subjects.id', 'in', (eb) =>
      eb
        .selectFrom('facts')
        .select('facts.subject_id')
        .where('facts.community_code', '=', community)
        .where(condition(kind, n)),
    );
  return q;
}

export function candidateSubjects(
  db: Kysely<DB>,
  kind: DatabaseKind,
  community: string,
  type: string,
  narrowing: Narrowing[],
  ids?: number[],
) {
  return db
    .selectFrom('subjects')
    .select(['id', 'key', 'name', 'grid_code'])
    .where('id', 'in', candidateIds(db, kind, community, type, narrowing, ids))
    .orderBy('id')
    .execute();
}

const factColumns = [
  'facts.id',
  'facts.subject_id',
  'facts.dataset_id',
  'facts.observed_at',
  'facts.data',
  'departments.kind as department_kind',
] as const;

/** The community's fact records of the candidate subjects (the records a ledger's current values come from). */
export function candidateFacts(
  db: Kysely<DB>,
  kind: DatabaseKind,
  community: string,
  type: string,
  narrowing: Narrowing[],
  ids?: number[],
) {
  return db
    .selectFrom('facts')
    .leftJoin('datasets', 'datasets.id', 'facts.dataset_id')
    .leftJoin('departments', 'departments.code', 'datasets.department_code')
    .select(factColumns)
    .where('facts.community_code', '=', community)
    .where('facts.subject_id', 'in', candidateIds(db, kind, community, type, narrowing, ids))
    .orderBy('facts.id')
    .execute();
}

/** Households of a community by their keys (household numbers), with the community's records of them. */
export async function householdsByKey(db: Kysely<DB>, community: string, keys: string[]) {
  const subjects = [];
  const facts = [];
  for (let i = 0; i < keys.length; i += 500) {
    const chunk = keys.slice(i, i + 500);
    const ids = db
      .selectFrom('subjects')
      .select('id')
      .where('type', '=', 'household')
      .where('community_code', '=', community)
      .where('key', 'in', chunk);
    subjects.push(
      ...(await db
        .selectFrom('subjects')
        .select(['id', 'key'])
        .where('type', '=', 'household')
        .where('community_code', '=', community)
        .where('key', 'in', chunk)
        .execute()),
    );
    facts.push(
      ...(await db
        .selectFrom('facts')
        .leftJoin('datasets', 'datasets.id', 'facts.dataset_id')
        .leftJoin('departments', 'departments.code', 'datasets.department_code')
        .select(factColumns)
        .where('facts.community_code', '=', community)
        .where('facts.subject_id', 'in', ids)
        .execute()),
    );
  }
  return { subjects, facts };
}

export type FactRow = Awaited<ReturnType<typeof candidateFacts>>[number];
