// SQL of 社会组织与政府购买服务: organisations, their accounts, contracts with indicators and milestones,
// activities and ratings.
import type { Insertable, Kysely } from 'kysely';
import type {
  ContractActivityTable,
  ContractIndicatorTable,
  ContractMilestoneTable,
  ContractRatingTable,
  DB,
  PurchaseContractTable,
  SocialOrgTable,
} from '../../db/types.js';

/** Codes that start with `prefix`, as a range the index can use. */
const under = (prefix: string) => [prefix, `${prefix}~`] as const;

export async function insertOrg(db: Kysely<DB>, row: Insertable<SocialOrgTable>): Promise<number> {
  return (await db.insertInto('social_orgs').values(row).returning('id').executeTakeFirstOrThrow()).id;
}

export function findOrg(db: Kysely<DB>, id: number) {
  return db.selectFrom('social_orgs').selectAll().where('id', '=', id).executeTakeFirst();
}

export function findOrgByCredit(db: Kysely<DB>, creditCode: string) {
  return db.selectFrom('social_orgs').selectAll().where('credit_code', '=', creditCode).executeTakeFirst();
}

/** Organisations working inside a jurisdiction (their own code under it). */
export function orgsUnder(db: Kysely<DB>, prefix: string) {
  const [lo, hi] = under(prefix);
  return db
    .selectFrom('social_orgs')
    .selectAll()
    .where('jurisdiction_code', '>=', lo)
    .where('jurisdiction_code', '<', hi)
    .orderBy('name')
    .orderBy('id')
    .execute();
}

export function orgsByIds(db: Kysely<DB>, ids: number[]) {
  if (!ids.length) return Promise.resolve([]);
  return db.selectFrom('social_orgs').selectAll().where('id', 'in', ids).execute();
}

export async function linkAccount(db: Kysely<DB>, userId: number, orgId: number, by: number, at: string) {
  await db.deleteFrom('social_org_accounts').where('user_id', '=', userId).execute();
  await db
    .insertInto('social_org_accounts')
    .values({ user_id: userId, social_org_id: orgId, linked_by: by, linked_at: at })
    .execute();
}

export async function orgOfUser(db: Kysely<DB>, userId: number): Promise<number | null> {
  const r = await db
    .selectFrom('social_org_accounts')
    .select('social_org_id')
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return r ? Number(r.social_org_id) : null;
}

export async function insertContract(
  db: Kysely<DB>,
  row: Insertable<PurchaseContractTable>,
  indicators: Omit<Insertable<ContractIndicatorTable>, 'contract_id'>[],
  milestones: Omit<Insertable<ContractMilestoneTable>, 'contract_id'>[],
): Promise<number> {
  const id = (await db.insertInto('purchase_contracts').values(row).returning('id').executeTakeFirstOrThrow()).id;
  await db
    .insertInto('contract_indicators')
    .values(indicators.map((i) => ({ ...i, contract_id: id })))
    .execute();
  if (milestones.length)
    await db
      .insertInto('contract_milestones')
      .values(milestones.map((m) => ({ ...m, contract_id: id })))
      .execute();
  return id;
}

