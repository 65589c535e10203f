// SQL of the roster (花名册) of community workers.
import type { ExpressionBuilder, Insertable, Kysely } from 'kysely';
import type { DB, StaffRosterTable } from '../../db/types.js';

/** Who is in post on a day: hired by then and not yet left. */
const inPost = (today: string) => (eb: ExpressionBuilder<DB, 'staff_roster'>) =>
  eb.and([eb('hired_on', '<=', today), eb.or([eb('left_on', 'is', null), eb('left_on', '>', today)])]);

export async function listOf(
  db: Kysely<DB>,
  f: { community: string; q?: string; ended: boolean; today: string; offset: number; limit: number },
) {
  let query = db.selectFrom('staff_roster').where('community_code', '=', f.community);
  if (f.q) query = query.where('name', 'like', `%${f.q.replace(/[%_\\]/g, '')}%`);
  if (!f.ended) query = query.where(inPost(f.today));
  const [items, total] = await Promise.all([
    query.selectAll().orderBy('post').orderBy('hired_on').orderBy('id').offset(f.offset).limit(f.limit).execute(),
    query.select(({ fn }) => fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { items, total: Number(total.n) };
}

export function findEntry(db: Kysely<DB>, id: number) {
  return db.selectFrom('staff_roster').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function insertEntry(db: Kysely<DB>, row: Insertable<StaffRosterTable>): Promise<number> {
  const r = await db.insertInto('staff_roster').values(row).returning('id').executeTakeFirstOrThrow();
  return r.id;
}

export async function updateEntry(db: Kysely<DB>, id: number, set: Partial<Insertable<StaffRosterTable>>) {
  await db.updateTable('staff_roster').set(set).where('id', '=', id).execute();
}

/** Per community under a prefix: those in post today, by post, certificate, post level and grade (the table). */
export function inPostUnder(db: Kysely<DB>, prefix: string, today: string) {
  return db
    .selectFrom('staff_roster')
    .select(['community_code', 'post', 'certificate', 'post_level', 'grade', ({ fn }) => fn.countAll<number>().as('n')])
    .where('community_code', '>=', prefix)
    .where('community_code', '<', `${prefix}~`)
    .where(inPost(today))
    .groupBy(['community_code', 'post', 'certificate', 'post_level', 'grade'])
    .execute();
}

export async function demoRows(db: Kysely<DB>, community: string): Promise<number> {
  const r = await db
    .selectFrom('staff_roster')
    .select(({ fn }) => fn.countAll<number>().as('n'))
    .where('community_code', '=', community)
    .where('is_demo', '=', 1)
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

/** The grids people in post today hold in a community, with their names (grid workers, 网格员). */
export function gridHolders(db: Kysely<DB>, community: string, today: string) {
  return db
    .selectFrom('staff_roster')
    .select(['grid_code', 'name', 'post', 'user_id'])
    .where('community_code', '=', community)
    .where('grid_code', 'is not', null)
    .where(inPost(today))
    .orderBy('id')
    .execute();
}

/** A person in post's grid links that no longer name a grid of the community (after a new grid plan). */
export async function clearGridsOutside(db: Kysely<DB>, community: string, grids: string[]) {
  let q = db.updateTable('staff_roster').set({ grid_code: null }).where('community_code', '=', community);
  if (grids.length) q = q.where('grid_code', 'not in', grids);
  await q.where('grid_code', 'is not', null).execute();
}

/** The roster entry in post today linked to an account (her post and grid). */
export function entryOfUser(db: Kysely<DB>, userId: number, today: string) {
  return db
    .selectFrom('staff_roster')
    .selectAll()
    .where('user_id', '=', userId)
    .where(inPost(today))
    .orderBy('id', 'desc')
    .executeTakeFirst();
}

/** The community's worker accounts (enabled), whom a roster entry may be linked to. */
export function workerAccountsOf(db: Kysely<DB>, community: string) {
  return db
    .selectFrom('users')
    .select(['id', 'display_name'])
    .where('role', '=', 'community_worker')
    .where('org_code', '=', community)
    .where('disabled', '=', 0)
    .orderBy('id')
    .execute();
}
