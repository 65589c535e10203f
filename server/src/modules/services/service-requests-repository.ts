// SQL for 诉求 (service requests over Open311): the requests, the steps of their handling, and the
// registered third-party clients (their api keys hashed).
import type { Insertable, Kysely, Selectable, Updateable } from 'kysely';
import type { DB, ServiceRequestEventTable, ServiceRequestTable } from '../../db/types.js';

export type ServiceRequestRow = Selectable<ServiceRequestTable>;
export type ServiceEventRow = Selectable<ServiceRequestEventTable>;

export async function insertRequest(db: Kysely<DB>, values: Insertable<ServiceRequestTable>): Promise<number> {
  const r = await db.insertInto('service_requests').values(values).returning('id').executeTakeFirstOrThrow();
  return Number(r.id);
}

export function findRequest(db: Kysely<DB>, id: number) {
  return db.selectFrom('service_requests').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Moves a request on only from the status the caller saw (a concurrent step makes this a no-op). */
export async function updateRequest(
  db: Kysely<DB>,
  id: number,
  fromStatus: string,
  patch: Updateable<ServiceRequestTable>,
): Promise<boolean> {
  const r = await db
    .updateTable('service_requests')
    .set(patch)
    .where('id', '=', id)
    .where('status', '=', fromStatus)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export async function rate(db: Kysely<DB>, id: number, rating: number, note: string): Promise<boolean> {
  const r = await db
    .updateTable('service_requests')
    .set({ rating, rating_note: note })
    .where('id', '=', id)
    .where('status', '=', 'closed')
    .where('rating', 'is', null)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export interface PublicFilter {
  ids?: number[];
  serviceCodes?: string[];
  status?: 'open' | 'closed';
  from: string;
  to: string;
  offset: number;
  limit: number;
}

/** The public list (Open311 GET requests.json): newest first within the window. */
export function publicList(db: Kysely<DB>, f: PublicFilter) {
  let q = db
    .selectFrom('service_requests')
    .selectAll()
    .where('requested_at', '>=', f.from)
    .where('requested_at', '<=', f.to);
  if (f.ids?.length) q = q.where('id', 'in', f.ids);
  if (f.serviceCodes?.length) q = q.where('service_code', 'in', f.serviceCodes);
  if (f.status === 'closed') q = q.where('status', '=', 'closed');
  if (f.status === 'open') q = q.where('status', '!=', 'closed');
  return q.orderBy('requested_at', 'desc').orderBy('id', 'desc').offset(f.offset).limit(f.limit).execute();
}

export function handlerRequests(db: Kysely<DB>, kind: string, code: string, open: boolean | undefined) {
  let q = db
    .selectFrom('service_requests')
    .selectAll()
    .where('handler_kind', '=', kind)
    .where('handler_code', '=', code);
  if (open === true) q = q.where('status', '!=', 'closed');
  if (open === false) q = q.where('status', '=', 'closed');
  return q.orderBy('requested_at', 'desc').orderBy('id', 'desc').limit(500).execute();
}

export function requesterRequests(db: Kysely<DB>, userId: number) {
  return db
    .selectFrom('service_requests')
    .selectAll()
    .where('requester_id', '=', userId)
    .orderBy('requested_at', 'desc')
    .orderBy('id', 'desc')
    .limit(200)
    .execute();
}

/** Requests a handler holds, by status (the community's own service work). */
export async function handlerCounts(db: Kysely<DB>, kind: string, code: string): Promise<Record<string, number>> {
  const rows = await db
    .selectFrom('service_requests')
    .select(['status', (eb) => eb.fn.countAll<number | string>().as('n')])
    .where('handler_kind', '=', kind)
    .where('handler_code', '=', code)
    .groupBy('status')
    .execute();
  return Object.fromEntries(rows.map((r) => [r.status, Number(r.n)]));
}

export async function insertEvent(db: Kysely<DB>, values: Insertable<ServiceRequestEventTable>): Promise<void> {
  await db.insertInto('service_request_events').values(values).execute();
}

export function events(db: Kysely<DB>, requestIds: number[]) {
  if (requestIds.length === 0) return Promise.resolve([] as ServiceEventRow[]);
  return db
    .selectFrom('service_request_events')
    .selectAll()
    .where('request_id', 'in', requestIds)
    .orderBy('id')
    .execute();
}

export function clientByHash(db: Kysely<DB>, hash: string) {
  return db
    .selectFrom('open311_clients')
    .selectAll()
    .where('key_hash', '=', hash)
    .where('active', '=', 1)
    .executeTakeFirst();
}

export async function insertClient(
  db: Kysely<DB>,
  values: { name: string; orgCode: string; keyHash: string; createdAt: string; isDemo: boolean },
): Promise<number> {
  const r = await db
    .insertInto('open311_clients')
    .values({
      name: values.name,
      org_code: values.orgCode,
      key_hash: values.keyHash,
      created_at: values.createdAt,
      is_demo: values.isDemo ? 1 : 0,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return Number(r.id);
}

/** The photo ids of requests (attachments owned by 'service_request'). */
export async function mediaIds(db: Kysely<DB>, requestIds: number[]): Promise<Map<number, number>> {
  if (requestIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('attachments')
    .select(['id', 'owner_id'])
    .where('owner_type', '=', 'service_request')
    .where('owner_id', 'in', requestIds)
    .orderBy('id')
    .execute();
  const out = new Map<number, number>();
  for (const r of rows) if (!out.has(Number(r.owner_id))) out.set(Number(r.owner_id), Number(r.id));
  return out;
}

export function media(db: Kysely<DB>, requestId: number) {
  return db
    .selectFrom('attachments')
    .select(['content_type', 'data'])
    .where('owner_type', '=', 'service_request')
    .where('owner_id', '=', requestId)
    .orderBy('id')
    .executeTakeFirst();
}
