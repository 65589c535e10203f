// The current values of every subject of one community, residents with their household's values
// (是否低保户 belongs to the household, but a resident ledger may ask it). Used by ledgers and by
// collect-once; reads a community at a time.
import type { Kysely } from 'kysely';
import type { Database } from '../../db/database.js';
import type { DB } from '../../db/types.js';
import { currentValueMap, currentValues, type FactRecord } from './current.js';
import type { Values } from './ledger.js';
import * as ledgerRepo from './ledger-repository.js';
import * as repo from './subjects-repository.js';

export interface CommunitySubject {
  id: number;
  key: string;
  name: string;
  gridCode: string | null;
  values: Values;
}

function records(rows: Awaited<ReturnType<typeof repo.factsOfCommunity>>) {
  const out = new Map<
    number,
    {
      id: number;
      source: string;
      departmentKind: string | null;
      observedAt: string;
      values: Record<string, string | null>;
    }[]
  >();
  for (const r of rows) {
    const list = out.get(r.subject_id) ?? [];
    list.push({
      id: r.id,
      source: r.dataset_id ? `dataset:${r.dataset_id}` : 'collector',
      departmentKind: r.department_kind ?? null,
      observedAt: r.observed_at,
      values: JSON.parse(r.data) as Record<string, string | null>,
    });
    out.set(r.subject_id, list);
  }
  return out;
}

export async function communityValues(
  db: Kysely<DB>,
  community: string,
  type: string,
  ownerOf: (element: string) => string | undefined,
  isHouseholdElement: (element: string) => boolean,
): Promise<CommunitySubject[]> {
  const subjects = await repo.subjectsOfCommunity(db, community, type);
  const facts = records(await repo.factsOfCommunity(db, community, type));
  const flat = (id: number): Values =>
    Object.fromEntries(Object.entries(currentValues(facts.get(id) ?? [], ownerOf)).map(([k, v]) => [k, v.value]));
  let households = new Map<string, Values>();
  if (type === 'resident') {
    const hs = await repo.subjectsOfCommunity(db, community, 'household');
    const hf = records(await repo.factsOfCommunity(db, community, 'household'));
    households = new Map(
      hs.map((h) => [
        h.key,
        Object.fromEntries(
          Object.entries(currentValues(hf.get(h.id) ?? [], ownerOf))
            .filter(([k]) => isHouseholdElement(k))
            .map(([k, v]) => [k, v.value]),
        ),
      ]),
    );
  }
  const own = new Map(subjects.map((s) => [s.id, flat(s.id)]));
  const heads = type === 'resident' ? householders([...own.values()]) : new Map<string, Values>();
  return subjects.map((s) => {
    const mine = own.get(s.id)!;
    const household = mine.household_number ? (households.get(mine.household_number) ?? {}) : {};
    const head = mine.household_number ? withRelation('householder', heads.get(mine.household_number)) : {};
    return { id: s.id, key: s.key, name: s.name, gridCode: s.grid_code, values: { ...head, ...household, ...mine } };
  });
}

/** 与户主关系 code of the householder (GB/T 4761). */
export const HOUSEHOLDER = '02';

/** The householder's values by household number, from the residents' own values. */
function householders(residents: Values[]): Map<string, Values> {
  const out = new Map<string, Values>();
  for (const v of residents)
    if (v.household_number && v.relation_to_householder === HOUSEHOLDER) out.set(v.household_number, v);
  return out;
}

/** Another person's values under the subject's, prefixed (`householder.name`): what a relation column reads. */
function withRelation(relation: string, values: Values | undefined): Values {
  const out: Values = {};
  if (values) for (const [k, v] of Object.entries(values)) out[`${relation}.${k}`] = v;
  return out;
}

