// Key–value settings (demo steps done, calendar years entered by an admin, …).
import type { Kysely } from 'kysely';
import type { DB } from '../../db/types.js';

export async function getSetting(db: Kysely<DB>, key: string): Promise<string | null> {
  const r = await db.selectFrom('settings').select('value').where('key', '=', key).executeTakeFirst();
  return r?.value ?? null;
}

export async function setSetting(db: Kysely<DB>, key: string, value: string, now: string): Promise<void> {
  await db
    .insertInto('settings')
    .values({ key, value, updated_at: now })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value, updated_at: now }))
    .execute();
}
