// SQL for users and sessions.
import type { Role } from '#common/roles.js';
import type { Insertable, Kysely } from 'kysely';
import type { Database } from '../../db/database.js';
import { likeText } from '../../db/dialect.js';
import type { DB, SessionRow, UserRow } from '../../db/types.js';

export interface UserWithNames extends UserRow {
  org_name: string | null;
  department_name: string | null;
}

function usersWithNames(db: Kysely<DB>) {
  return db
    .selectFrom('users')
    .leftJoin('orgs', 'orgs.code', 'users.org_code')
    .leftJoin('departments', 'departments.code', 'users.department_code')
    .selectAll('users')
    .select(['orgs.name as org_name', 'departments.name as department_name']);
}

export function findUserByUsername(db: Kysely<DB>, username: string): Promise<UserRow | undefined> {
  return db.selectFrom('users').selectAll().where('username', '=', username).executeTakeFirst();
}

export function findUserById(db: Kysely<DB>, id: number): Promise<UserWithNames | undefined> {
  return usersWithNames(db).where('users.id', '=', id).executeTakeFirst();
}

export interface UserFilter {
  q?: string;
  role?: Role;
  within?: string;
  disabled?: boolean;
  offset: number;
  limit: number;
}

export async function listUsers(database: Database, f: UserFilter): Promise<{ rows: UserWithNames[]; total: number }> {
  const { kind } = database;
  let base = usersWithNames(database.db);
  const q = f.q?.trim();
  if (q)
    base = base.where((eb) => eb.or([likeText(kind, 'users.username', q), likeText(kind, 'users.display_name', q)]));
  if (f.role) base = base.where('users.role', '=', f.role);
  if (f.within) base = base.where(likeText(kind, 'users.org_code', f.within, 'prefix'));
  if (f.disabled !== undefined) base = base.where('users.disabled', '=', f.disabled ? 1 : 0);
  const rows = await base.orderBy('users.org_code').orderBy('users.username').offset(f.offset).limit(f.limit).execute();
  const total = await base
    .clearSelect()
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return { rows, total: Number(total.n) };
}

/** Users bound exactly to one org (its staff), for the org profile. */
/** The org's own staff accounts: residents are registered under their community but are not its staff. */
export function listUsersOfOrg(db: Kysely<DB>, orgCode: string): Promise<UserWithNames[]> {
  return usersWithNames(db)
    .where('users.org_code', '=', orgCode)
    .where('users.role', '!=', 'resident')
    .orderBy('users.username')
    .execute();
}

export async function insertUser(
  db: Kysely<DB>,
  u: {
    username: string;
    displayName: string;
    passwordHash: string;
    role: Role;
    orgCode: string;
    departmentCode: string | null;
    isDemo?: boolean;
    now: string;
  },
): Promise<number> {
  const r = await db
    .insertInto('users')
    .values({
      username: u.username,
      display_name: u.displayName,
      password_hash: u.passwordHash,
      role: u.role,
      org_code: u.orgCode,
      department_code: u.departmentCode,
      is_demo: u.isDemo ? 1 : 0,
      created_at: u.now,
      updated_at: u.now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return r.id;
}

export async function updateUser(
  db: Kysely<DB>,
  id: number,
  patch: Partial<{
    display_name: string;
    role: Role;
    org_code: string;
    department_code: string | null;
    disabled: number;
    password_hash: string;
    last_login_at: string;
  }>,
  now: string,
): Promise<void> {
  await db
    .updateTable('users')
    .set({ ...patch, updated_at: now })
    .where('id', '=', id)
    .execute();
}

export async function insertLoginFailure(db: Kysely<DB>, f: Insertable<DB['login_failures']>): Promise<void> {
  await db.insertInto('login_failures').values(f).execute();
}

/**
 * Failed logins of users inside `within` (a code prefix), newest first; with `unknownToo`, also those of
 * names that match no user (kept masked), which only an admin of the whole deployment sees.
 */
export function listLoginFailures(
  db: Kysely<DB>,
  f: { within: string; unknownToo: boolean; username?: string; offset: number; limit: number },
) {
  let q = db
    .selectFrom('login_failures')
    .where((eb) =>
      eb.or([eb('org_code', 'like', `${f.within}%`), ...(f.unknownToo ? [eb('org_code', 'is', null)] : [])]),
    );
  if (f.username) q = q.where('username', '=', f.username.toLowerCase());
  return Promise.all([
    q.selectAll().orderBy('id', 'desc').offset(f.offset).limit(f.limit).execute(),
    q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
}

export async function insertSession(db: Kysely<DB>, s: SessionRow): Promise<void> {
  await db.insertInto('sessions').values(s).execute();
}

export function findSession(db: Kysely<DB>, id: string): Promise<SessionRow | undefined> {
  return db.selectFrom('sessions').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function touchSession(db: Kysely<DB>, id: string, lastSeen: string, expires: string): Promise<void> {
  await db.updateTable('sessions').set({ last_seen_at: lastSeen, expires_at: expires }).where('id', '=', id).execute();
}

export async function deleteSession(db: Kysely<DB>, id: string): Promise<void> {
  await db.deleteFrom('sessions').where('id', '=', id).execute();
}

export async function deleteSessionsOfUser(db: Kysely<DB>, userId: number): Promise<void> {
  await db.deleteFrom('sessions').where('user_id', '=', userId).execute();
}

export async function deleteExpiredSessions(db: Kysely<DB>, now: string): Promise<void> {
  await db.deleteFrom('sessions').where('expires_at', '<', now).execute();
}

/** Enabled accounts for notifications: by id, workers of communities, officers of departments, reviewers over a code. */
export async function recipients(
  db: Kysely<DB>,
  f: { ids: number[]; communities: string[]; departments: string[]; reviewersOver: string[] },
): Promise<{ id: number; username: string; role: Role }[]> {
  if (!f.ids.length && !f.communities.length && !f.departments.length && !f.reviewersOver.length) return [];
  return db
    .selectFrom('users')
    .select(['id', 'username', 'role'])
    .where('disabled', '=', 0)
    .where((eb) => {
      const any = [];
      if (f.ids.length) any.push(eb('id', 'in', f.ids));
      if (f.communities.length)
        any.push(eb.and([eb('role', '=', 'community_worker'), eb('org_code', 'in', f.communities)]));
      if (f.departments.length)
        any.push(eb.and([eb('role', '=', 'department_officer'), eb('department_code', 'in', f.departments)]));
      if (f.reviewersOver.length)
        any.push(eb.and([eb('role', '=', 'reviewer'), eb('org_code', 'in', f.reviewersOver)]));
      return eb.or(any);
    })
    .orderBy('id')
    .execute();
}
