// SQL for catalogue versions and their items.
import type { Kysely } from 'kysely';
import type { Database } from '../../db/database.js';
import { likeText } from '../../db/dialect.js';
import type { Frequency, ListType, ObjectKind } from '#common/admission.js';
import type { CatalogueItemRow, CatalogueVersionRow, DB } from '../../db/types.js';

export interface ItemValues {
  code: string;
  listType: ListType;
  name: string;
  description: string;
  legalBasis: string;
  departmentKind: string | null;
  objectKind: ObjectKind;
  frequency: Frequency;
  occurrencesPerYear: number | null;
  standardMinutes: number;
  effectiveFrom: string | null;
  effectiveTo: string | null;
}

const toColumns = (versionId: number, v: ItemValues) => ({
  version_id: versionId,
  code: v.code,
  list_type: v.listType,
  name: v.name,
  description: v.description,
  legal_basis: v.legalBasis,
  department_kind: v.departmentKind,
  object_kind: v.objectKind,
  frequency: v.frequency,
  occurrences_per_year: v.occurrencesPerYear,
  standard_minutes: v.standardMinutes,
  effective_from: v.effectiveFrom,
  effective_to: v.effectiveTo,
});

export function listVersions(db: Kysely<DB>, jurisdiction: string): Promise<CatalogueVersionRow[]> {
  return db
    .selectFrom('catalogue_versions')
    .selectAll()
    .where('jurisdiction_code', '=', jurisdiction)
    .orderBy('version_no', 'desc')
    .execute();
}

export function findVersion(db: Kysely<DB>, id: number): Promise<CatalogueVersionRow | undefined> {
  return db.selectFrom('catalogue_versions').selectAll().where('id', '=', id).executeTakeFirst();
}

/** The newest published version of each given jurisdiction. */
export async function latestPublished(db: Kysely<DB>, jurisdictions: string[]): Promise<CatalogueVersionRow[]> {
  if (jurisdictions.length === 0) return [];
  const rows = await db
    .selectFrom('catalogue_versions')
    .selectAll()
    .where('jurisdiction_code', 'in', jurisdictions)
    .where('status', '=', 'published')
    .orderBy('version_no', 'desc')
    .execute();
  const seen = new Set<string>();
  return rows.filter((r) => !seen.has(r.jurisdiction_code) && seen.add(r.jurisdiction_code));
}

export async function jurisdictionsWithPublished(db: Kysely<DB>) {
  return db
    .selectFrom('catalogue_versions')
    .innerJoin('orgs', 'orgs.code', 'catalogue_versions.jurisdiction_code')
    .select(['catalogue_versions.jurisdiction_code as code', 'orgs.name as name', 'orgs.level as level'])
    .select((eb) => eb.fn.max('catalogue_versions.version_no').as('latest'))
    .where('catalogue_versions.status', '=', 'published')
    .groupBy(['catalogue_versions.jurisdiction_code', 'orgs.name', 'orgs.level'])
    .orderBy('catalogue_versions.jurisdiction_code')
    .execute();
}

export async function insertVersion(
  db: Kysely<DB>,
  v: { jurisdiction: string; versionNo: number; title: string; effectiveFrom: string; isDemo: boolean; now: string },
): Promise<number> {
  const r = await db
    .insertInto('catalogue_versions')
    .values({
      jurisdiction_code: v.jurisdiction,
      version_no: v.versionNo,
      status: 'draft',
      title: v.title,
      effective_from: v.effectiveFrom,
      created_at: v.now,
      is_demo: v.isDemo ? 1 : 0,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return r.id;
}

export async function publishVersion(
  db: Kysely<DB>,
  id: number,
  by: number | null,
  at: string,
  effectiveFrom: string,
  note: string,
) {
  await db
    .updateTable('catalogue_versions')
    .set({ status: 'published', published_at: at, published_by: by, effective_from: effectiveFrom, note })
    .where('id', '=', id)
    .execute();
}

export async function insertItems(db: Kysely<DB>, versionId: number, items: ItemValues[]): Promise<void> {
  for (let i = 0; i < items.length; i += 200) {
    await db
      .insertInto('catalogue_items')
      .values(items.slice(i, i + 200).map((v) => toColumns(versionId, v)))
      .execute();
  }
}

export async function copyItems(db: Kysely<DB>, fromVersion: number, toVersion: number): Promise<void> {
  const items = await db.selectFrom('catalogue_items').selectAll().where('version_id', '=', fromVersion).execute();
  await insertItems(db, toVersion, items.map(rowToValues));
}

export function rowToValues(r: CatalogueItemRow): ItemValues {
  return {
    code: r.code,
    listType: r.list_type as ListType,
    name: r.name,
    description: r.description,
    legalBasis: r.legal_basis,
    departmentKind: r.department_kind,
    objectKind: r.object_kind as ObjectKind,
    frequency: r.frequency as Frequency,
    occurrencesPerYear: r.occurrences_per_year,
    standardMinutes: Number(r.standard_minutes),
    effectiveFrom: r.effective_from,
    effectiveTo: r.effective_to,
  };
}

export async function updateItem(db: Kysely<DB>, versionId: number, code: string, v: ItemValues): Promise<number> {
  const r = await db
    .updateTable('catalogue_items')
    .set(toColumns(versionId, v))
    .where('version_id', '=', versionId)
    .where('code', '=', code)
    .executeTakeFirst();
  return Number(r.numUpdatedRows);
}

export async function deleteItem(db: Kysely<DB>, versionId: number, code: string): Promise<number> {
  const r = await db
    .deleteFrom('catalogue_items')
    .where('version_id', '=', versionId)
    .where('code', '=', code)
    .executeTakeFirst();
  return Number(r.numDeletedRows);
}

export interface ItemFilter {
  q?: string;
  listType?: string;
  objectKind?: string;
  departmentKind?: string;
}

export async function listItems(
  database: Database,
  versionIds: number[],
  f: ItemFilter = {},
): Promise<CatalogueItemRow[]> {
  if (versionIds.length === 0) return [];
  let q = database.db.selectFrom('catalogue_items').selectAll().where('version_id', 'in', versionIds);
  if (f.listType) q = q.where('list_type', '=', f.listType);
  if (f.objectKind) q = q.where('object_kind', '=', f.objectKind);
  if (f.departmentKind) q = q.where('department_kind', '=', f.departmentKind);
  const text = f.q?.trim();
  if (text) {
    const k = database.kind;
    q = q.where((eb) =>
      eb.or([
        likeText(k, 'name', text),
        likeText(k, 'description', text),
        likeText(k, 'legal_basis', text),
        likeText(k, 'code', text),
      ]),
    );
  }
  return q.orderBy('list_type').orderBy('code').execute();
}
