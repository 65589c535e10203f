// SQL for admission applications, their history, consultation comments, sign-offs and numbers.
import { sql, type Kysely } from 'kysely';
import type { Database } from '../../db/database.js';
import { likeText } from '../../db/dialect.js';
import type { AdmissionRow, AdmissionTable, DB } from '../../db/types.js';
import type { Insertable, Updateable } from 'kysely';

export type AdmissionWithNames = AdmissionRow & { department_name: string; jurisdiction_name: string };

function withNames(db: Kysely<DB>) {
  return db
    .selectFrom('admissions')
    .innerJoin('departments', 'departments.code', 'admissions.department_code')
    .innerJoin('orgs', 'orgs.code', 'admissions.jurisdiction_code')
    .selectAll('admissions')
    .select(['departments.name as department_name', 'orgs.name as jurisdiction_name']);
}

export async function insertAdmission(db: Kysely<DB>, values: Insertable<AdmissionTable>): Promise<number> {
  const r = await db.insertInto('admissions').values(values).returning('id').executeTakeFirstOrThrow();
  return r.id;
}

export async function updateAdmission(db: Kysely<DB>, id: number, patch: Updateable<AdmissionTable>): Promise<void> {
  await db.updateTable('admissions').set(patch).where('id', '=', id).execute();
}

export function findAdmission(db: Kysely<DB>, id: number): Promise<AdmissionWithNames | undefined> {
  return withNames(db).where('admissions.id', '=', id).executeTakeFirst();
}

export function findByNumberOrCode(db: Kysely<DB>, key: string): Promise<AdmissionWithNames | undefined> {
  return withNames(db)
    .where((eb) => eb.or([eb('admissions.number', '=', key), eb('admissions.code', '=', key)]))
    .executeTakeFirst();
}

export interface AdmissionFilter {
  departmentCode?: string;
  jurisdictionWithin?: string;
  jurisdiction?: string;
  statuses?: string[];
  q?: string;
  offset: number;
  limit: number;
  /** Queue order: the review clock first (oldest due date), else newest first. */
  order?: 'due' | 'recent' | 'number';
}

export async function listAdmissions(
  database: Database,
  f: AdmissionFilter,
): Promise<{ rows: AdmissionWithNames[]; total: number }> {
  const { kind } = database;
  let base = withNames(database.db);
  if (f.departmentCode) base = base.where('admissions.department_code', '=', f.departmentCode);
  if (f.jurisdiction) base = base.where('admissions.jurisdiction_code', '=', f.jurisdiction);
  if (f.jurisdictionWithin)
    base = base.where(likeText(kind, 'admissions.jurisdiction_code', f.jurisdictionWithin, 'prefix'));
  if (f.statuses?.length) base = base.where('admissions.status', 'in', f.statuses);
  const q = f.q?.trim();
  if (q) {
    base = base.where((eb) =>
      eb.or([
        likeText(kind, 'admissions.title', q),
        likeText(kind, 'admissions.number', q),
        likeText(kind, 'departments.name', q),
      ]),
    );
  }
  let ordered = base.selectAll('admissions');
  if (f.order === 'due')
    ordered = ordered.orderBy(sql`coalesce(admissions.review_due_date, '9999-12-31')`).orderBy('admissions.id');
  else if (f.order === 'number') ordered = ordered.orderBy('admissions.code');
  else ordered = ordered.orderBy('admissions.updated_at', 'desc').orderBy('admissions.id', 'desc');
  const [rows, total] = await Promise.all([
    ordered.offset(f.offset).limit(f.limit).execute(),
    base
      .clearSelect()
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow(),
  ]);
  return { rows: rows as AdmissionWithNames[], total: Number(total.n) };
}

export async function insertEvent(
  db: Kysely<DB>,
  e: {
    admissionId: number;
    at: string;
    actorId: number | null;
    actorName: string;
    action: string;
    from: string | null;
    to: string;
    reason?: string;
    tag?: string | null;
    changes?: unknown;
  },
): Promise<void> {
  await db
    .insertInto('admission_events')
    .values({
      admission_id: e.admissionId,
      at: e.at,
      actor_id: e.actorId,
      actor_name: e.actorName,
      action: e.action,
      from_status: e.from,
      to_status: e.to,
      reason: e.reason ?? '',
      tag: e.tag ?? null,
      changes: JSON.stringify(e.changes ?? {}),
    })
    .execute();
}

