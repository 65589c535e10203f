// SQL for dispatches and the inbox items they create in each community.
import type { ItemStatus, RefusalState } from '#common/dispatch.js';
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
  /** Communities whose item a contracted social organisation handles (政府购买服务). */
  handlers: ReadonlyMap<string, { socialOrgId: number; contractId: number }> = new Map(),
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
          handler_org_id: handlers.get(c)?.socialOrgId ?? null,
          handler_contract_id: handlers.get(c)?.contractId ?? null,
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
      'dispatches.admission_id',
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
  /** A community's own inbox (items a social organisation handles are not in it) … */
  community?: string;
  /** … or the items a social organisation handles. */
  handlerOrg?: number;
  statuses?: readonly ItemStatus[];
  overdueOn?: string;
  offset: number;
  limit: number;
}

export async function inbox(database: Database, f: InboxFilter) {
  let base = itemsWithNames(database.db);
  base =
    f.handlerOrg !== undefined
      ? base.where('dispatch_items.handler_org_id', '=', f.handlerOrg)
      : base
          .where('dispatch_items.community_code', '=', f.community!)
          .where('dispatch_items.handler_org_id', 'is', null);
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

/** A community's items by stored status, and the open ones past their due date — one query for the tabs. */
export async function inboxStatusCounts(database: Database, of: string | { handlerOrg: number }, today: string) {
  const base = database.db
    .selectFrom('dispatch_items')
    .innerJoin('dispatches', 'dispatches.id', 'dispatch_items.dispatch_id');
  const rows = await (
    typeof of === 'string'
      ? base.where('dispatch_items.community_code', '=', of).where('dispatch_items.handler_org_id', 'is', null)
      : base.where('dispatch_items.handler_org_id', '=', of.handlerOrg)
  )
    .groupBy('dispatch_items.status')
    .select('dispatch_items.status')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .select(sql<number>`sum(case when dispatches.due_date < ${today} then 1 else 0 end)`.as('late'))
    .execute();
  return rows.map((r) => ({ status: r.status as ItemStatus, n: Number(r.n), late: Number(r.late ?? 0) }));
}

export async function refusals(
  database: Database,
  f: { departmentCode?: string; within?: string; state?: RefusalState; offset: number; limit: number },
) {
  let base = itemsWithNames(database.db);
  // Every refusal, answered or not; or those standing where asked.
  if (!f.state)
    base = base.where((eb) =>
      eb.or([eb('dispatch_items.status', '=', 'refused'), eb('dispatch_items.refusal_state', 'is not', null)]),
    );
  else if (f.state === 'unanswered')
    base = base.where('dispatch_items.status', '=', 'refused').where('dispatch_items.refusal_state', 'is', null);
  else base = base.where('dispatch_items.refusal_state', '=', f.state);
  if (f.departmentCode) base = base.where('dispatches.department_code', '=', f.departmentCode);
  if (f.within) base = base.where(likeText(database.kind, 'dispatch_items.community_code', f.within, 'prefix'));
  const [rows, total] = await Promise.all([
    base
      .orderBy(sql`case when dispatch_items.status = 'refused' then 0 else 1 end`)
      .orderBy('dispatch_items.refused_at', 'desc')
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

/**
 * When earlier work under an admission was sent to each of these communities (UTC instants), counting
 * only what still stands: refused and withdrawn work is not counted against the admission.
 */
export function countedSends(db: Kysely<DB>, admissionId: number, communities: string[], exceptItem?: number) {
  if (communities.length === 0) return Promise.resolve([]);
  let q = db
    .selectFrom('dispatch_items')
    .innerJoin('dispatches', 'dispatches.id', 'dispatch_items.dispatch_id')
    .select(['dispatch_items.community_code', 'dispatches.created_at'])
    .where('dispatches.admission_id', '=', admissionId)
    .where('dispatch_items.community_code', 'in', communities)
    .where('dispatch_items.status', 'not in', ['refused', 'withdrawn']);
  if (exceptItem) q = q.where('dispatch_items.id', '!=', exceptItem);
  return q.execute();
}

/** Dispatches under an admission still open in any of these communities, with those communities. */
export function openDispatchesIn(db: Kysely<DB>, admissionId: number, communities: string[]) {
  if (communities.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('dispatch_items')
    .innerJoin('dispatches', 'dispatches.id', 'dispatch_items.dispatch_id')
    .innerJoin('orgs', 'orgs.code', 'dispatch_items.community_code')
    .select([
      'dispatches.id',
      'dispatches.title',
      'dispatches.instructions',
      'dispatches.created_at',
      'dispatch_items.community_code',
      'orgs.name as community_name',
    ])
    .where('dispatches.admission_id', '=', admissionId)
    .where('dispatch_items.community_code', 'in', communities)
    .where('dispatch_items.status', 'in', ['new', 'acknowledged', 'in_progress'])
    .orderBy('dispatches.id')
    .execute();
}

export function setDueDate(db: Kysely<DB>, dispatchId: number, dueDate: string) {
  return db.updateTable('dispatches').set({ due_date: dueDate }).where('id', '=', dispatchId).execute();
}

export async function updateItem(
  db: Kysely<DB>,
  id: number,
  expectedStatus: ItemStatus,
  patch: {
    status: ItemStatus;
    acknowledged_at?: string | null;
    started_at?: string | null;
    completed_at?: string;
    completion_note?: string;
    refused_at?: string;
    refusal_reason?: string;
    refusal_reasons?: string;
    refusal_text?: string;
    refusal_state?: RefusalState | null;
    answer_note?: string;
    answered_by?: number;
    answered_at?: string;
    decision_note?: string;
    decided_by?: number | null;
    decided_at?: string | null;
    updated_by: number;
    updated_at: string;
  },
  // Answers and decisions also guard where the refusal stood (null: unanswered).
  expectedState?: RefusalState | null,
): Promise<boolean> {
  // Guarded by the status read before: two workers acting at once cannot both win.
  let q = db.updateTable('dispatch_items').set(patch).where('id', '=', id).where('status', '=', expectedStatus);
  if (expectedState === null) q = q.where('refusal_state', 'is', null);
  else if (expectedState) q = q.where('refusal_state', '=', expectedState);
  const r = await q.executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

// Read by burden monitoring (through burden-source.ts, this module's implementation of burden's port)
// to rebuild its events and find rebounds. `ids`: only those (burden's projector); else all.
export function dispatchedItems(db: Kysely<DB>, ids?: number[]) {
  if (ids?.length === 0) return Promise.resolve([]);
  const q = db
    .selectFrom('dispatch_items')
    .innerJoin('dispatches', 'dispatches.id', 'dispatch_items.dispatch_id')
    .innerJoin('admissions', 'admissions.id', 'dispatches.admission_id')
    .select([
      'dispatch_items.id',
      'dispatch_items.community_code',
      'dispatch_items.handler_org_id',
      'dispatch_items.status',
      'dispatches.department_code',
      'dispatches.created_at',
      'admissions.number',
      'admissions.kind',
      'admissions.frequency',
      'admissions.minutes_per_occurrence',
      'admissions.ledger_fields',
      'admissions.ledger_rows',
    ]);
  return (ids ? q.where('dispatch_items.id', 'in', ids) : q).execute();
}

export function dispatchTexts(db: Kysely<DB>, within: string) {
  return db
    .selectFrom('dispatches')
    .select(['id', 'jurisdiction_code', 'title', 'instructions', 'department_code', 'created_at'])
    .where('jurisdiction_code', '>=', within)
    .where('jurisdiction_code', '<', `${within}~`)
    .execute();
}

/** Refusals the 减负办 decided on a department's contest, in communities under `within` (burden's alerts). */
export async function decidedRefusals(db: Kysely<DB>, within: string) {
  const rows = await db
    .selectFrom('dispatch_items')
    .innerJoin('dispatches', 'dispatches.id', 'dispatch_items.dispatch_id')
    .select([
      'dispatch_items.id',
      'dispatch_items.community_code',
      'dispatches.department_code',
      'dispatches.title',
      'dispatch_items.refusal_state',
      'dispatch_items.decided_at',
    ])
    .where('dispatch_items.community_code', '>=', within)
    .where('dispatch_items.community_code', '<', `${within}~`)
    .where('dispatch_items.decided_at', 'is not', null)
    .execute();
  return rows.map((r) => ({ ...r, refusal_state: r.refusal_state ?? '', decided_at: r.decided_at! }));
}

/** A community's open work for its to-do counts: new, due by `weekEnd` (not overdue), overdue on `today`. */
/** Open and overdue items per community within a jurisdiction (code prefix). */
export async function openWorkByCommunity(database: Database, within: string, today: string) {
  const rows = await database.db
    .selectFrom('dispatch_items')
    .innerJoin('dispatches', 'dispatches.id', 'dispatch_items.dispatch_id')
    .where(likeText(database.kind, 'dispatch_items.community_code', within, 'prefix'))
    .where('dispatch_items.status', 'in', ['new', 'acknowledged', 'in_progress'])
    .where('dispatch_items.handler_org_id', 'is', null)
    .select('dispatch_items.community_code as community')
    .select((eb) => eb.fn.countAll<number>().as('open'))
    .select(sql<number>`sum(case when dispatches.due_date < ${today} then 1 else 0 end)`.as('overdue'))
    .groupBy('dispatch_items.community_code')
    .execute();
  return rows.map((r) => ({ community: r.community, open: Number(r.open), overdue: Number(r.overdue ?? 0) }));
}

export async function inboxCounts(db: Kysely<DB>, of: string | { handlerOrg: number }, today: string, weekEnd: string) {
  const base = db.selectFrom('dispatch_items').innerJoin('dispatches', 'dispatches.id', 'dispatch_items.dispatch_id');
  const r = await (
    typeof of === 'string'
      ? base.where('dispatch_items.community_code', '=', of).where('dispatch_items.handler_org_id', 'is', null)
      : base.where('dispatch_items.handler_org_id', '=', of.handlerOrg)
  )
    .where('dispatch_items.status', 'in', ['new', 'acknowledged', 'in_progress'])
    .select(sql<number>`sum(case when dispatch_items.status = 'new' then 1 else 0 end)`.as('fresh'))
    .select(
      sql<number>`sum(case when dispatches.due_date >= ${today} and dispatches.due_date <= ${weekEnd} then 1 else 0 end)`.as(
        'due_week',
      ),
    )
    .select(sql<number>`sum(case when dispatches.due_date < ${today} then 1 else 0 end)`.as('overdue'))
    .executeTakeFirst();
  return { fresh: Number(r?.fresh ?? 0), dueWeek: Number(r?.due_week ?? 0), overdue: Number(r?.overdue ?? 0) };
}

/** Refused items of a department's dispatches still waiting for its answer (not contested or answered). */
export async function refusedCount(db: Kysely<DB>, departmentCode: string): Promise<number> {
  const r = await db
    .selectFrom('dispatch_items')
    .innerJoin('dispatches', 'dispatches.id', 'dispatch_items.dispatch_id')
    .where('dispatches.department_code', '=', departmentCode)
    .where('dispatch_items.status', '=', 'refused')
    .where((eb) =>
      eb.or([eb('dispatch_items.refusal_state', 'is', null), eb('dispatch_items.refusal_state', '=', 'unanswered')]),
    )
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

/** Open work past its due date, and refused work, in the communities under a code (a street's to-do). */
export async function overdueAndRefusedWithin(database: Database, within: string, today: string) {
  const r = await database.db
    .selectFrom('dispatch_items')
    .innerJoin('dispatches', 'dispatches.id', 'dispatch_items.dispatch_id')
    .where(likeText(database.kind, 'dispatch_items.community_code', within, 'prefix'))
    .where('dispatch_items.handler_org_id', 'is', null)
    .select(
      sql<number>`sum(case when dispatch_items.status in ('new', 'acknowledged', 'in_progress') and dispatches.due_date < ${today} then 1 else 0 end)`.as(
        'overdue',
      ),
    )
    .select(sql<number>`sum(case when dispatch_items.status = 'refused' then 1 else 0 end)`.as('refused'))
    .executeTakeFirst();
  return { overdue: Number(r?.overdue ?? 0), refused: Number(r?.refused ?? 0) };
}

/** Open items of a community that social organisations handle, per organisation (the community is told). */
export async function handledElsewhere(db: Kysely<DB>, community: string) {
  const rows = await db
    .selectFrom('dispatch_items')
    .where('community_code', '=', community)
    .where('handler_org_id', 'is not', null)
    .where('status', 'in', ['new', 'acknowledged', 'in_progress'])
    .select('handler_org_id')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .groupBy('handler_org_id')
    .execute();
  return rows.map((r) => ({ orgId: Number(r.handler_org_id), open: Number(r.n) }));
}
