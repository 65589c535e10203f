// Staffing, second step: official statistics a data steward enters for a community the hub has no
// population for (residents, households, their source and date — one row per entry, the latest counts),
// and the roster's link from a person in post to her account (so a grid worker sees her own grid).
import type { Kysely } from 'kysely';
import type { DatabaseKind } from '../../config.js';
import { autoId, autoIdType } from '../dialect.js';

export async function up(db: Kysely<any>, kind: DatabaseKind): Promise<void> {
  await db.schema
    .createTable('community_statistics')
    .addColumn('id', autoIdType(kind), autoId(kind))
    .addColumn('community_code', 'text', (c) => c.notNull().references('orgs.code'))
    .addColumn('district_code', 'text', (c) => c.notNull())
    .addColumn('residents', 'integer', (c) => c.notNull())
    .addColumn('households', 'integer', (c) => c.notNull())
    // Where the figures come from (e.g. 第七次全国人口普查, 区统计局2025年年报) and the date they refer to.
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('as_of', 'text', (c) => c.notNull())
    .addColumn('entered_by', 'integer', (c) => c.notNull().references('users.id'))
    .addColumn('entered_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('community_statistics_community')
    .on('community_statistics')
    .columns(['community_code', 'id'])
    .execute();

  await db.schema
    .alterTable('staff_roster')
    .addColumn('user_id', 'integer', (c) => c.references('users.id'))
    .execute();
  await db.schema.createIndex('staff_roster_user').on('staff_roster').column('user_id').execute();
}
