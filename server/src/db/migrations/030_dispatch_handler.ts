// 政府购买服务 (issue 19): a dispatch under an admitted item that a contract covers for a community goes to the
// contracted social organisation instead of the community's inbox — the item records who handles it (the
// organisation and the contract); null: the community itself, as before.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('dispatch_items').addColumn('handler_org_id', 'integer').execute();
  await db.schema.alterTable('dispatch_items').addColumn('handler_contract_id', 'integer').execute();
  await db.schema
    .createIndex('dispatch_items_handler')
    .on('dispatch_items')
    .columns(['handler_org_id', 'status'])
    .execute();
}