/** Fact records by subject, keeping only the elements asked for (current values are per element). */
function recordsOf(rows: ledgerRepo.FactRow[], keep: ReadonlySet<string>): Map<number, FactRecord[]> {
  const out = new Map<number, FactRecord[]>();
  for (const r of rows) {
    const all = JSON.parse(r.data) as Record<string, string | null>;
    const values: Record<string, string | null> = {};
    let any = false;
    for (const k in all)
      if (keep.has(k)) {
        values[k] = all[k];
        any = true;
      }
    if (!any) continue;
    const list = out.get(r.subject_id) ?? [];
    list.push({
      id: r.id,
      source: r.dataset_id ? `dataset:${r.dataset_id}` : 'collector',
      departmentKind: r.department_kind ?? null,
      observedAt: r.observed_at,
      values,
    });
    out.set(r.subject_id, list);
  }
  return out;
}

export interface FormValuesQuery {
  community: string;
  type: string;
  /** The elements read (a form's columns and filter, age as the birth date): the only values computed. */
  elements: ReadonlySet<string>;
  /** Conditions a subject's records must meet to be read at all (a superset of the filter's subjects). */
  narrowing: ledgerRepo.Narrowing[];
  /** Only these subjects (a household's screen). */
  ids?: number[];
  /** Elements of each subject's householder the form reads (户主姓名): from the household's membership. */
  householder?: ReadonlySet<string>;
  ownerOf: (element: string) => string | undefined;
  isHouseholdElement: (element: string) => boolean;
}

/**
 * The same values as communityValues, for only the subjects the narrowing keeps and only the elements
 * asked for: what a ledger, its coverage or a 回流 count reads, without the whole community in memory.
 */
export async function formValues(database: Database, q: FormValuesQuery): Promise<CommunitySubject[]> {
  const { db, kind } = database;
  const fromHousehold = [...q.elements].filter((e) => e !== 'household_number' && q.isHouseholdElement(e));
  const withHousehold = q.type === 'resident' && fromHousehold.length > 0;
  const own = new Set(q.elements);
  const heads = q.type === 'resident' && q.householder?.size ? q.householder : null;
  if (withHousehold || heads) own.add('household_number');
  const { subjects, facts: rows } = await ledgerRepo.candidates(db, kind, q.community, q.type, q.narrowing, q.ids);
  const facts = recordsOf(rows, own);
  const flat = (records: FactRecord[] | undefined): Values => currentValueMap(records ?? [], q.ownerOf);
  const values = subjects.map((s) => flat(facts.get(s.id)));
  let households = new Map<string, Values>();
  if (withHousehold) {
    const keys = [...new Set(values.map((v) => v.household_number).filter((k): k is string => Boolean(k)))];
    const hs = await ledgerRepo.householdsByKey(db, kind, q.community, keys);
    const hf = recordsOf(hs.facts, new Set(fromHousehold));
    households = new Map(hs.subjects.map((h) => [h.key, flat(hf.get(h.id))]));
  }
  // The householders of the community (one scan for 与户主关系 = 户主), read for the elements asked of them.
  let head = new Map<string, Values>();
  if (heads) {
    const found = await ledgerRepo.candidates(db, kind, q.community, 'resident', [
      { element: 'relation_to_householder', op: 'eq', value: HOUSEHOLDER },
    ]);
    const hf = recordsOf(found.facts, new Set([...heads, 'household_number', 'relation_to_householder']));
    head = householders(found.subjects.map((s) => flat(hf.get(s.id))));
  }
  return subjects.map((s, i) => {
    const mine = values[i];
    // Nothing to merge when the form reads no household's or householder's value (a copy per subject saved).
    if (!withHousehold && !heads) return { id: s.id, key: s.key, name: s.name, gridCode: s.grid_code, values: mine };
    const household = mine.household_number ? (households.get(mine.household_number) ?? {}) : {};
    const theirs = heads && mine.household_number ? withRelation('householder', head.get(mine.household_number)) : {};
    return { id: s.id, key: s.key, name: s.name, gridCode: s.grid_code, values: { ...theirs, ...household, ...mine } };
  });
}
