// The audit trail becomes keyed (chain v2): each entry names the key its HMAC was made with, and the
// head remembers the key the next entry uses. Existing entries keep key_id null (chain v1).
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('audit_log').addColumn('key_id', 'text').execute();
  await db.schema.alterTable('audit_head').addColumn('key_id', 'text').execute();
}
