// SQL for the data dictionary: elements and code lists.
import type { Kysely } from 'kysely';
import type { DB } from '../../db/types.js';
import type { CodeListSeed } from './code-lists-data.js';
import type { DataElementSeed } from './elements-data.js';

/** Writes the standard dictionary; existing entries are updated, nothing is deleted. */
export async function syncDictionary(
  db: Kysely<DB>,
  lists: CodeListSeed[],
  elements: DataElementSeed[],
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    for (const l of lists) {
      await trx
        .insertInto('code_lists')
        .values({ id: l.id, name: l.name, standard: l.standard })
        .onConflict((oc) => oc.column('id').doUpdateSet({ name: l.name, standard: l.standard }))
        .execute();
      for (const [i, it] of l.items.entries()) {
        const synonyms = JSON.stringify(it.synonyms ?? []);
        await trx
          .insertInto('code_list_items')
          .values({ list_id: l.id, code: it.code, name: it.name, synonyms, sort: i })
          .onConflict((oc) => oc.columns(['list_id', 'code']).doUpdateSet({ name: it.name, synonyms, sort: i }))
          .execute();
      }
    }
    for (const [i, e] of elements.entries()) {
      const row = {
        name: e.name,
        synonyms: JSON.stringify(e.synonyms),
        subject: e.subject,
        type: e.type,
        code_list: e.codeList ?? null,
        validation: e.validation,
        sensitivity: e.sensitivity,
        owner_department_kind: e.ownerDepartmentKind,
        description: e.description,
        sort: i,
      };
      await trx
        .insertInto('data_elements')
        .values({ code: e.code, ...row })
        .onConflict((oc) => oc.column('code').doUpdateSet(row))
        .execute();
    }
  });
}

export function listElements(db: Kysely<DB>) {
  return db.selectFrom('data_elements').selectAll().orderBy('sort').execute();
}

export function listCodeItems(db: Kysely<DB>) {
  return db.selectFrom('code_list_items').selectAll().orderBy('list_id').orderBy('sort').execute();
}

export function listCodeLists(db: Kysely<DB>) {
  return db.selectFrom('code_lists').selectAll().orderBy('id').execute();
}

/** Stewards' changes of elements' sources, oldest first (the latest per element is in force). */
export function sourceChanges(db: Kysely<DB>, element?: string) {
  let q = db
    .selectFrom('element_source_changes as c')
    .leftJoin('users as u', 'u.id', 'c.changed_by')
    .select([
      'c.id',
      'c.element_code',
      'c.source_kind',
      'c.community_collects',
      'c.reason',
      'c.changed_at',
      'u.display_name as changed_by_name',
    ]);
  if (element) q = q.where('c.element_code', '=', element);
  return q.orderBy('c.id').execute();
}

export async function insertSourceChange(
  db: Kysely<DB>,
  c: { element: string; source: string; communityCollects: boolean; reason: string; by: number; at: string },
): Promise<void> {
  await db
    .insertInto('element_source_changes')
    .values({
      element_code: c.element,
      source_kind: c.source,
      community_collects: c.communityCollects ? 1 : 0,
      reason: c.reason,
      changed_by: c.by,
      changed_at: c.at,
    })
    .execute();
}
