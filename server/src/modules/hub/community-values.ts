// The current values of every subject of one community, residents with their household's values
// (是否低保户 belongs to the household, but a resident ledger may ask it). Used by ledgers and by
// collect-once; reads a community at a time.
import type { Kysely } from 'kysely';
import type { DB } from '../../db/types.js';
import { currentValues } from './current.js';
import type { Values } from './ledger.js';
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
  return subjects.map((s) => {
    const own = flat(s.id);
    const household = own.household_number ? (households.get(own.household_number) ?? {}) : {};
    return { id: s.id, key: s.key, name: s.name, gridCode: s.grid_code, values: { ...household, ...own } };
  });
}
