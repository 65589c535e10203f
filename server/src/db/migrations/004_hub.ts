// The data hub (一表通): the dictionary of data elements and code lists, subjects (residents,
// households, houses, organisations), facts with provenance, department datasets and their imports,
// and the forms/ledgers defined over the elements.
import type { Kysely } from 'kysely';
import type { DatabaseKind } from '../../config.js';
import { autoId, autoIdType } from '../dialect.js';

export async function up(db: Kysely<any>, kind: DatabaseKind): Promise<void> {
  await db.schema
    .createTable('code_lists')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('standard', 'text', (c) => c.notNull().defaultTo(''))
    .execute();
  await db.schema
    .createTable('code_list_items')
    .addColumn('list_id', 'text', (c) => c.notNull().references('code_lists.id').onDelete('cascade'))
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('synonyms', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('sort', 'integer', (c) => c.notNull().defaultTo(0))
    .addPrimaryKeyConstraint('code_list_items_pk', ['list_id', 'code'])
    .execute();

  await db.schema
    .createTable('data_elements')
    .addColumn('code', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull().unique())
    .addColumn('synonyms', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('code_list', 'text', (c) => c.references('code_lists.id'))
    .addColumn('validation', 'text')
    .addColumn('sensitivity', 'text', (c) => c.notNull())
    .addColumn('owner_department_kind', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('sort', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();

  // Large tables carry district_code for partitioning by district (DESIGN §6); no cross-district FKs.
  await db.schema
    .createTable('subjects')
    .addColumn('id', autoIdType(kind), autoId(kind))
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('district_code', 'text', (c) => c.notNull())
    .addColumn('community_code', 'text', (c) => c.notNull())
    .addColumn('grid_code', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('is_demo', 'integer', (c) => c.notNull().defaultTo(0))
    .addUniqueConstraint('subjects_key', ['type', 'key'])
    .execute();
  await db.schema.createIndex('subjects_community').on('subjects').columns(['community_code', 'type', 'id']).execute();

  await db.schema
    .createTable('datasets')
    .addColumn('id', autoIdType(kind), autoId(kind))
    .addColumn('code', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('department_code', 'text', (c) => c.notNull().references('departments.code'))
    .addColumn('subject_type', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('withdrawn_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('is_demo', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();

  await db.schema
    .createTable('dataset_imports')
    .addColumn('id', autoIdType(kind), autoId(kind))
    .addColumn('dataset_id', 'integer', (c) => c.notNull().references('datasets.id'))
    .addColumn('filename', 'text', (c) => c.notNull())
    .addColumn('file_path', 'text', (c) => c.notNull())
    .addColumn('file_sha256', 'text', (c) => c.notNull())
    .addColumn('file_size', 'integer', (c) => c.notNull())
    .addColumn('format', 'text', (c) => c.notNull())
    .addColumn('encoding', 'text', (c) => c.notNull())
    .addColumn('columns', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('mapping', 'text', (c) => c.notNull().defaultTo('{}'))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('rows_total', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('rows_error', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('rows_written', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('rows_unchanged', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('progress', 'double precision', (c) => c.notNull().defaultTo(0))
    .addColumn('message', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('created_by', 'integer', (c) => c.references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('finished_at', 'text')
    .execute();

  await db.schema
    .createTable('import_errors')
    .addColumn('import_id', 'integer', (c) => c.notNull().references('dataset_imports.id').onDelete('cascade'))
    .addColumn('row_no', 'integer', (c) => c.notNull())
    .addColumn('column_name', 'text', (c) => c.notNull())
    .addColumn('value', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('import_errors_import').on('import_errors').columns(['import_id', 'row_no']).execute();

  // Rows of an import that passed validation, waiting for the commit (which moves them into facts in
  // one set-based transaction, so that a commit is all or nothing however large the file).
  await db.schema
    .createTable('import_rows')
    .addColumn('import_id', 'integer', (c) => c.notNull().references('dataset_imports.id').onDelete('cascade'))
    .addColumn('row_no', 'integer', (c) => c.notNull())
    .addColumn('subject_key', 'text', (c) => c.notNull())
    .addColumn('subject_name', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('community_code', 'text')
    .addColumn('row_hash', 'text', (c) => c.notNull())
    .addColumn('data', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('import_rows_import').on('import_rows').columns(['import_id', 'subject_key']).execute();

  // A fact record: values of some elements about one subject from one source at one time. Each
  // (element, value) in `values` is a fact; history is every record, never overwritten.
  await db.schema
    .createTable('facts')
    .addColumn('id', autoIdType(kind), autoId(kind))
    .addColumn('subject_id', 'integer', (c) => c.notNull())
    .addColumn('district_code', 'text', (c) => c.notNull())
    .addColumn('community_code', 'text', (c) => c.notNull())
    .addColumn('source_kind', 'text', (c) => c.notNull())
    .addColumn('dataset_id', 'integer')
    .addColumn('import_id', 'integer')
    .addColumn('collector_id', 'integer')
    .addColumn('observed_at', 'text', (c) => c.notNull())
    .addColumn('row_hash', 'text', (c) => c.notNull())
    .addColumn('data', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('facts_subject').on('facts').columns(['subject_id', 'id']).execute();
  await db.schema.createIndex('facts_community').on('facts').columns(['community_code']).execute();
  await db.schema.createIndex('facts_dataset').on('facts').columns(['dataset_id', 'subject_id']).execute();

  await db.schema
    .createTable('forms')
    .addColumn('id', autoIdType(kind), autoId(kind))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('department_code', 'text', (c) => c.notNull().references('departments.code'))
    .addColumn('subject_type', 'text', (c) => c.notNull())
    .addColumn('admission_id', 'integer', (c) => c.references('admissions.id'))
    .addColumn('filter', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('created_by', 'integer', (c) => c.references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('is_demo', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema
    .createTable('form_columns')
    .addColumn('form_id', 'integer', (c) => c.notNull().references('forms.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('label', 'text', (c) => c.notNull())
    .addColumn('element_code', 'text', (c) => c.references('data_elements.code'))
    .addPrimaryKeyConstraint('form_columns_pk', ['form_id', 'position'])
    .execute();
}
