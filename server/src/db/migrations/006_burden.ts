// Burden monitoring: one row per costed demand on a community per month (burden_events), monthly rollups
// per org level kept in step with the events, staff per community (capacity), per-jurisdiction settings
// (baseline month, annual cap, one in one out) and, on applications, the items they offer to retire.
import type { Kysely } from 'kysely';
import type { DatabaseKind } from '../../config.js';
import { autoId, autoIdType } from '../dialect.js';

export async function up(db: Kysely<any>, kind: DatabaseKind): Promise<void> {
  // Grows with the city: carries district_code for partitioning and no cross-district foreign keys (DESIGN §6).
  await db.schema
    .createTable('burden_events')
    .addColumn('id', autoIdType(kind), autoId(kind))
    .addColumn('district_code', 'text', (c) => c.notNull())
    .addColumn('community_code', 'text', (c) => c.notNull())
    .addColumn('month', 'text', (c) => c.notNull())
    .addColumn('source_kind', 'text', (c) => c.notNull())
    .addColumn('department_code', 'text', (c) => c.notNull())
    .addColumn('admission_number', 'text')
    .addColumn('object_kind', 'text', (c) => c.notNull())
    .addColumn('minutes', 'double precision', (c) => c.notNull())
    .addColumn('is_reestimate', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('source_ref', 'text', (c) => c.notNull())
    .addColumn('is_demo', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema
    .createIndex('burden_events_community')
    .on('burden_events')
    .columns(['community_code', 'month'])
    .execute();

  // Sums of burden_events per org (community, street, district, city) × month × department × kinds.
  await db.schema
    .createTable('burden_monthly')
    .addColumn('org_code', 'text', (c) => c.notNull())
    .addColumn('level', 'text', (c) => c.notNull())
    .addColumn('month', 'text', (c) => c.notNull())
    .addColumn('department_code', 'text', (c) => c.notNull())
    .addColumn('source_kind', 'text', (c) => c.notNull())
    .addColumn('object_kind', 'text', (c) => c.notNull())
    .addColumn('minutes', 'double precision', (c) => c.notNull())
    .addColumn('reestimate_minutes', 'double precision', (c) => c.notNull().defaultTo(0))
    .addColumn('events', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('burden_monthly_pk', [
      'org_code',
      'month',
      'department_code',
      'source_kind',
      'object_kind',
    ])
    .execute();
  await db.schema
    .createIndex('burden_monthly_level')
    .on('burden_monthly')
    .columns(['level', 'month', 'org_code'])
    .execute();

  // One row per org × month: what series, the level below and rankings read (a city has 1,773 communities).
  await db.schema
    .createTable('burden_org_monthly')
    .addColumn('org_code', 'text', (c) => c.notNull())
    .addColumn('level', 'text', (c) => c.notNull())
    .addColumn('month', 'text', (c) => c.notNull())
    .addColumn('minutes', 'double precision', (c) => c.notNull())
    .addColumn('reestimate_minutes', 'double precision', (c) => c.notNull().defaultTo(0))
    .addPrimaryKeyConstraint('burden_org_monthly_pk', ['org_code', 'month'])
    .execute();
  await db.schema
    .createIndex('burden_org_monthly_level')
    .on('burden_org_monthly')
    .columns(['level', 'org_code', 'month'])
    .execute();

  await db.schema
    .createTable('burden_capacity')
    .addColumn('community_code', 'text', (c) => c.primaryKey().references('orgs.code'))
    .addColumn('staff', 'integer', (c) => c.notNull())
    .addColumn('leave_days', 'double precision', (c) => c.notNull())
    .addColumn('updated_by', 'integer', (c) => c.references('users.id'))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('is_demo', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();

  await db.schema
    .createTable('burden_settings')
    .addColumn('jurisdiction_code', 'text', (c) => c.primaryKey().references('orgs.code'))
    .addColumn('baseline_month', 'text')
    .addColumn('annual_cap_hours', 'double precision')
    .addColumn('one_in_one_out', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('updated_by', 'integer', (c) => c.references('users.id'))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  // Admission ids an application offers to retire (budgets: one in, one out); retired on its approval.
  await db.schema
    .alterTable('admissions')
    .addColumn('retires', 'text', (c) => c.notNull().defaultTo('[]'))
    .execute();
}
