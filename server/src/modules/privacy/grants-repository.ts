// SQL of access grants.
import type { Kysely } from 'kysely';
import type { DB } from '../../db/types.js';

export interface GrantInsert {
  departmentCode: string;
  elements: string[];
  purpose: string;
  admissionId: number;
  expiresOn: string;
  by: number | null;
  at: string;
  isDemo?: boolean;
}

export async function insertGrant(db: Kysely<DB>, g: GrantInsert): Promise<number> {
  const r = await db
    .insertInto('access_grants')
    .values({
      department_code: g.departmentCode,
      elements: JSON.stringify(g.elements),
      purpose: g.purpose,
      admission_id: g.admissionId,
      expires_on: g.expiresOn,
      granted_by: g.by,
      created_at: g.at,
      is_demo: g.isDemo ? 1 : 0,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return Number(r.id);
}

const base = (db: Kysely<DB>) =>
  db
    .selectFrom('access_grants as g')
    .innerJoin('departments as d', 'd.code', 'g.department_code')
    .innerJoin('admissions as a', 'a.id', 'g.admission_id')
    .leftJoin('users as u', 'u.id', 'g.granted_by')
    .select([
      'g.id',
      'g.department_code',
      'd.name as department_name',
      'd.org_code as department_org',
      'g.elements',
      'g.purpose',
      'g.admission_id',
      'a.number as admission_number',
      'a.title as admission_title',
      'a.expiry_date as admission_expiry',
      'g.expires_on',
      'g.created_at',
      'g.revoked_at',
      'g.is_demo',
      'u.display_name as granted_by_name',
    ]);

export type GrantRow = Awaited<ReturnType<typeof listGrants>>[number];

export function listGrants(db: Kysely<DB>, f: { departmentCode?: string; orgWithin?: string }) {
  let q = base(db);
  if (f.departmentCode) q = q.where('g.department_code', '=', f.departmentCode);
  if (f.orgWithin) q = q.where('d.org_code', 'like', `${f.orgWithin}%`);
  return q.orderBy('g.id', 'desc').execute();
}

export function findGrant(db: Kysely<DB>, id: number) {
  return base(db).where('g.id', '=', id).executeTakeFirst();
}

/** Grants of a department that are in force on a day: not revoked, not expired. */
export function activeGrants(db: Kysely<DB>, departmentCode: string, today: string) {
  return base(db)
    .where('g.department_code', '=', departmentCode)
    .where('g.revoked_at', 'is', null)
    .where('g.expires_on', '>=', today)
    .orderBy('g.id')
    .execute();
}

export async function revoke(db: Kysely<DB>, id: number, by: number, at: string) {
  await db.updateTable('access_grants').set({ revoked_at: at, revoked_by: by }).where('id', '=', id).execute();
}

/** Grants in force that expire between two dates (the notice that a grant runs out). */
export function grantsExpiringBetween(db: Kysely<DB>, from: string, to: string) {
  return db
    .selectFrom('access_grants')
    .select(['id', 'department_code', 'purpose', 'expires_on'])
    .where('revoked_at', 'is', null)
    .where('expires_on', '>=', from)
    .where('expires_on', '<=', to)
    .orderBy('id')
    .execute();
}
