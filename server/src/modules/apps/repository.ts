// SQL for the registry of apps and work groups.
import type { Kysely } from 'kysely';
import type { Database } from '../../db/database.js';
import { likeText } from '../../db/dialect.js';
import type { DB } from '../../db/types.js';

export async function insertApp(
  db: Kysely<DB>,
  a: {
    district: string;
    name: string;
    type: string;
    departmentCode: string;
    admissionId: number;
    purpose: string;
    minutesPerDay: number;
    expiryDate: string;
    lastUsedOn: string;
    communities: string[];
    createdBy: number | null;
    at: string;
    isDemo?: boolean;
  },
): Promise<number> {
  const r = await db
    .insertInto('apps')
    .values({
      district_code: a.district,
      name: a.name,
      type: a.type,
      department_code: a.departmentCode,
      admission_id: a.admissionId,
      purpose: a.purpose,
      minutes_per_day: a.minutesPerDay,
      expiry_date: a.expiryDate,
      features: '[]',
      status: 'active',
      last_used_on: a.lastUsedOn,
      created_by: a.createdBy,
      created_at: a.at,
      is_demo: a.isDemo ? 1 : 0,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  for (let i = 0; i < a.communities.length; i += 200) {
    await db
      .insertInto('app_communities')
      .values(a.communities.slice(i, i + 200).map((c) => ({ app_id: r.id, community_code: c })))
      .execute();
  }
  return r.id;
}

function withNames(db: Kysely<DB>) {
  return db
    .selectFrom('apps')
    .innerJoin('departments', 'departments.code', 'apps.department_code')
    .leftJoin('admissions', 'admissions.id', 'apps.admission_id')
    .selectAll('apps')
    .select(['departments.name as department_name', 'admissions.number as admission_number'])
    .select((eb) =>
      eb
        .selectFrom('app_communities')
        .whereRef('app_communities.app_id', '=', 'apps.id')
        .select((e) => e.fn.countAll<number>().as('n'))
        .as('community_count'),
    );
}

export type AppRow = Awaited<ReturnType<typeof findApp>> & object;

export function findApp(db: Kysely<DB>, id: number) {
  return withNames(db).where('apps.id', '=', id).executeTakeFirst();
}

export function listApps(database: Database, f: { within?: string; departmentCode?: string }) {
  let q = withNames(database.db);
  if (f.within) q = q.where(likeText(database.kind, 'apps.district_code', f.within.slice(0, 6), 'prefix'));
  if (f.departmentCode) q = q.where('apps.department_code', '=', f.departmentCode);
  return q.orderBy('apps.id').execute();
}

export function appsOfCommunity(db: Kysely<DB>, community: string) {
  return withNames(db)
    .innerJoin('app_communities', 'app_communities.app_id', 'apps.id')
    .where('app_communities.community_code', '=', community)
    .orderBy('apps.id')
    .execute();
}

export async function updateApp(
  db: Kysely<DB>,
  id: number,
  patch: { last_used_on?: string; status?: string; exited_at?: string; exit_reason?: string },
) {
  await db.updateTable('apps').set(patch).where('id', '=', id).execute();
}

// Read by burden monitoring (through burden-source.ts, this module's implementation of burden's port)
// to rebuild its events and find rebounds. `ids`: only those (burden's projector); else all.
export function appUses(db: Kysely<DB>, ids?: number[]) {
  if (ids?.length === 0) return Promise.resolve([]);
  const q = db
    .selectFrom('app_communities')
    .innerJoin('apps', 'apps.id', 'app_communities.app_id')
    .leftJoin('admissions', 'admissions.id', 'apps.admission_id')
    .select([
      'apps.id',
      'app_communities.community_code',
      'apps.department_code',
      'apps.minutes_per_day',
      'apps.created_at',
      'apps.exited_at',
      'admissions.number',
    ]);
  return (ids ? q.where('apps.id', 'in', ids) : q).execute();
}

export function appTexts(db: Kysely<DB>, within: string) {
  return db
    .selectFrom('apps')
    .select(['id', 'name', 'purpose', 'status', 'department_code', 'created_at', 'exited_at'])
    .where('district_code', '>=', within.slice(0, 6))
    .where('district_code', '<', `${within.slice(0, 6)}~`)
    .execute();
}
