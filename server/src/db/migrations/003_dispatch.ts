// Dispatch of admitted work to communities, attachments, the register of informal demands, the
// inspection plan and the registry of apps and work groups.
import type { Kysely } from 'kysely';
import type { DatabaseKind } from '../../config.js';
import { autoId, autoIdType, blobType } from '../dialect.js';

export async function up(db: Kysely<any>, kind: DatabaseKind): Promise<void> {
  await db.schema
    .createTable('dispatches')
    .addColumn('id', autoIdType(kind), autoId(kind))
    .addColumn('admission_id', 'integer', (c) => c.notNull().references('admissions.id'))
    .addColumn('department_code', 'text', (c) => c.notNull().references('departments.code'))
    .addColumn('jurisdiction_code', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('instructions', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('due_date', 'text', (c) => c.notNull())
    .addColumn('created_by', 'integer', (c) => c.references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('is_demo', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema.createIndex('dispatches_department').on('dispatches').columns(['department_code', 'id']).execute();

  // One row per community a dispatch reaches; carries district_code for partitioning (DESIGN §6).
  await db.schema
    .createTable('dispatch_items')
    .addColumn('id', autoIdType(kind), autoId(kind))
    .addColumn('dispatch_id', 'integer', (c) => c.notNull().references('dispatches.id').onDelete('cascade'))
    .addColumn('community_code', 'text', (c) => c.notNull().references('orgs.code'))
    .addColumn('district_code', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('acknowledged_at', 'text')
    .addColumn('started_at', 'text')
    .addColumn('completed_at', 'text')
    .addColumn('completion_note', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('refused_at', 'text')
    .addColumn('refusal_reason', 'text')
    .addColumn('refusal_text', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('updated_by', 'integer', (c) => c.references('users.id'))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('dispatch_items_target', ['dispatch_id', 'community_code'])
    .execute();
  await db.schema
    .createIndex('dispatch_items_inbox')
    .on('dispatch_items')
    .columns(['community_code', 'status'])
    .execute();

  await db.schema
    .createTable('attachments')
    .addColumn('id', autoIdType(kind), autoId(kind))
    .addColumn('owner_type', 'text', (c) => c.notNull())
    .addColumn('owner_id', 'integer', (c) => c.notNull())
    .addColumn('filename', 'text', (c) => c.notNull())
    .addColumn('content_type', 'text', (c) => c.notNull())
    .addColumn('size', 'integer', (c) => c.notNull())
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('data', blobType(kind), (c) => c.notNull())
    .addColumn('uploaded_by', 'integer', (c) => c.references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('attachments_owner').on('attachments').columns(['owner_type', 'owner_id']).execute();

  await db.schema
    .createTable('informal_demands')
    .addColumn('id', autoIdType(kind), autoId(kind))
    .addColumn('community_code', 'text', (c) => c.notNull().references('orgs.code'))
    .addColumn('district_code', 'text', (c) => c.notNull())
    .addColumn('reporter_id', 'integer', (c) => c.notNull().references('users.id'))
    .addColumn('anonymous', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('department_code', 'text', (c) => c.notNull().references('departments.code'))
    .addColumn('occurred_on', 'text', (c) => c.notNull())
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('content', 'text', (c) => c.notNull())
    .addColumn('estimated_minutes', 'double precision', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('review_note', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('reviewed_by', 'integer', (c) => c.references('users.id'))
    .addColumn('reviewed_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('is_demo', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema
    .createIndex('informal_demands_department')
    .on('informal_demands')
    .columns(['department_code', 'occurred_on'])
    .execute();

  // Who looked behind an anonymous report, and why.
  await db.schema
    .createTable('informal_demand_reveals')
    .addColumn('id', autoIdType(kind), autoId(kind))
    .addColumn('demand_id', 'integer', (c) => c.notNull().references('informal_demands.id'))
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id'))
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('inspections')
    .addColumn('id', autoIdType(kind), autoId(kind))
    .addColumn('district_code', 'text', (c) => c.notNull().references('orgs.code'))
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('admission_id', 'integer', (c) => c.notNull().references('admissions.id'))
    .addColumn('department_code', 'text', (c) => c.notNull().references('departments.code'))
    .addColumn('topic', 'text', (c) => c.notNull())
    .addColumn('start_date', 'text', (c) => c.notNull())
    .addColumn('end_date', 'text', (c) => c.notNull())
    .addColumn('hours_per_community', 'double precision', (c) => c.notNull())
    .addColumn('records_ref', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('created_by', 'integer', (c) => c.references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('is_demo', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema
    .createTable('inspection_visits')
    .addColumn('inspection_id', 'integer', (c) => c.notNull().references('inspections.id').onDelete('cascade'))
    .addColumn('community_code', 'text', (c) => c.notNull().references('orgs.code'))
    .addPrimaryKeyConstraint('inspection_visits_pk', ['inspection_id', 'community_code'])
    .execute();
  await db.schema.createIndex('inspection_visits_community').on('inspection_visits').column('community_code').execute();

  await db.schema
    .createTable('apps')
    .addColumn('id', autoIdType(kind), autoId(kind))
    .addColumn('district_code', 'text', (c) => c.notNull().references('orgs.code'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('department_code', 'text', (c) => c.notNull().references('departments.code'))
    .addColumn('admission_id', 'integer', (c) => c.references('admissions.id'))
    .addColumn('purpose', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('minutes_per_day', 'double precision', (c) => c.notNull())
    .addColumn('expiry_date', 'text', (c) => c.notNull())
    .addColumn('features', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('last_used_on', 'text', (c) => c.notNull())
    .addColumn('exited_at', 'text')
    .addColumn('exit_reason', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('created_by', 'integer', (c) => c.references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('is_demo', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema
    .createTable('app_communities')
    .addColumn('app_id', 'integer', (c) => c.notNull().references('apps.id').onDelete('cascade'))
    .addColumn('community_code', 'text', (c) => c.notNull().references('orgs.code'))
    .addPrimaryKeyConstraint('app_communities_pk', ['app_id', 'community_code'])
    .execute();
  await db.schema.createIndex('app_communities_community').on('app_communities').column('community_code').execute();
}
