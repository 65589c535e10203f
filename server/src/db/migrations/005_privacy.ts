// 个人信息保护: the hash-chained audit trail of personal-data reads (and its chain head, the one row
// every append locks), access grants of departments to data elements, residents' accounts linked to
// their subject, and residents' correction requests.
import { sql, type Kysely } from 'kysely';
import type { DatabaseKind } from '../../config.js';
import { autoId, autoIdType } from '../dialect.js';

export async function up(db: Kysely<any>, kind: DatabaseKind): Promise<void> {
  // ids are assigned by the writer (head.last_id + 1) under the head's lock, so that the order of the
  // chain is the order of the ids and no sequence can leave gaps that look like deletions.
  await db.schema
    .createTable('audit_log')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('request_id', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('user_id', 'integer')
    .addColumn('username', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('role', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('org_code', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('department_code', 'text')
    .addColumn('district_code', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('outcome', 'text', (c) => c.notNull())
    .addColumn('subject_ids', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('subject_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('elements', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('purpose', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('admission_number', 'text')
    .addColumn('file_sha256', 'text')
    .addColumn('detail', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('prev_hash', 'text', (c) => c.notNull())
    .addColumn('hash', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('audit_log_district').on('audit_log').columns(['district_code', 'id']).execute();
  // Which subjects an entry read, so a resident's "who looked" is an index lookup.
  await db.schema
    .createTable('audit_subjects')
    .addColumn('audit_id', 'integer', (c) => c.notNull())
    .addColumn('subject_id', 'integer', (c) => c.notNull())
    .addColumn('district_code', 'text', (c) => c.notNull().defaultTo(''))
    .execute();
  await db.schema
    .createIndex('audit_subjects_subject')
    .on('audit_subjects')
    .columns(['subject_id', 'audit_id'])
    .execute();
  await db.schema
    .createTable('audit_head')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('last_id', 'integer', (c) => c.notNull())
    .addColumn('last_hash', 'text', (c) => c.notNull())
    .execute();
  await sql`insert into audit_head (id, last_id, last_hash) values (1, 0, ${'0'.repeat(64)})`.execute(db);

  await db.schema
    .createTable('access_grants')
    .addColumn('id', autoIdType(kind), autoId(kind))
    .addColumn('department_code', 'text', (c) => c.notNull().references('departments.code'))
    .addColumn('elements', 'text', (c) => c.notNull())
    .addColumn('purpose', 'text', (c) => c.notNull())
    .addColumn('admission_id', 'integer', (c) => c.notNull().references('admissions.id'))
    .addColumn('expires_on', 'text', (c) => c.notNull())
    .addColumn('granted_by', 'integer', (c) => c.references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('revoked_at', 'text')
    .addColumn('revoked_by', 'integer', (c) => c.references('users.id'))
    .addColumn('is_demo', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema.createIndex('access_grants_department').on('access_grants').columns(['department_code']).execute();

  await db.schema
    .createTable('resident_links')
    .addColumn('user_id', 'integer', (c) => c.primaryKey().references('users.id'))
    .addColumn('subject_id', 'integer', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('correction_requests')
    .addColumn('id', autoIdType(kind), autoId(kind))
    .addColumn('subject_id', 'integer', (c) => c.notNull())
    .addColumn('district_code', 'text', (c) => c.notNull())
    .addColumn('element_code', 'text', (c) => c.notNull())
    .addColumn('current_value', 'text')
    .addColumn('proposed_value', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('department_code', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('created_by', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('resolved_by', 'integer')
    .addColumn('resolved_at', 'text')
    .addColumn('resolution', 'text', (c) => c.notNull().defaultTo(''))
    .execute();
  await db.schema
    .createIndex('correction_requests_department')
    .on('correction_requests')
    .columns(['department_code', 'status'])
    .execute();
}
