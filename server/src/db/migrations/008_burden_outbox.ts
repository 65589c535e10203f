// Burden is fed by an outbox: a writer (admission, dispatch, informal demands, inspections, apps) records
// which of its sources changed, in its own transaction; burden's projector rebuilds those sources' events
// after the commit (and drains what is left at start or on recompute). One row per source, however often
// it changed before the projector ran.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('burden_dirty')
    .addColumn('source_ref', 'text', (c) => c.primaryKey())
    .addColumn('source_kind', 'text', (c) => c.notNull())
    .addColumn('marked_at', 'text', (c) => c.notNull())
    // Bumped by each new mark: the projector clears a row only if no writer marked it again meanwhile.
    .addColumn('seq', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
}
