// The roster (花名册) of community workers: one row per person in a community's post, with grade,
// social-work certificate and dates; ended rows stay (left_on) so the history is kept. No phone or ID
// number is stored: the staffing table needs neither.
import type { Kysely } from 'kysely';
import type { DatabaseKind } from '../../config.js';
import { autoId, autoIdType } from '../dialect.js';

export async function up(db: Kysely<any>, kind: DatabaseKind): Promise<void> {
  await db.schema
    .createTable('staff_roster')
    .addColumn('id', autoIdType(kind), autoId(kind))
    .addColumn('community_code', 'text', (c) => c.notNull())
    .addColumn('district_code', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    // secretary | director | member | full_time | grid_worker (书记, 主任, 委员, 专职社区工作者, 网格员).
    .addColumn('post', 'text', (c) => c.notNull())
    // 三岗十八级: post level 1–3 and grade 1–18, unknown when null.
    .addColumn('post_level', 'integer')
    .addColumn('grade', 'integer')
    // none | assistant | social_worker | senior (社工证).
    .addColumn('certificate', 'text', (c) => c.notNull())
    .addColumn('hired_on', 'text', (c) => c.notNull())
    .addColumn('left_on', 'text')
    .addColumn('grid_code', 'text')
    .addColumn('updated_by', 'integer', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('is_demo', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema
    .createIndex('staff_roster_community')
    .on('staff_roster')
    .columns(['community_code', 'left_on'])
    .execute();
  await db.schema.createIndex('staff_roster_district').on('staff_roster').columns(['district_code']).execute();
}
