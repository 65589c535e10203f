// SQL for the data dictionary: elements and code lists.
import type { Kysely } from 'kysely';
import type { DB } from '../../db/types.js';
import type { CodeListSeed } from './code-lists-data.js';
import type { DataElementSeed } from './elements-data.js';

/**
 * Writes the standard dictionary; existing entries are updated, nothing is deleted. Only rows that differ
 * from the database are written, many at a time: at every start the dictionary is usually unchanged, and
 * a statement per element and code (about 2,000) took most of a second.
 */
export async function syncDictionary(
  db: Kysely<DB>,
  lists: CodeListSeed[],
  elements: DataElementSeed[],
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const haveLists = new Map((await trx.selectFrom('code_lists').selectAll().execute()).map((r) => [r.id, r]));
    const haveItems = new Map(
      (await trx.selectFrom('code_list_items').selectAll().execute()).map((r) => [`${r.list_id}\u0000${r.code}`, r]),
    );
    const haveElements = new Map((await trx.selectFrom('data_elements').selectAll().execute()).map((r) => [r.code, r]));

    const listRows = lists
      .map((l) => ({ id: l.id, name: l.name, standard: l.standard }))
      .filter((r) => !sameRow(haveLists.get(r.id), r));
    for (const chunk of chunks(listRows)) {
      await trx
        .insertInto('code_lists')
        .values(chunk)
        .onConflict((oc) =>
          oc
            .column('id')
            .doUpdateSet((eb) => ({ name: eb.ref('excluded.name'), standard: eb.ref('excluded.standard') })),
        )
        .execute();
    }

    const itemRows = lists
      .flatMap((l) =>
        l.items.map((it, i) => ({
          list_id: l.id,
          code: it.code,
          name: it.name,
          synonyms: JSON.stringify(it.synonyms ?? []),
          sort: i,
        })),
      )
      .filter((r) => !sameRow(haveItems.get(`${r.list_id}\u0000${r.code}`), r));
    for (const chunk of chunks(itemRows)) {
      await trx
        .insertInto('code_list_items')
        .values(chunk)
        .onConflict((oc) =>
          oc.columns(['list_id', 'code']).doUpdateSet((eb) => ({
            name: eb.ref('excluded.name'),
            synonyms: eb.ref('excluded.synonyms'),
            sort: eb.ref('excluded.sort'),
          })),
        )
        .execute();
    }

    const elementRows = elements
      .map((e, i) => ({
        code: e.code,
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
      }))
      .filter((r) => !sameRow(haveElements.get(r.code), r));
    for (const chunk of chunks(elementRows)) {
      await trx
        .insertInto('data_elements')
        .values(chunk)
        .onConflict((oc) =>
          oc.column('code').doUpdateSet((eb) => ({
            name: eb.ref('excluded.name'),
            synonyms: eb.ref('excluded.synonyms'),
            subject: eb.ref('excluded.subject'),
            type: eb.ref('excluded.type'),
            code_list: eb.ref('excluded.code_list'),
            validation: eb.ref('excluded.validation'),
            sensitivity: eb.ref('excluded.sensitivity'),
            owner_department_kind: eb.ref('excluded.owner_department_kind'),
            description: eb.ref('excluded.description'),
            sort: eb.ref('excluded.sort'),
          })),
        )
        .execute();
    }
  });
}

/** The stored row already holds every value of the wanted one. */
function sameRow(have: Record<string, unknown> | undefined, want: Record<string, unknown>): boolean {
  if (!have) return false;
  return Object.entries(want).every(
    ([k, v]) => (have[k] ?? null) === (v ?? null) || (typeof v === 'number' && Number(have[k]) === v),
  );
}

/** At most 100 rows a statement: under SQLite's and PostgreSQL's bound-parameter limits (11 columns). */
function chunks<T>(rows: T[], size = 100): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
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
