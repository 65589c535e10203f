// 社会组织与政府购买服务 (issue 19): the registry of social organisations and the accounts that act for them,
// contracts by which a department or street buys a service under an admission number, their indicators,
// the activities an organisation records, the covered communities' monthly ratings and payment milestones.
import type { Kysely } from 'kysely';
import type { DatabaseKind } from '../../config.js';
import { autoId, autoIdType } from '../dialect.js';

export async function up(db: Kysely<any>, kind: DatabaseKind): Promise<void> {
  await db.schema
    .createTable('social_orgs')
    .addColumn('id', autoIdType(kind), autoId(kind))
    .addColumn('name', 'text', (c) => c.notNull())
    // 统一社会信用代码; a filed community group (备案社区社会组织) may have none.
    .addColumn('credit_code', 'text', (c) => c.unique())
    // social_group | social_service | foundation | community_filed
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('registered_with', 'text', (c) => c.notNull())
    // Where it works: the org (district, street or community) whose public list shows it.
    .addColumn('jurisdiction_code', 'text', (c) => c.notNull())
    .addColumn('grade', 'text')
    .addColumn('graded_on', 'text')
    // JSON array of service areas.
    .addColumn('service_areas', 'text', (c) => c.notNull())
    .addColumn('contact_name', 'text', (c) => c.notNull())
    .addColumn('contact_phone', 'text', (c) => c.notNull())
    .addColumn('created_by', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('is_demo', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema.createIndex('social_orgs_jurisdiction').on('social_orgs').columns(['jurisdiction_code']).execute();

  // A `social_org` account acts for exactly one organisation.
  await db.schema
    .createTable('social_org_accounts')
    .addColumn('user_id', 'integer', (c) => c.primaryKey())
    .addColumn('social_org_id', 'integer', (c) => c.notNull())
    .addColumn('linked_by', 'integer', (c) => c.notNull())
    .addColumn('linked_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('purchase_contracts')
    .addColumn('id', autoIdType(kind), autoId(kind))
    .addColumn('title', 'text', (c) => c.notNull())
    // The buyer: a department (department code) or a street (its org code).
    .addColumn('buyer_kind', 'text', (c) => c.notNull())
    .addColumn('buyer_code', 'text', (c) => c.notNull())
    .addColumn('buyer_org_code', 'text', (c) => c.notNull())
    .addColumn('district_code', 'text', (c) => c.notNull())
    .addColumn('admission_id', 'integer', (c) => c.notNull())
    .addColumn('admission_number', 'text', (c) => c.notNull())
    .addColumn('social_org_id', 'integer', (c) => c.notNull())
    .addColumn('start_date', 'text', (c) => c.notNull())
    .addColumn('end_date', 'text', (c) => c.notNull())
    .addColumn('budget_yuan', 'integer', (c) => c.notNull())
    // JSON array of community codes.
    .addColumn('communities', 'text', (c) => c.notNull())
    .addColumn('created_by', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('is_demo', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema
    .createIndex('purchase_contracts_district')
    .on('purchase_contracts')
    .columns(['district_code'])
    .execute();
  await db.schema.createIndex('purchase_contracts_org').on('purchase_contracts').columns(['social_org_id']).execute();

  await db.schema
    .createTable('contract_indicators')
    .addColumn('id', autoIdType(kind), autoId(kind))
    .addColumn('contract_id', 'integer', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('activity_kind', 'text', (c) => c.notNull())
    // per_beneficiary_year | total
    .addColumn('basis', 'text', (c) => c.notNull())
    .addColumn('target', 'integer', (c) => c.notNull())
    .addColumn('beneficiaries', 'integer')
    .execute();
  await db.schema
    .createIndex('contract_indicators_contract')
    .on('contract_indicators')
    .columns(['contract_id'])
    .execute();

  await db.schema
    .createTable('contract_activities')
    .addColumn('id', autoIdType(kind), autoId(kind))
    .addColumn('contract_id', 'integer', (c) => c.notNull())
    .addColumn('district_code', 'text', (c) => c.notNull())
    .addColumn('community_code', 'text', (c) => c.notNull())
    .addColumn('held_on', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('participants', 'integer', (c) => c.notNull())
    .addColumn('beneficiaries', 'integer', (c) => c.notNull())
    .addColumn('note', 'text', (c) => c.notNull())
    .addColumn('recorded_by', 'integer', (c) => c.notNull())
    .addColumn('recorded_at', 'text', (c) => c.notNull())
    .addColumn('is_demo', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema
    .createIndex('contract_activities_contract')
    .on('contract_activities')
    .columns(['contract_id', 'held_on'])
    .execute();

  await db.schema
    .createTable('contract_ratings')
    .addColumn('id', autoIdType(kind), autoId(kind))
    .addColumn('contract_id', 'integer', (c) => c.notNull())
    .addColumn('community_code', 'text', (c) => c.notNull())
    .addColumn('month', 'text', (c) => c.notNull())
    .addColumn('score', 'integer', (c) => c.notNull())
    .addColumn('comment', 'text', (c) => c.notNull())
    .addColumn('rated_by', 'integer', (c) => c.notNull())
    .addColumn('rated_at', 'text', (c) => c.notNull())
    .addColumn('is_demo', 'integer', (c) => c.notNull().defaultTo(0))
    .addUniqueConstraint('contract_ratings_once', ['contract_id', 'community_code', 'month'])
    .execute();

  await db.schema
    .createTable('contract_milestones')
    .addColumn('id', autoIdType(kind), autoId(kind))
    .addColumn('contract_id', 'integer', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('due_date', 'text', (c) => c.notNull())
    .addColumn('amount_yuan', 'integer', (c) => c.notNull())
    .addColumn('accepted_at', 'text')
    .addColumn('accepted_by', 'integer')
    .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
    .execute();
  await db.schema
    .createIndex('contract_milestones_contract')
    .on('contract_milestones')
    .columns(['contract_id'])
    .execute();
}
