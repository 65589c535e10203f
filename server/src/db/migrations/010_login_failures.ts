// Failed logins, so an admin sees who is being guessed at and from where (the throttle itself is in memory).
import type { Kysely } from 'kysely';
import type { DatabaseKind } from '../../config.js';
import { autoId, autoIdType } from '../dialect.js';

export async function up(db: Kysely<any>, kind: DatabaseKind): Promise<void> {
  await db.schema
    .createTable('login_failures')
    .addColumn('id', autoIdType(kind), autoId(kind))
    .addColumn('at', 'text', (c) => c.notNull())
    // For an unknown name only a masked form is kept: people type their password into the name field.
    .addColumn('username', 'text', (c) => c.notNull())
    .addColumn('user_id', 'integer')
    .addColumn('org_code', 'text')
    .addColumn('client_ip', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('login_failures_org_at').on('login_failures').columns(['org_code', 'at']).execute();
}
