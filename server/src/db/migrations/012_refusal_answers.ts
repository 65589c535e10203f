// Refusals with several reasons, and their answers: the department withdraws, resends or contests a refused
// item; the 减负办 decides a contest. The reasons move from one column to a JSON list (the first stays in
// refusal_reason for readers of one reason).
import { sql, type Kysely } from 'kysely';
import type { DatabaseKind } from '../../config.js';

export async function up(db: Kysely<any>, _kind: DatabaseKind): Promise<void> {
  const add = async (column: string, type: 'text' | 'integer', notNullDefault?: string) => {
    await db.schema
      .alterTable('dispatch_items')
      .addColumn(column, type, (c) => (notNullDefault === undefined ? c : c.notNull().defaultTo(notNullDefault)))
      .execute();
  };
  await add('refusal_reasons', 'text', '[]');
  // Where the refusal stands (null: not refused, or not answered yet): contested, upheld, ordered, resent, withdrawn.
  await add('refusal_state', 'text');
  // The department's answer: what it fixed (resend), why it contests or withdraws.
  await add('answer_note', 'text', '');
  await add('answered_by', 'integer');
  await add('answered_at', 'text');
  // The 减负办's decision on a contest, with its reasons.
  await add('decision_note', 'text', '');
  await add('decided_by', 'integer');
  await add('decided_at', 'text');
  await sql`update dispatch_items set refusal_reasons = '["' || refusal_reason || '"]' where refusal_reason is not null`.execute(
    db,
  );
  await db.schema
    .createIndex('dispatch_items_refusal_state')
    .on('dispatch_items')
    .columns(['refusal_state', 'district_code'])
    .execute();
}
