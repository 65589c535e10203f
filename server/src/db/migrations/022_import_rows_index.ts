// Staging of import rows, made cheaper (issue 14; docs/BENCHMARKS.md "Dataset import"):
// - staged rows are only ever read, and deleted, by import: index them by (import, row). The old index
//   (import_id, subject_key) took a random text key per staged row and doubled the cost of staging and
//   of the commit's clean-up;
// - on PostgreSQL the foreign key to dataset_imports ran a trigger per staged row (2–3× the cost of a
//   COPY into the table). Import records are never deleted and staged rows are always removed by the
//   code (commit, new dry run, dry run with errors, withdrawal), so the key guarded nothing. SQLite's
//   check is a cheap lookup and dropping it there would mean rebuilding the table: it stays.
import { sql, type Kysely } from 'kysely';
import type { DatabaseKind } from '../../config.js';

export async function up(db: Kysely<any>, kind: DatabaseKind): Promise<void> {
  await db.schema.dropIndex('import_rows_import').execute();
  await db.schema.createIndex('import_rows_by_import').on('import_rows').columns(['import_id', 'row_no']).execute();
  if (kind === 'postgres')
    await sql`alter table import_rows drop constraint if exists import_rows_import_id_fkey`.execute(db);
}
