// Staffing (定人定岗): standards per jurisdiction, versioned (a city or district sets them; lower levels
// inherit the nearest one above), and grid plans per community (proposed from the hub's households,
// adopted as a numbered version that replaces the community's grids).
import { sql, type Kysely } from 'kysely';
import type { DatabaseKind } from '../../config.js';
import { autoId, autoIdType } from '../dialect.js';

export async function up(db: Kysely<any>, kind: DatabaseKind): Promise<void> {
  await db.schema
    .createTable('staffing_standards')
    .addColumn('id', autoIdType(kind), autoId(kind))
    .addColumn('jurisdiction_code', 'text', (c) => c.notNull().references('orgs.code'))
    .addColumn('version', 'integer', (c) => c.notNull())
    // JSON of the whole standard (common/src/api/staffing.ts StaffingStandard), inherited values filled in.
    .addColumn('standard', 'text', (c) => c.notNull())
    .addColumn('created_by', 'integer', (c) => c.references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('staffing_standards_version', ['jurisdiction_code', 'version'])
    .execute();

  await db.schema
    .createTable('grid_plans')
    .addColumn('id', autoIdType(kind), autoId(kind))
    .addColumn('community_code', 'text', (c) => c.notNull().references('orgs.code'))
    .addColumn('households_per_grid', 'integer', (c) => c.notNull())
    // proposed → adopted → superseded (by the next adopted plan of the community).
    .addColumn('status', 'text', (c) => c.notNull())
    // Set on adoption: 1, 2, … per community.
    .addColumn('version', 'integer')
    .addColumn('households', 'integer', (c) => c.notNull())
    .addColumn('residents', 'integer', (c) => c.notNull())
    // JSON array of the grids: code, name, households, residents, care counts, buildings (in address order).
    .addColumn('grids', 'text', (c) => c.notNull())
    .addColumn('created_by', 'integer', (c) => c.references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('adopted_by', 'integer', (c) => c.references('users.id'))
    .addColumn('adopted_at', 'text')
    .execute();
  await db.schema.createIndex('grid_plans_community').on('grid_plans').columns(['community_code', 'id']).execute();
  // One adopted plan per community, even when two adoptions race (the second fails as a conflict).
  await db.schema
    .createIndex('grid_plans_one_adopted')
    .on('grid_plans')
    .column('community_code')
    .unique()
    .where(sql.ref('status'), '=', 'adopted')
    .execute();
}
