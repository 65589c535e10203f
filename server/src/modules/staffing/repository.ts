// SQL of staffing: standards per jurisdiction (versions) and grid plans.
import type { Insertable, Kysely } from 'kysely';
import type { CommunityStatisticsTable, DB, GridPlanTable } from '../../db/types.js';

/** The latest version of the standard of each of these orgs that has one. */
export async function latestStandards(db: Kysely<DB>, codes: string[]) {
  if (codes.length === 0) return [];
  const rows = await db
    .selectFrom('staffing_standards')
    .select(['jurisdiction_code', 'version', 'standard', 'created_at'])
    .where('jurisdiction_code', 'in', codes)
    .orderBy('jurisdiction_code')
    .orderBy('version', 'desc')
    .execute();
  const seen = new Set<string>();
  return rows.filter((r) => !seen.has(r.jurisdiction_code) && seen.add(r.jurisdiction_code));
}

/** Every org under a prefix (and the prefix itself) that has a standard. */
export async function standardCodesUnder(db: Kysely<DB>, prefix: string): Promise<string[]> {
  const rows = await db
    .selectFrom('staffing_standards')
    .select('jurisdiction_code')
    .distinct()
    .where('jurisdiction_code', '>=', prefix)
    .where('jurisdiction_code', '<', `${prefix}~`)
    .execute();
  return rows.map((r) => r.jurisdiction_code);
}

export function versionsOf(db: Kysely<DB>, code: string) {
  return db
    .selectFrom('staffing_standards')
    .select(['version', 'created_at'])
    .where('jurisdiction_code', '=', code)
    .orderBy('version', 'desc')
    .execute();
}

export async function insertStandard(
  db: Kysely<DB>,
  r: { code: string; standard: string; by: number; at: string },
): Promise<number> {
  const last = await db
    .selectFrom('staffing_standards')
    .select(({ fn }) => fn.max('version').as('v'))
    .where('jurisdiction_code', '=', r.code)
    .executeTakeFirst();
  const version = Number(last?.v ?? 0) + 1;
  await db
    .insertInto('staffing_standards')
    .values({ jurisdiction_code: r.code, version, standard: r.standard, created_by: r.by, created_at: r.at })
    .execute();
  return version;
}

export async function insertPlan(
  db: Kysely<DB>,
  p: Omit<GridPlanTable, 'id' | 'version' | 'adopted_by' | 'adopted_at' | 'status'>,
): Promise<number> {
  const r = await db
    .insertInto('grid_plans')
    .values({ ...p, status: 'proposed', version: null, adopted_by: null, adopted_at: null })
    .returning('id')
    .executeTakeFirstOrThrow();
  return r.id;
}

export function findPlan(db: Kysely<DB>, id: number) {
  return db.selectFrom('grid_plans').selectAll().where('id', '=', id).executeTakeFirst();
}

export function plansOf(db: Kysely<DB>, community: string, limit: number) {
  return db
    .selectFrom('grid_plans')
    .selectAll()
    .where('community_code', '=', community)
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
}

/**
 * The community's adopted plan becomes superseded and the given plan, if still proposed, adopted with the
 * next version; null when it was not proposed any more (adopted meanwhile).
 */
export async function adoptPlan(
  db: Kysely<DB>,
  id: number,
  community: string,
  by: number,
  at: string,
): Promise<number | null> {
  const last = await db
    .selectFrom('grid_plans')
    .select(({ fn }) => fn.max('version').as('v'))
    .where('community_code', '=', community)
    .executeTakeFirst();
  const version = Number(last?.v ?? 0) + 1;
  await db
    .updateTable('grid_plans')
    .set({ status: 'superseded' })
    .where('community_code', '=', community)
    .where('status', '=', 'adopted')
    .where('id', '<>', id)
    .execute();
  const r = await db
    .updateTable('grid_plans')
    .set({ status: 'adopted', version, adopted_by: by, adopted_at: at })
    .where('id', '=', id)
    .where('status', '=', 'proposed')
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1 ? version : null;
}

/** The latest official statistics of each community under a prefix that has any. */
export async function latestStatisticsUnder(db: Kysely<DB>, prefix: string) {
  const rows = await db
    .selectFrom('community_statistics')
    .selectAll()
    .where('community_code', '>=', prefix)
    .where('community_code', '<', `${prefix}~`)
    .orderBy('community_code')
    .orderBy('id', 'desc')
    .execute();
  const seen = new Set<string>();
  return rows.filter((r) => !seen.has(r.community_code) && seen.add(r.community_code));
}

export async function insertStatistics(db: Kysely<DB>, row: Insertable<CommunityStatisticsTable>): Promise<number> {
  const r = await db.insertInto('community_statistics').values(row).returning('id').executeTakeFirstOrThrow();
  return r.id;
}

/** Where a resident's own record (linked to her account) lives: its community and grid. */
export function placeOfResident(db: Kysely<DB>, userId: number) {
  return db
    .selectFrom('resident_links')
    .innerJoin('subjects', 'subjects.id', 'resident_links.subject_id')
    .select(['subjects.community_code', 'subjects.grid_code'])
    .where('resident_links.user_id', '=', userId)
    .where('subjects.type', '=', 'resident')
    .executeTakeFirst();
}

/**
 * Each community's own 居民议事协商 under a prefix since a date: 议事会 held and the topics they heard
 * (a topic heard twice counts twice — each hearing is work). Demo meetings count like any other.
 */
export async function deliberationUnder(db: Kysely<DB>, prefix: string, since: string) {
  const rows = await db
    .selectFrom('meetings')
    .leftJoin('meeting_topics', 'meeting_topics.meeting_id', 'meetings.id')
    .select(({ fn }) => [
      'meetings.community_code',
      fn.count<number>('meetings.id').distinct().as('meetings'),
      fn.count<number>('meeting_topics.topic_id').as('topics'),
    ])
    .where('meetings.community_code', '>=', prefix)
    .where('meetings.community_code', '<', `${prefix}~`)
    .where('meetings.held_on', '>=', since)
    .groupBy('meetings.community_code')
    .execute();
  return new Map(rows.map((r) => [r.community_code, { meetings: Number(r.meetings), topics: Number(r.topics) }]));
}
