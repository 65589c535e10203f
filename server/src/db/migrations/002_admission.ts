// The catalogue of community work items, admission applications with their history, and the holiday
// schedules an admin enters for years the chinese-days package does not know yet.
import type { Kysely } from 'kysely';
import type { DatabaseKind } from '../../config.js';
import { autoId, autoIdType } from '../dialect.js';

export async function up(db: Kysely<any>, kind: DatabaseKind): Promise<void> {
  await db.schema
    .createTable('catalogue_versions')
    .addColumn('id', autoIdType(kind), autoId(kind))
    .addColumn('jurisdiction_code', 'text', (c) => c.notNull().references('orgs.code'))
    .addColumn('version_no', 'integer', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('effective_from', 'text', (c) => c.notNull())
    .addColumn('published_at', 'text')
    .addColumn('published_by', 'integer', (c) => c.references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('is_demo', 'integer', (c) => c.notNull().defaultTo(0))
    .addUniqueConstraint('catalogue_versions_no', ['jurisdiction_code', 'version_no'])
    .execute();

  await db.schema
    .createTable('catalogue_items')
    .addColumn('id', autoIdType(kind), autoId(kind))
    .addColumn('version_id', 'integer', (c) => c.notNull().references('catalogue_versions.id').onDelete('cascade'))
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('list_type', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('legal_basis', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('department_kind', 'text')
    .addColumn('object_kind', 'text', (c) => c.notNull())
    .addColumn('frequency', 'text', (c) => c.notNull())
    .addColumn('occurrences_per_year', 'double precision')
    .addColumn('standard_minutes', 'double precision', (c) => c.notNull().defaultTo(0))
    .addColumn('effective_from', 'text')
    .addColumn('effective_to', 'text')
    .addUniqueConstraint('catalogue_items_code', ['version_id', 'code'])
    .execute();

  await db.schema
    .createTable('admissions')
    .addColumn('id', autoIdType(kind), autoId(kind))
    .addColumn('jurisdiction_code', 'text', (c) => c.notNull().references('orgs.code'))
    .addColumn('department_code', 'text', (c) => c.notNull().references('departments.code'))
    .addColumn('applicant_id', 'integer', (c) => c.references('users.id'))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('list_type', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('legal_basis', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('scope_type', 'text', (c) => c.notNull())
    .addColumn('scope_codes', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('community_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('frequency', 'text', (c) => c.notNull())
    .addColumn('occurrences_per_year', 'double precision')
    .addColumn('minutes_per_occurrence', 'double precision')
    .addColumn('ledger_fields', 'integer')
    .addColumn('ledger_rows', 'integer')
    .addColumn('funds_yuan', 'double precision', (c) => c.notNull().defaultTo(0))
    .addColumn('resource_staff', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('resource_training', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('resource_equipment', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('assessment', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('start_date', 'text', (c) => c.notNull())
    .addColumn('expiry_date', 'text', (c) => c.notNull())
    .addColumn('emergency', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('emergency_reason', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('hours_per_community_year', 'double precision', (c) => c.notNull().defaultTo(0))
    .addColumn('total_hours_year', 'double precision', (c) => c.notNull().defaultTo(0))
    .addColumn('prechecks', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('override_reason', 'text')
    .addColumn('number', 'text', (c) => c.unique())
    .addColumn('code', 'text', (c) => c.unique())
    .addColumn('submitted_at', 'text')
    .addColumn('review_due_date', 'text')
    .addColumn('consultation_codes', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('consultation_due_date', 'text')
    .addColumn('decided_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('is_demo', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema
    .createIndex('admissions_jurisdiction_status')
    .on('admissions')
    .columns(['jurisdiction_code', 'status'])
    .execute();
  await db.schema
    .createIndex('admissions_department')
    .on('admissions')
    .columns(['department_code', 'status'])
    .execute();

  await db.schema
    .createTable('admission_events')
    .addColumn('id', autoIdType(kind), autoId(kind))
    .addColumn('admission_id', 'integer', (c) => c.notNull().references('admissions.id').onDelete('cascade'))
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('actor_id', 'integer', (c) => c.references('users.id'))
    .addColumn('actor_name', 'text', (c) => c.notNull())
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('from_status', 'text')
    .addColumn('to_status', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('tag', 'text')
    .addColumn('changes', 'text', (c) => c.notNull().defaultTo('{}'))
    .execute();
  await db.schema
    .createIndex('admission_events_admission')
    .on('admission_events')
    .columns(['admission_id', 'id'])
    .execute();

  await db.schema
    .createTable('admission_comments')
    .addColumn('id', autoIdType(kind), autoId(kind))
    .addColumn('admission_id', 'integer', (c) => c.notNull().references('admissions.id').onDelete('cascade'))
    .addColumn('community_code', 'text', (c) => c.notNull().references('orgs.code'))
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id'))
    .addColumn('stance', 'text', (c) => c.notNull())
    .addColumn('comment', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('admission_signoffs')
    .addColumn('admission_id', 'integer', (c) => c.notNull().references('admissions.id').onDelete('cascade'))
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id'))
    .addColumn('at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('admission_signoffs_pk', ['admission_id', 'user_id'])
    .execute();

  await db.schema
    .createTable('admission_sequences')
    .addColumn('jurisdiction_code', 'text', (c) => c.notNull())
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('last_no', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('admission_sequences_pk', ['jurisdiction_code', 'year'])
    .execute();

  await db.schema
    .createTable('calendar_years')
    .addColumn('year', 'integer', (c) => c.primaryKey())
    .addColumn('holidays', 'text', (c) => c.notNull())
    .addColumn('workdays', 'text', (c) => c.notNull())
    .addColumn('entered_by', 'integer', (c) => c.references('users.id'))
    .addColumn('entered_at', 'text', (c) => c.notNull())
    .execute();
}
