// Burden events are now written live by each source's writer, which replaces the events of one source
// (a dispatch item, an admission, an app …) by its reference: index the reference.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.createIndex('burden_events_source_ref').on('burden_events').column('source_ref').execute();
}
