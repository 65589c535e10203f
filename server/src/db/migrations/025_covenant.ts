// 居民公约 (issue 18): a community's residents' covenant as a versioned public document — every version kept,
// the newest in force. (The rules of procedure, 议事规则, are versioned since 020 in deliberation_rules.)
import type { Kysely } from 'kysely';
import type { DatabaseKind } from '../../config.js';
import { autoId, autoIdType } from '../dialect.js';

export async function up(db: Kysely<any>, kind: DatabaseKind): Promise<void> {
  await db.schema
    .createTable('covenant_versions')
    .addColumn('id', autoIdType(kind), autoId(kind))
    .addColumn('community_code', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    // Why this version (which meeting adopted it, what changed).
    .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('adopted_by', 'integer', (c) => c.notNull())
    .addColumn('adopted_at', 'text', (c) => c.notNull())
    .addColumn('is_demo', 'integer', (c) => c.notNull().defaultTo(0))
    .addUniqueConstraint('covenant_versions_version', ['community_code', 'version'])
    .execute();
}
