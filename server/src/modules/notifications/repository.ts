// SQL of the notification centre: notifications per user and the outbound channel's outbox.
import type { Kysely } from 'kysely';
import type { DB } from '../../db/types.js';

export interface NewNotification {
  userId: number;
  kind: string;
  params: string;
  link: string | null;
  subjectType: string | null;
  subjectId: number | null;
  createdAt: string;
  readAt: string | null;
}

/** Rows per INSERT: a city-wide dispatch reaches thousands of workers (SQLite allows 32,766 parameters). */
const CHUNK = 500;

function chunks<T>(rows: T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += CHUNK) out.push(rows.slice(i, i + CHUNK));
  return out;
}

/** Inserts the rows and answers each one's id with its user. */
export async function insertNotifications(
  db: Kysely<DB>,
  rows: NewNotification[],
): Promise<{ id: number; userId: number }[]> {
  const ids: { id: number; userId: number }[] = [];
  for (const part of chunks(rows)) ids.push(...(await insertPart(db, part)));
  return ids;
}

async function insertPart(db: Kysely<DB>, rows: NewNotification[]) {
  const inserted = await db
    .insertInto('notifications')
    .values(
      rows.map((r) => ({
        user_id: r.userId,
        kind: r.kind,
        params: r.params,
        link: r.link,
        subject_type: r.subjectType,
        subject_id: r.subjectId,
        created_at: r.createdAt,
        read_at: r.readAt,
      })),
    )
    .returning(['id', 'user_id'])
    .execute();
  return inserted.map((r) => ({ id: Number(r.id), userId: Number(r.user_id) }));
}

export async function listOfUser(
  db: Kysely<DB>,
  userId: number,
  f: { unread?: boolean; offset: number; limit: number },
) {
  let base = db.selectFrom('notifications').where('user_id', '=', userId);
  if (f.unread) base = base.where('read_at', 'is', null);
  const rows = await base.selectAll().orderBy('id', 'desc').offset(f.offset).limit(f.limit).execute();
  const total = await base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return { rows, total: Number(total.n) };
}

export async function countUnread(db: Kysely<DB>, userId: number): Promise<number> {
  const r = await db
    .selectFrom('notifications')
    .where('user_id', '=', userId)
    .where('read_at', 'is', null)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

/** Marks the user's unread notifications read (these ids, or all); answers how many changed. */
export async function markRead(db: Kysely<DB>, userId: number, ids: number[] | 'all', at: string): Promise<number> {
  if (ids !== 'all' && ids.length === 0) return 0;
  let q = db
    .updateTable('notifications')
    .set({ read_at: at })
    .where('user_id', '=', userId)
    .where('read_at', 'is', null);
  if (ids !== 'all') q = q.where('id', 'in', ids);
  const r = await q.executeTakeFirst();
  return Number(r.numUpdatedRows);
}

/** Whether anyone was already told this kind of thing about this subject (once-only notices). */
export async function notifiedAbout(db: Kysely<DB>, kind: string, subjectType: string, subjectId: number) {
  const r = await db
    .selectFrom('notifications')
    .select('id')
    .where('kind', '=', kind)
    .where('subject_type', '=', subjectType)
    .where('subject_id', '=', subjectId)
    .limit(1)
    .executeTakeFirst();
  return r !== undefined;
}

// ---- the outbound channel's outbox ----

export async function enqueue(db: Kysely<DB>, rows: { id: number; recipient: string }[], at: string): Promise<void> {
  for (const part of chunks(rows))
    await db
      .insertInto('notification_outbox')
      .values(part.map((r) => ({ notification_id: r.id, recipient: r.recipient, next_at: at })))
      .execute();
}

/** Outbox rows due now, not sent, not given up, not leased by another sender. */
export function due(db: Kysely<DB>, now: string, limit: number) {
  return db
    .selectFrom('notification_outbox as o')
    .innerJoin('notifications as n', 'n.id', 'o.notification_id')
    .where('o.sent_at', 'is', null)
    .where('o.gave_up_at', 'is', null)
    .where('o.next_at', '<=', now)
    .where((eb) => eb.or([eb('o.claimed_until', 'is', null), eb('o.claimed_until', '<', now)]))
    .select([
      'o.notification_id as id',
      'o.attempts',
      'n.kind',
      'n.params',
      'n.link',
      'n.created_at',
      'n.user_id',
      'o.recipient',
    ])
    .orderBy('o.next_at')
    .limit(limit)
    .execute();
}

/** The earliest time a pending row is due (to wake the sender), if any. */
export async function nextDue(db: Kysely<DB>): Promise<string | null> {
  const r = await db
    .selectFrom('notification_outbox')
    .where('sent_at', 'is', null)
    .where('gave_up_at', 'is', null)
    .select((eb) => eb.fn.min('next_at').as('next'))
    .executeTakeFirst();
  return (r?.next as string | null | undefined) ?? null;
}

/** Takes the row for sending until `until`; false when another sender holds it. */
export async function claim(db: Kysely<DB>, id: number, now: string, until: string): Promise<boolean> {
  const r = await db
    .updateTable('notification_outbox')
    .set({ claimed_until: until })
    .where('notification_id', '=', id)
    .where('sent_at', 'is', null)
    .where((eb) => eb.or([eb('claimed_until', 'is', null), eb('claimed_until', '<', now)]))
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export async function markSent(db: Kysely<DB>, id: number, attempts: number, at: string): Promise<void> {
  await db
    .updateTable('notification_outbox')
    .set({ sent_at: at, attempts, claimed_until: null, last_error: null })
    .where('notification_id', '=', id)
    .execute();
}

export async function markFailed(
  db: Kysely<DB>,
  id: number,
  f: { attempts: number; nextAt: string; error: string; gaveUpAt: string | null },
): Promise<void> {
  await db
    .updateTable('notification_outbox')
    .set({ attempts: f.attempts, next_at: f.nextAt, last_error: f.error, gave_up_at: f.gaveUpAt, claimed_until: null })
    .where('notification_id', '=', id)
    .execute();
}

export function outboxRow(db: Kysely<DB>, id: number) {
  return db.selectFrom('notification_outbox').selectAll().where('notification_id', '=', id).executeTakeFirst();
}