export function listEvents(db: Kysely<DB>, admissionId: number) {
  return db.selectFrom('admission_events').selectAll().where('admission_id', '=', admissionId).orderBy('id').execute();
}

export async function insertComment(
  db: Kysely<DB>,
  c: { admissionId: number; communityCode: string; userId: number; stance: string; comment: string; at: string },
): Promise<void> {
  await db
    .insertInto('admission_comments')
    .values({
      admission_id: c.admissionId,
      community_code: c.communityCode,
      user_id: c.userId,
      stance: c.stance,
      comment: c.comment,
      at: c.at,
    })
    .execute();
}

export function listComments(db: Kysely<DB>, admissionId: number) {
  return db
    .selectFrom('admission_comments')
    .innerJoin('orgs', 'orgs.code', 'admission_comments.community_code')
    .select([
      'admission_comments.community_code',
      'orgs.name as community_name',
      'admission_comments.stance',
      'admission_comments.comment',
      'admission_comments.at',
    ])
    .where('admission_id', '=', admissionId)
    .orderBy('admission_comments.id')
    .execute();
}

export async function insertSignoff(db: Kysely<DB>, admissionId: number, userId: number, at: string): Promise<void> {
  await db
    .insertInto('admission_signoffs')
    .values({ admission_id: admissionId, user_id: userId, at })
    .onConflict((oc) => oc.doNothing())
    .execute();
}

export function listSignoffs(db: Kysely<DB>, admissionId: number) {
  return db
    .selectFrom('admission_signoffs')
    .innerJoin('users', 'users.id', 'admission_signoffs.user_id')
    .select(['users.id as user_id', 'users.display_name', 'admission_signoffs.at'])
    .where('admission_id', '=', admissionId)
    .orderBy('admission_signoffs.at')
    .execute();
}

/** The next admission number of a jurisdiction and year; atomic on both databases. */
export async function nextSequence(db: Kysely<DB>, jurisdiction: string, year: number): Promise<number> {
  const r = await db
    .insertInto('admission_sequences')
    .values({ jurisdiction_code: jurisdiction, year, last_no: 1 })
    .onConflict((oc) =>
      oc.columns(['jurisdiction_code', 'year']).doUpdateSet({ last_no: sql`admission_sequences.last_no + 1` }),
    )
    .returning('last_no')
    .executeTakeFirstOrThrow();
  return r.last_no;
}

// Read by burden monitoring (through this module's service) to rebuild its events and find rebounds.
/** Statuses whose admission costs communities something (it was in force for some time). */
export const COSTED_STATUSES = ['approved', 'renewal_review', 'expired', 'revoked'];

export function costedAdmissions(db: Kysely<DB>) {
  return db
    .selectFrom('admissions')
    .select([
      'id',
      'jurisdiction_code',
      'department_code',
      'kind',
      'title',
      'status',
      'number',
      'scope_type',
      'scope_codes',
      'frequency',
      'occurrences_per_year',
      'minutes_per_occurrence',
      'ledger_fields',
      'ledger_rows',
      'hours_per_community_year',
      'start_date',
      'expiry_date',
      'decided_at',
    ])
    .where('status', 'in', COSTED_STATUSES)
    .where('number', 'is not', null)
    .execute();
}

/** Amendments of approved items with their tag (work_change or re_estimate) and before/after hours. */
export function amendmentEvents(db: Kysely<DB>) {
  return db
    .selectFrom('admission_events')
    .select(['admission_id', 'at', 'tag', 'changes'])
    .where('action', '=', 'amend')
    .orderBy('at')
    .execute();
}

/** Texts for the rebound alerts: applications, retired or rejected items, apps, dispatches. */
export function admissionTexts(db: Kysely<DB>, within: string) {
  return db
    .selectFrom('admissions')
    .select([
      'id',
      'jurisdiction_code',
      'title',
      'description',
      'status',
      'number',
      'department_code',
      'created_at',
      'decided_at',
      'updated_at',
    ])
    .where('jurisdiction_code', '>=', within)
    .where('jurisdiction_code', '<', `${within}~`)
    .execute();
}
