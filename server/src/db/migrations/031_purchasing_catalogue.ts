// 政府购买服务, part B (issue 19): a jurisdiction's 指导性目录 of what may be bought (an admission may name an
// item of it and a budget as its funding), residents' ratings of a service, the buyer's closing evaluation of a
// contract, and the organisation's monthly reports (their numbers computed from the activities).
import type { Kysely } from 'kysely';
import type { DatabaseKind } from '../../config.js';
import { autoId, autoIdType } from '../dialect.js';

export async function up(db: Kysely<any>, kind: DatabaseKind): Promise<void> {
  await db.schema
    .createTable('purchase_catalogue_items')
    .addColumn('id', autoIdType(kind), autoId(kind))
    .addColumn('jurisdiction_code', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('service_area', 'text')
    // The code of the matching item of the jurisdiction's published 社区工作事项清单, when one matches.
    .addColumn('catalogue_code', 'text')
    .addColumn('created_by', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    // Withdrawn from the 目录 (kept: admissions that named it still point at it).
    .addColumn('withdrawn_at', 'text')
    .addColumn('is_demo', 'integer', (c) => c.notNull().defaultTo(0))
    .addUniqueConstraint('purchase_catalogue_items_name', ['jurisdiction_code', 'name'])
    .execute();

  // "Delivered by purchased service": the 目录 item and the budget (yuan) the applying department sets aside.
  await db.schema.alterTable('admissions').addColumn('purchased_item_id', 'integer').execute();
  await db.schema.alterTable('admissions').addColumn('purchased_budget_yuan', 'integer').execute();

  await db.schema
    .createTable('resident_service_ratings')
    .addColumn('id', autoIdType(kind), autoId(kind))
    .addColumn('contract_id', 'integer', (c) => c.notNull())
    .addColumn('user_id', 'integer', (c) => c.notNull())
    .addColumn('community_code', 'text', (c) => c.notNull())
    .addColumn('score', 'integer', (c) => c.notNull())
    .addColumn('comment', 'text', (c) => c.notNull())
    .addColumn('rated_at', 'text', (c) => c.notNull())
    .addColumn('is_demo', 'integer', (c) => c.notNull().defaultTo(0))
    // One rating per resident per contract period.
    .addUniqueConstraint('resident_service_ratings_once', ['contract_id', 'user_id'])
    .execute();

  await db.schema
    .createTable('contract_evaluations')
    .addColumn('contract_id', 'integer', (c) => c.primaryKey())
    .addColumn('score', 'integer', (c) => c.notNull())
    .addColumn('grade', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('evaluated_by', 'integer', (c) => c.notNull())
    .addColumn('evaluated_at', 'text', (c) => c.notNull())
    .addColumn('is_demo', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();

  await db.schema
    .createTable('contract_reports')
    .addColumn('id', autoIdType(kind), autoId(kind))
    .addColumn('contract_id', 'integer', (c) => c.notNull())
    .addColumn('month', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    // JSON: the month's numbers as computed from the activities when the report was filed.
    .addColumn('numbers', 'text', (c) => c.notNull())
    .addColumn('submitted_by', 'integer', (c) => c.notNull())
    .addColumn('submitted_at', 'text', (c) => c.notNull())
    .addColumn('is_demo', 'integer', (c) => c.notNull().defaultTo(0))
    .addUniqueConstraint('contract_reports_month', ['contract_id', 'month'])
    .execute();
}
