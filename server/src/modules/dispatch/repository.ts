// SQL for dispatches and the inbox items they create in each community.
import { sql, type Kysely } from 'kysely';
import type { Database } from '../../db/database.js';
import type { DB } from '../../db/types.js';
import { likeText } from '../../db/dialect.js';

export async function insertDispatch(
  db: Kysely<DB>,
  d: {
    admissionId: number;
    departmentCode: string;
    jurisdictionCode: string;
    title: string;
    instructions: string;
    dueDate: string;
    createdBy: number | null;
    at: string;
    isDemo?: boolean;
  },
): Promise<number> {
  const r = await db
    .insertInto('dispatches')
    .values({
      admission_id: d.admissionId,
      department_code: d.departmentCode,
      jurisdiction_code: d.jurisdictionCode,
      title: d.title,
      instructions: d.instructions,
      due_date: d.dueDate,
      created_by: d.createdBy,
      created_at: d.at,
      is_demo: d.isDemo ? 1 : 0,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return r.id;
}

export async function insertItems(
  db: Kysely<DB>,
  dispatchId: number,
  communities: string[],
  at: string,
): Promise<void> {
  for (let i = 0; i < communities.length; i += 200) {
    await db
      .insertInto('dispatch_items')
      .values(
        communities.slice(i, i + 200).map((c) => ({
          dispatch_id: dispatchId,
          community_code: c,
          district_code: c.slice(0, 6),
          status: 'new',
          updated_at: at,
        })),
      )
      .execute();
  }
}

function dispatchesWithNames(db: Kysely<DB>) {
  return db
    .selectFrom('dispatches')
    .innerJoin('admissions', 'admissions.id', 'dispatches.admission_id')
    .innerJoin('departments', 'departments.code', 'dispatches.department_code')
    .selectAll('dispatches')
    .select([
      'admissions.number as admission_number',
      'admissions.code as admission_code',
      'admissions.title as admission_title',
      'admissions.hours_per_community_year',
      'admissions.minutes_per_occurrence',
      'departments.name as department_name',
    ]);
}

export type DispatchRow = Awaited<ReturnType<typeof findDispatch>> & object;

export function findDispatch(db: Kysely<DB>, id: number) {
  return dispatchesWithNames(db).where('dispatches.id', '=', id).executeTakeFirst();
}

export async function listDispatches(database: Database, f: { departmentCode: string; offset: number; limit: number }) {
  const base = dispatchesWithNames(database.db).where('dispatches.department_code', '=', f.departmentCode);
  const [rows, total] = await Promise.all([
    base.orderBy('dispatches.id', 'desc').offset(f.offset).limit(f.limit).execute(),
    base
      .clearSelect()
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(total.n) };
}

/** Items per status of each dispatch (overdue is derived by the caller from the due date). */
export async function statusCounts(db: Kysely<DB>, dispatchIds: number[], today: string) {
  if (dispatchIds.length === 0) return [];
  return db
    .selectFrom('dispatch_items')
    .innerJoin('dispatches', 'dispatches.id', 'dispatch_items.dispatch_id')
    .select(['dispatch_items.dispatch_id', 'dispatch_items.status'])
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .select(
      sql<number>`sum(case when dispatch_items.status in ('new', 'acknowledged', 'in_progress') and dispatches.due_date < ${today} then 1 else 0 end)`.as(
        'overdue',
      ),
    )
    .where('dispatch_items.dispatch_id', 'in', dispatchIds)
    .groupBy(['dispatch_items.dispatch_id', 'dispatch_items.status'])
    .execute();
}

function itemsWithNames(db: Kysely<DB>) {
  return db
    .selectFrom('dispatch_items')
    .innerJoin('dispatches', 'dispatches.id', 'dispatch_items.dispatch_id')
    .innerJoin('admissions', 'admissions.id', 'dispatches.admission_id')
    .innerJoin('departments', 'departments.code', 'dispatches.department_code')
    .innerJoin('orgs', 'orgs.code', 'dispatch_items.community_code')
    .selectAll('dispatch_items')
    .select([
      'dispatches.title',
      'dispatches.instructions',
      'dispatches.due_date',
      'dispatches.created_at as dispatched_at',
      'dispatches.department_code',
      'dispatches.jurisdiction_code',
      'departments.name as department_name',
      'admissions.number as admission_number',
      'admissions.code as admission_code',
      'admissions.hours_per_community_year',
      'admissions.minutes_per_occurrence',
      'admissions.expiry_date as admission_expiry',
      'orgs.name as community_name',
    ]);
}

export type ItemRow = Awaited<ReturnType<typeof findItem>> & object;

export function findItem(db: Kysely<DB>, id: number) {
  return itemsWithNames(db).where('dispatch_items.id', '=', id).executeTakeFirst();
}

export function itemsOfDispatch(db: Kysely<DB>, dispatchId: number) {
  return itemsWithNames(db)
    .where('dispatch_items.dispatch_id', '=', dispatchId)
    .orderBy('dispatch_items.community_code')
    .execute();
}

export interface InboxFilter {
  community: string;
  statuses?: string[];
  overdueOn?: string;
  offset: number;
  limit: number;
}

export async function inbox(database: Database, f: InboxFilter) {
  let base = itemsWithNames(database.db).where('dispatch_items.community_code', '=', f.community);
  if (f.statuses?.length) base = base.where('dispatch_items.status', 'in', f.statuses);
  if (f.overdueOn) base = base.where('dispatches.due_date', '<', f.overdueOn);
  const [rows, total] = await Promise.all([
    base
      .orderBy(sql`case when dispatch_items.status in ('new', 'acknowledged', 'in_progress') then 0 else 1 end`)
      .orderBy('dispatches.due_date')
      .orderBy('dispatch_items.id', 'desc')
      .offset(f.offset)
      .limit(f.limit)
      .execute(),
    base
      .clearSelect()
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(total.n) };
}

export async function refusals(
  database: Database,
  f: { departmentCode?: string; within?: string; offset: number; limit: number },
) {
  let base = itemsWithNames(database.db).where('dispatch_items.status', '=', 'refused');
  if (f.departmentCode) base = base.where('dispatches.department_code', '=', f.departmentCode);
  if (f.within) base = base.where(likeText(database.kind, 'dispatch_items.community_code', f.within, 'prefix'));
  const [rows, total] = await Promise.all([
    base.orderBy('dispatch_items.refused_at', 'desc').offset(f.offset).limit(f.limit).execute(),
    base
      .clearSelect()
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(total.n) };
}

export async function updateItem(
  db: Kysely<DB>,
  id: number,
  expectedStatus: string,
  patch: {
    status: string;
    acknowledged_at?: string;
    started_at?: string;
    completed_at?: string;
    completion_note?: string;
    refused_at?: string;
    refusal_reason?: string;
    refusal_text?: string;
    updated_by: number;
    updated_at: string;
  },
): Promise<boolean> {
  // Guarded by the status read before: two workers acting at once cannot both win.
  const r = await db
    .updateTable('dispatch_items')
    .set(patch)
    .where('id', '=', id)
    .where('status', '=', expectedStatus)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

// Read by burden monitoring (through this module's service) to rebuild its events and find rebounds.
export function dispatchedItems(db: Kysely<DB>) {
  return db
    .selectFrom('dispatch_items')
    .innerJoin('dispatches', 'dispatches.id', 'dispatch_items.dispatch_id')
    .innerJoin('admissions', 'admissions.id', 'dispatches.admission_id')
    .select([
      'dispatch_items.id',
      'dispatch_items.community_code',
      'dispatch_items.status',
      'dispatches.department_code',
      'dispatches.created_at',
      'admissions.number',
      'admissions.kind',
      'admissions.frequency',
      'admissions.minutes_per_occurrence',
      'admissions.ledger_fields',
      'admissions.ledger_rows',
    ])
    .execute();
}

export function dispatchTexts(db: Kysely<DB>, within: string) {
  return db
    .selectFrom('dispatches')
    .select(['id', 'jurisdiction_code', 'title', 'instructions', 'department_code', 'created_at'])
    .where('jurisdiction_code', '>=', within)
    .where('jurisdiction_code', '<', `${within}~`)
    .execute();
}
