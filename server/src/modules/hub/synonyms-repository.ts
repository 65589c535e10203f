// SQL for stewards' wordings (element_synonyms): confirmed ones bind next time; pending ones are the queue.
import { sql, type Kysely } from 'kysely';
import type { DB, ElementSynonymTable } from '../../db/types.js';

export type SynonymRow = {
  id: number;
  label: string;
  label_key: string;
  status: 'pending' | 'confirmed';
  element_code: string | null;
  relation: string | null;
  score: number | null;
  origin: 'matcher' | 'correction';
  proposed_by: number | null;
  proposed_at: string;
  decided_by: number | null;
  decided_at: string | null;
  seen: number;
};

export async function confirmed(db: Kysely<DB>): Promise<SynonymRow[]> {
  return (await db
    .selectFrom('element_synonyms')
    .selectAll()
    .where('status', '=', 'confirmed')
    .execute()) as SynonymRow[];
}

export async function byKeys(db: Kysely<DB>, keys: string[]): Promise<SynonymRow[]> {
  if (keys.length === 0) return [];
  return (await db.selectFrom('element_synonyms').selectAll().where('label_key', 'in', keys).execute()) as SynonymRow[];
}

export async function byId(db: Kysely<DB>, id: number): Promise<SynonymRow | undefined> {
  return (await db.selectFrom('element_synonyms').selectAll().where('id', '=', id).executeTakeFirst()) as
    SynonymRow | undefined;
}

export async function insert(
  db: Kysely<DB>,
  row: Omit<ElementSynonymTable, 'id' | 'seen' | 'decided_by' | 'decided_at'> & {
    decided_by?: number | null;
    decided_at?: string | null;
  },
): Promise<void> {
  await db.insertInto('element_synonyms').values(row).execute();
}

export async function update(
  db: Kysely<DB>,
  id: number,
  patch: Partial<Omit<ElementSynonymTable, 'id' | 'label_key' | 'seen'>>,
): Promise<void> {
  await db.updateTable('element_synonyms').set(patch).where('id', '=', id).execute();
}

export async function seenAgain(db: Kysely<DB>, ids: number[]): Promise<void> {
  if (ids.length === 0) return;
  await db
    .updateTable('element_synonyms')
    .set({ seen: sql<number>`seen + 1` })
    .where('id', 'in', ids)
    .execute();
}

/** A page of wordings with a status, busiest first; `q` searches the label. */
export async function page(
  db: Kysely<DB>,
  q: { status: 'pending' | 'confirmed'; search?: string; limit: number; offset: number },
) {
  let base = db.selectFrom('element_synonyms as s').where('s.status', '=', q.status);
  if (q.search) base = base.where('s.label', 'like', `%${q.search.replace(/[%_\\]/g, '')}%`);
  const total = Number((await base.select((eb) => eb.fn.countAll().as('n')).executeTakeFirst())?.n ?? 0);
  const rows = await base
    .leftJoin('users as p', 'p.id', 's.proposed_by')
    .leftJoin('users as d', 'd.id', 's.decided_by')
    .selectAll('s')
    .select(['p.display_name as proposed_by_name', 'd.display_name as decided_by_name'])
    .orderBy('s.seen', 'desc')
    .orderBy('s.id', 'asc')
    .limit(q.limit)
    .offset(q.offset)
    .execute();
  return { total, rows: rows as (SynonymRow & { proposed_by_name: string | null; decided_by_name: string | null })[] };
}
