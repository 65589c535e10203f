// Staged import rows are only ever read, and deleted, by import: index them by import alone. The old
// index (import_id, subject_key) took a random text key per staged row and doubled the cost of staging
// and of the commit's clean-up (issue 14; docs/BENCHMARKS.md "Dataset import").
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('import_rows_import').execute();
  await db.schema.createIndex('import_rows_by_import').on('import_rows').columns(['import_id', 'row_no']).execute();
}
