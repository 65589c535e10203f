// SQL for admission applications, their history, consultation comments, sign-offs and numbers.
import { sql, type Kysely } from 'kysely';
import type { Database } from '../../db/database.js';
import { likeText } from '../../db/dialect.js';
import type { AdmissionRow, AdmissionTable, DB } from '../../db/types.js';
import type { Insertable, Updateable } from 'kysely';
import { AWAITING_REVIEW_STATUSES, COSTED_STATUSES, type AdmissionStatus } from '#common/admission.js';

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

/** Numbers issued under one abbreviation (蜀准…): the candidates for "did you mean" on the public check. */
export async function numbersWithPrefix(database: Database, prefix: string): Promise<string[]> {
  const rows = await database.db
    .selectFrom('admissions')
    .select('number')
    .where('number', 'is not', null)
    .where(likeText(database.kind, 'admissions.number', prefix, 'prefix'))
    .orderBy('code')
    .limit(5000)
    .execute();
  return rows.map((r) => r.number!);
}

export interface AdmissionFilter {
  departmentCode?: string;
  jurisdictionWithin?: string;
  jurisdiction?: string;
  statuses?: readonly AdmissionStatus[];
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
        likeText(kind, 'admissions.code', q),
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
    from: AdmissionStatus | null;
    to: AdmissionStatus;
    reason?: string;
    tag?: string | null;
    changes?: unknown;
    opinion?: string;
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
      opinion: e.opinion ?? '',
    })
    .execute();
}

export function listEvents(db: Kysely<DB>, admissionId: number) {
  return db.selectFrom('admission_events').selectAll().where('admission_id', '=', admissionId).orderBy('id').execute();
}

/** The decision steps of some applications (their public record), oldest first. */
export function listRecordEvents(db: Kysely<DB>, admissionIds: number[], actions: readonly string[]) {
  if (admissionIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('admission_events')
    .select(['admission_id', 'action', 'at', 'opinion', 'reason'])
    .where('admission_id', 'in', admissionIds)
    .where('action', 'in', [...actions])
    .orderBy('admission_id')
    .orderBy('id')
    .execute();
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

export async function insertSignoff(
  db: Kysely<DB>,
  admissionId: number,
  userId: number,
  at: string,
  opinion: string,
): Promise<void> {
  await db
    .insertInto('admission_signoffs')
    .values({ admission_id: admissionId, user_id: userId, at, opinion })
    .onConflict((oc) => oc.doNothing())
    .execute();
}

export function listSignoffs(db: Kysely<DB>, admissionId: number) {
  return db
    .selectFrom('admission_signoffs')
    .innerJoin('users', 'users.id', 'admission_signoffs.user_id')
    .select(['users.id as user_id', 'users.display_name', 'admission_signoffs.at', 'admission_signoffs.opinion'])
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

/** Makes the next number of a jurisdiction and year come after `seq` (a number kept from before Jianfu). */
export async function raiseSequence(db: Kysely<DB>, jurisdiction: string, year: number, seq: number): Promise<void> {
  await db
    .insertInto('admission_sequences')
    .values({ jurisdiction_code: jurisdiction, year, last_no: seq })
    .onConflict((oc) =>
      oc.columns(['jurisdiction_code', 'year']).doUpdateSet({
        last_no: sql`case when admission_sequences.last_no < ${seq} then ${seq} else admission_sequences.last_no end`,
      }),
    )
    .execute();
}

// Read by burden monitoring (through burden-source.ts, this module's implementation of burden's port)
// to rebuild its events and find rebounds. `ids`: only those (burden's projector); else all.
export function costedAdmissions(db: Kysely<DB>, ids?: number[]) {
  if (ids?.length === 0) return Promise.resolve([]);
  let q = db
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
    .where('status', 'in', [...COSTED_STATUSES])
    .where('number', 'is not', null);
  if (ids) q = q.where('id', 'in', ids);
  return q.execute();
}

/** Amendments of approved items with their tag (work_change or re_estimate) and before/after hours. */
export function amendmentEvents(db: Kysely<DB>, ids?: number[]) {
  if (ids?.length === 0) return Promise.resolve([]);
  let q = db
    .selectFrom('admission_events')
    .select(['admission_id', 'at', 'tag', 'changes'])
    .where('action', '=', 'amend');
  if (ids) q = q.where('admission_id', 'in', ids);
  return q.orderBy('at').orderBy('id').execute();
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

/** Review due dates of the applications awaiting review in a jurisdiction (the reviewer's to-do counts). */
export function reviewDueDates(database: Database, within: string) {
  return database.db
    .selectFrom('admissions')
    .where('status', 'in', [...AWAITING_REVIEW_STATUSES])
    .where(likeText(database.kind, 'admissions.jurisdiction_code', within, 'prefix'))
    .select(['id', 'review_due_date'])
    .execute();
}

/** Applications in consultation that ask this community and have no opinion of it yet, still open on `today`. */
export async function openConsultationCount(database: Database, community: string, today: string): Promise<number> {
  const rows = await database.db
    .selectFrom('admissions')
    .where('status', '=', 'consultation')
    .where(likeText(database.kind, 'admissions.jurisdiction_code', community.slice(0, 6), 'prefix'))
    .where((eb) => eb.or([eb('consultation_due_date', 'is', null), eb('consultation_due_date', '>=', today)]))
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom('admission_comments')
            .whereRef('admission_comments.admission_id', '=', 'admissions.id')
            .where('admission_comments.community_code', '=', community)
            .select('admission_comments.id'),
        ),
      ),
    )
    .select(['consultation_codes'])
    .execute();
  return rows.filter((r) => (JSON.parse(r.consultation_codes) as string[]).includes(community)).length;
}

/** A department's applications in a status (returned ones wait for it). */
export async function countOfDepartment(db: Kysely<DB>, departmentCode: string, status: AdmissionStatus) {
  const r = await db
    .selectFrom('admissions')
    .where('department_code', '=', departmentCode)
    .where('status', '=', status)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(r.n);
}
