// 群众不认可→退出 (issue 18): a community's decided topic sent to the 减负办 as a formal request to review the
// exit of an admitted work item. One request per topic; the admission's number, the supports and the vote
// tally are copied at sending (what the reviewers judged stays as it was); the reviewers' outcome and
// reason are published on the admission number's public page.
import type { Kysely } from 'kysely';
import type { DatabaseKind } from '../../config.js';
import { autoId, autoIdType } from '../dialect.js';

export async function up(db: Kysely<any>, kind: DatabaseKind): Promise<void> {
  await db.schema
    .createTable('exit_requests')
    .addColumn('id', autoIdType(kind), autoId(kind))
    .addColumn('admission_id', 'integer', (c) => c.notNull())
    .addColumn('admission_number', 'text', (c) => c.notNull())
    // The admission's jurisdiction: whose reviewers decide.
    .addColumn('jurisdiction_code', 'text', (c) => c.notNull())
    .addColumn('community_code', 'text', (c) => c.notNull())
    .addColumn('topic_id', 'integer', (c) => c.notNull().unique())
    .addColumn('topic_title', 'text', (c) => c.notNull())
    .addColumn('supports', 'integer', (c) => c.notNull())
    // The topic's closed tally (TallyView) as JSON.
    .addColumn('tally', 'text', (c) => c.notNull())
    .addColumn('sent_by', 'integer', (c) => c.notNull())
    .addColumn('sent_at', 'text', (c) => c.notNull())
    // pending | kept | review | exited
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('reason', 'text')
    .addColumn('decided_by', 'integer')
    .addColumn('decided_at', 'text')
    .execute();
  await db.schema.createIndex('exit_requests_admission').on('exit_requests').column('admission_id').execute();
  await db.schema
    .createIndex('exit_requests_jurisdiction')
    .on('exit_requests')
    .columns(['jurisdiction_code', 'status'])
    .execute();
}
