// Review is a decision with reasons (issue 12 §7): every decision on an application (approve and each
// 会签 sign-off, return, reject, revoke, renewal) records the reviewer's written opinion (审查意见) in
// the application's history, and each sign-off keeps its own.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('admission_events')
    .addColumn('opinion', 'text', (c) => c.notNull().defaultTo(''))
    .execute();
  await db.schema
    .alterTable('admission_signoffs')
    .addColumn('opinion', 'text', (c) => c.notNull().defaultTo(''))
    .execute();
}