export function findContract(db: Kysely<DB>, id: number) {
  return db.selectFrom('purchase_contracts').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Contracts whose district lies under a prefix (or that hold the prefix: a street's or community's district). */
export function contractsUnder(db: Kysely<DB>, prefix: string) {
  const p = prefix.slice(0, 6);
  const [lo, hi] = under(p);
  return db
    .selectFrom('purchase_contracts')
    .selectAll()
    .where('district_code', '>=', lo)
    .where('district_code', '<', hi)
    .orderBy('start_date', 'desc')
    .orderBy('id', 'desc')
    .execute();
}

/** Contracts by id, or every contract (burden's recompute). */
export function contractsByIds(db: Kysely<DB>, ids?: number[]) {
  if (ids && !ids.length) return Promise.resolve([]);
  let q = db.selectFrom('purchase_contracts').selectAll();
  if (ids) q = q.where('id', 'in', ids);
  return q.orderBy('id').execute();
}

/** The contracts bought under some admissions (an item's month is bought once: earlier ones come first). */
export function contractsOfAdmissions(db: Kysely<DB>, admissionIds: number[]) {
  if (!admissionIds.length) return Promise.resolve([]);
  return db
    .selectFrom('purchase_contracts')
    .select(['id', 'admission_id', 'social_org_id', 'start_date', 'end_date', 'communities'])
    .where('admission_id', 'in', admissionIds)
    .orderBy('id')
    .execute();
}

/** The earlier contracts for the same item, as shift.ts reads them. */
export async function earlierContracts(db: Kysely<DB>, rows: { id: number; admission_id: number }[]) {
  const all = await contractsOfAdmissions(db, [...new Set(rows.map((r) => r.admission_id))]);
  return (r: { id: number; admission_id: number }) =>
    all
      .filter((x) => x.admission_id === r.admission_id && x.id < r.id)
      .map((x) => ({
        startDate: x.start_date,
        endDate: x.end_date,
        communities: JSON.parse(x.communities) as string[],
      }));
}

export function contractsOfOrg(db: Kysely<DB>, orgId: number) {
  return db
    .selectFrom('purchase_contracts')
    .selectAll()
    .where('social_org_id', '=', orgId)
    .orderBy('start_date', 'desc')
    .orderBy('id', 'desc')
    .execute();
}

export function indicatorsOf(db: Kysely<DB>, ids: number[]) {
  if (!ids.length) return Promise.resolve([]);
  return db
    .selectFrom('contract_indicators')
    .selectAll()
    .where('contract_id', 'in', ids)
    .orderBy('contract_id')
    .orderBy('position')
    .execute();
}

/** What progress needs of every activity: kind, date, counts (not the notes). */
export function activityFactsOf(db: Kysely<DB>, ids: number[]) {
  if (!ids.length) return Promise.resolve([]);
  return db
    .selectFrom('contract_activities')
    .select(['contract_id', 'community_code', 'kind', 'held_on', 'beneficiaries'])
    .where('contract_id', 'in', ids)
    .execute();
}

export function findActivity(db: Kysely<DB>, id: number) {
  return db.selectFrom('contract_activities').selectAll().where('id', '=', id).executeTakeFirst();
}

export function activitiesOf(db: Kysely<DB>, id: number, limit: number) {
  return db
    .selectFrom('contract_activities')
    .selectAll()
    .where('contract_id', '=', id)
    .orderBy('held_on', 'desc')
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
}

export async function insertActivity(db: Kysely<DB>, row: Insertable<ContractActivityTable>): Promise<number> {
  return (await db.insertInto('contract_activities').values(row).returning('id').executeTakeFirstOrThrow()).id;
}

export function ratingsOf(db: Kysely<DB>, ids: number[]) {
  if (!ids.length) return Promise.resolve([]);
  return db
    .selectFrom('contract_ratings')
    .selectAll()
    .where('contract_id', 'in', ids)
    .orderBy('month', 'desc')
    .orderBy('community_code')
    .execute();
}

/** A community's rating of a month replaces the one it gave before. */
export async function putRating(db: Kysely<DB>, row: Insertable<ContractRatingTable>) {
  await db
    .deleteFrom('contract_ratings')
    .where('contract_id', '=', row.contract_id)
    .where('community_code', '=', row.community_code)
    .where('month', '=', row.month)
    .execute();
  await db.insertInto('contract_ratings').values(row).execute();
}

export function milestonesOf(db: Kysely<DB>, id: number) {
  return db.selectFrom('contract_milestones').selectAll().where('contract_id', '=', id).orderBy('position').execute();
}

export async function acceptMilestone(db: Kysely<DB>, id: number, by: number, at: string, note: string) {
  await db
    .updateTable('contract_milestones')
    .set({ accepted_at: at, accepted_by: by, note })
    .where('id', '=', id)
    .execute();
}

export async function demoOrgs(db: Kysely<DB>): Promise<number> {
  const r = await db
    .selectFrom('social_orgs')
    .select(({ fn }) => fn.countAll<number>().as('n'))
    .where('is_demo', '=', 1)
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

/** The accounts linked to some organisations. */
export async function accountsOfOrgs(db: Kysely<DB>, orgIds: number[]): Promise<number[]> {
  if (!orgIds.length) return [];
  const rows = await db
    .selectFrom('social_org_accounts')
    .select('user_id')
    .where('social_org_id', 'in', orgIds)
    .execute();
  return rows.map((r) => r.user_id);
}
