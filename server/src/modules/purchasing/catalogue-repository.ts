// SQL of part B: the 指导性目录, residents' ratings, closing evaluations and monthly reports.
import type { AdmissionStatus } from '#common/admission.js';
import type { Insertable, Kysely } from 'kysely';
import type {
  ContractEvaluationTable,
  ContractReportTable,
  DB,
  PurchaseCatalogueItemTable,
  ResidentServiceRatingTable,
} from '../../db/types.js';

export async function insertItem(db: Kysely<DB>, row: Insertable<PurchaseCatalogueItemTable>): Promise<number> {
  return (await db.insertInto('purchase_catalogue_items').values(row).returning('id').executeTakeFirstOrThrow()).id;
}

export function findItem(db: Kysely<DB>, id: number) {
  return db.selectFrom('purchase_catalogue_items').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Items in force of some jurisdictions (a jurisdiction and those above it). */
export function itemsOf(db: Kysely<DB>, codes: string[]) {
  return db
    .selectFrom('purchase_catalogue_items')
    .selectAll()
    .where('jurisdiction_code', 'in', codes)
    .where('withdrawn_at', 'is', null)
    .orderBy('jurisdiction_code')
    .orderBy('id')
    .execute();
}

export function itemByName(db: Kysely<DB>, jurisdiction: string, name: string) {
  return db
    .selectFrom('purchase_catalogue_items')
    .select('id')
    .where('jurisdiction_code', '=', jurisdiction)
    .where('name', '=', name)
    .executeTakeFirst();
}

export async function withdrawItem(db: Kysely<DB>, id: number, at: string) {
  await db.updateTable('purchase_catalogue_items').set({ withdrawn_at: at }).where('id', '=', id).execute();
}

/** Admissions naming each item as delivered by purchase, with their budgets (drafts and refusals left out). */
export function admissionsOfItems(db: Kysely<DB>, ids: number[], statuses: readonly AdmissionStatus[]) {
  if (!ids.length) return Promise.resolve([]);
  return db
    .selectFrom('admissions')
    .select(['purchased_item_id', 'purchased_budget_yuan'])
    .where('purchased_item_id', 'in', ids)
    .where('status', 'in', [...statuses])
    .execute();
}

// ---- residents' ratings ----

export function residentRatingsOf(db: Kysely<DB>, contractIds: number[]) {
  if (!contractIds.length) return Promise.resolve([]);
  return db
    .selectFrom('resident_service_ratings')
    .select(['contract_id', 'user_id', 'score', 'comment', 'rated_at'])
    .where('contract_id', 'in', contractIds)
    .execute();
}

export async function insertResidentRating(db: Kysely<DB>, row: Insertable<ResidentServiceRatingTable>) {
  await db.insertInto('resident_service_ratings').values(row).execute();
}

/** Contracts covering a community (the JSON list holds the quoted code). */
export function contractsCovering(db: Kysely<DB>, community: string) {
  return db
    .selectFrom('purchase_contracts')
    .selectAll()
    .where('district_code', '=', community.slice(0, 6))
    .where('communities', 'like', `%"${community}"%`)
    .orderBy('start_date', 'desc')
    .orderBy('id', 'desc')
    .execute();
}

export function activitiesIn(db: Kysely<DB>, contractIds: number[], community: string) {
  if (!contractIds.length) return Promise.resolve([]);
  return db
    .selectFrom('contract_activities')
    .select(['contract_id'])
    .where('contract_id', 'in', contractIds)
    .where('community_code', '=', community)
    .execute();
}

/** Everything a month's numbers need of a contract's activities. */
export function activityCountsOf(db: Kysely<DB>, contractId: number) {
  return db
    .selectFrom('contract_activities')
    .select(['community_code', 'kind', 'held_on', 'participants', 'beneficiaries'])
    .where('contract_id', '=', contractId)
    .execute();
}

// ---- evaluations ----

export function evaluationsOf(db: Kysely<DB>, contractIds: number[]) {
  if (!contractIds.length) return Promise.resolve([]);
  return db.selectFrom('contract_evaluations').selectAll().where('contract_id', 'in', contractIds).execute();
}

export async function insertEvaluation(db: Kysely<DB>, row: Insertable<ContractEvaluationTable>) {
  await db.insertInto('contract_evaluations').values(row).execute();
}

// ---- monthly reports ----

export function reportsOf(db: Kysely<DB>, contractId: number) {
  return db
    .selectFrom('contract_reports')
    .selectAll()
    .where('contract_id', '=', contractId)
    .orderBy('month', 'desc')
    .execute();
}

export async function insertReport(db: Kysely<DB>, row: Insertable<ContractReportTable>) {
  await db.insertInto('contract_reports').values(row).execute();
}
