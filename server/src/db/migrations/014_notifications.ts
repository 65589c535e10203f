// Notifications per user (the bell) and the outbox of the optional outbound channel (SMS gateway / 政务 IM
// webhook). A writer inserts both in its own transaction; delivery happens after the commit, retried with
// backoff, so a send can be redone after a crash and never holds a request.
import type { Kysely } from 'kysely';
import type { DatabaseKind } from '../../config.js';
import { autoId, autoIdType } from '../dialect.js';

export async function up(db: Kysely<any>, kind: DatabaseKind): Promise<void> {
  await db.schema
    .createTable('notifications')
    .addColumn('id', autoIdType(kind), autoId(kind))
    .addColumn('user_id', 'integer', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    // JSON of what the message names (a title, a number, a department) — never personal data.
    .addColumn('params', 'text', (c) => c.notNull())
    // Where the web opens it (a path inside the app), if anywhere.
    .addColumn('link', 'text')
    .addColumn('subject_type', 'text')
    .addColumn('subject_id', 'integer')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('read_at', 'text')
    .execute();
  await db.schema.createIndex('notifications_user_id').on('notifications').columns(['user_id', 'id']).execute();
  await db.schema
    .createIndex('notifications_user_unread')
    .on('notifications')
    .columns(['user_id', 'read_at'])
    .execute();
  // One row per notification to send out; kept after sending (sent_at) as the delivery record.
  await db.schema
    .createTable('notification_outbox')
    .addColumn('notification_id', 'integer', (c) => c.primaryKey())
    // The recipient's account name, as the gateway knows it (it maps names to phones or IM ids).
    .addColumn('recipient', 'text', (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('next_at', 'text', (c) => c.notNull())
    // A sender's lease: another process (or a second loop) skips a row while it is being sent.
    .addColumn('claimed_until', 'text')
    .addColumn('sent_at', 'text')
    .addColumn('gave_up_at', 'text')
    // An HTTP status or an error class, never a body.
    .addColumn('last_error', 'text')
    .execute();
  await db.schema
    .createIndex('notification_outbox_due')
    .on('notification_outbox')
    .columns(['sent_at', 'gave_up_at', 'next_at'])
    .execute();
}
