// The authoritative source (权威来源) of a data element as stewards set it (issue 13 §1): each change is a
// row (who, when, why), the latest per element is in force over the standard dictionary's default. A
// community is asked only for elements whose source is the community, or where the owner granted it a
// collection role (community_collects) for a stated reason.
import type { Kysely } from 'kysely';
import type { DatabaseKind } from '../../config.js';
import { autoId, autoIdType } from '../dialect.js';

export async function up(db: Kysely<any>, kind: DatabaseKind): Promise<void> {
  await db.schema
    .createTable('element_source_changes')
    .addColumn('id', autoIdType(kind), autoId(kind))
    .addColumn('element_code', 'text', (c) => c.notNull())
    // A department kind (minzheng, gongan …) or 'community'.
    .addColumn('source_kind', 'text', (c) => c.notNull())
    .addColumn('community_collects', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('changed_by', 'integer', (c) => c.notNull())
    .addColumn('changed_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('element_source_changes_element')
    .on('element_source_changes')
    .columns(['element_code', 'id'])
    .execute();
}
