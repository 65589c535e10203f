// SQL of the 居民公约's versions.
import type { Insertable, Kysely } from 'kysely';
import type { CovenantVersionTable, DB } from '../../db/types.js';

/** Every version of a community's covenant, newest first. */
export function covenantVersions(db: Kysely<DB>, community: string) {
  return db
    .selectFrom('covenant_versions')
    .selectAll()
    .where('community_code', '=', community)
    .orderBy('version', 'desc')
    .execute();
}

export async function latestCovenantVersion(db: Kysely<DB>, community: string): Promise<number> {
  const r = await db
    .selectFrom('covenant_versions')
    .select((eb) => eb.fn.max<number>('version').as('v'))
    .where('community_code', '=', community)
    .executeTakeFirst();
  return Number(r?.v ?? 0);
}

export async function insertCovenant(db: Kysely<DB>, values: Insertable<CovenantVersionTable>): Promise<void> {
  await db.insertInto('covenant_versions').values(values).execute();
}
