// 居民服务 — certificates: the guide a jurisdiction publishes for each certificate on its lists (who may
// ask, materials, steps, time limit, contact), and residents' reports of a body that asked them for a
// certificate the community must not issue (evidence for the 减负办, counted per asking body); residents'
// online requests for allowed certificates, decided by the community, the issued PDF stored once.
import type { Kysely } from 'kysely';
import type { DatabaseKind } from '../../config.js';
import { autoId, autoIdType, blobType } from '../dialect.js';

export async function up(db: Kysely<any>, kind: DatabaseKind): Promise<void> {
  await db.schema
    .createTable('certificate_guides')
    // The jurisdiction whose catalogue lists the item (its code in that catalogue).
    .addColumn('jurisdiction_code', 'text', (c) => c.notNull())
    .addColumn('item_code', 'text', (c) => c.notNull())
    .addColumn('who_may_ask', 'text', (c) => c.notNull().defaultTo(''))
    // JSON arrays of strings.
    .addColumn('materials', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('steps', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('time_limit_days', 'integer')
    .addColumn('sample', 'text', (c) => c.notNull().defaultTo(''))
    // Where a resident turns instead (forbidden) or with questions (allowed): office, phone, hours.
    .addColumn('contact', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('updated_by', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('is_demo', 'integer', (c) => c.notNull().defaultTo(0))
    .addPrimaryKeyConstraint('certificate_guides_pk', ['jurisdiction_code', 'item_code'])
    .execute();
  await db.schema
    .createTable('forbidden_asks')
    .addColumn('id', autoIdType(kind), autoId(kind))
    .addColumn('district_code', 'text', (c) => c.notNull())
    .addColumn('community_code', 'text', (c) => c.notNull())
    .addColumn('jurisdiction_code', 'text', (c) => c.notNull())
    .addColumn('item_code', 'text', (c) => c.notNull())
    .addColumn('item_name', 'text', (c) => c.notNull())
    // department | bank | school | employer | hospital | other
    .addColumn('asker_kind', 'text', (c) => c.notNull())
    .addColumn('asker_name', 'text', (c) => c.notNull())
    .addColumn('asked_on', 'text', (c) => c.notNull())
    .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
    // The resident who reported it; never shown to the asking body or in the 减负办's counts.
    .addColumn('reported_by', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('is_demo', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema
    .createIndex('forbidden_asks_district')
    .on('forbidden_asks')
    .columns(['district_code', 'asked_on'])
    .execute();
  await db.schema
    .createTable('certificate_requests')
    .addColumn('id', autoIdType(kind), autoId(kind))
    .addColumn('district_code', 'text', (c) => c.notNull())
    .addColumn('community_code', 'text', (c) => c.notNull())
    .addColumn('jurisdiction_code', 'text', (c) => c.notNull())
    .addColumn('item_code', 'text', (c) => c.notNull())
    .addColumn('item_name', 'text', (c) => c.notNull())
    .addColumn('requester_id', 'integer', (c) => c.notNull())
    .addColumn('requester_name', 'text', (c) => c.notNull())
    // The resident's record in the hub, when her account is linked to one (the worker checks against it).
    .addColumn('subject_id', 'integer')
    .addColumn('purpose', 'text', (c) => c.notNull())
    // submitted | issued | declined
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('decided_by', 'text')
    .addColumn('decided_at', 'text')
    .addColumn('decision_note', 'text', (c) => c.notNull().defaultTo(''))
    // Issued: the code printed on the PDF and checked by anyone at /public/certificates/verify/:code.
    .addColumn('verify_code', 'text', (c) => c.unique())
    .addColumn('issued_on', 'text')
    .addColumn('valid_until', 'text')
    .addColumn('pdf', blobType(kind))
    .addColumn('is_demo', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema
    .createIndex('certificate_requests_community')
    .on('certificate_requests')
    .columns(['community_code', 'status'])
    .execute();
  await db.schema
    .createIndex('certificate_requests_requester')
    .on('certificate_requests')
    .columns(['requester_id'])
    .execute();
}
