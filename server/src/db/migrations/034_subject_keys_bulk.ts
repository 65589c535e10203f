// PostgreSQL: a bulk insert of subjects may take their keys itself (issue 14 §1). The trigger that keeps a
// subject's (type, key) unique city-wide (migration 032) runs a PL/pgSQL call per row: an import of 100,000
// new residents spent most of its commit there. The import's commit now reserves the keys of all its new
// subjects in one statement (`insert into subject_keys … on conflict do nothing returning …`) and inserts
// exactly the subjects whose keys it got, with the ids it reserved, under `jianfu.subject_keys_taken = on`
// (set local to its transaction); only then does the trigger stand aside. Every other insert is unchanged.
// SQLite has a plain unique constraint: nothing to do.
import { sql, type Kysely } from 'kysely';
import type { DatabaseKind } from '../../config.js';

export async function up(db: Kysely<any>, kind: DatabaseKind): Promise<void> {
  if (kind !== 'postgres') return;
  await sql`drop trigger subjects_key_insert on subjects`.execute(db);
  await sql`
    create trigger subjects_key_insert before insert on subjects for each row
    when (current_setting('jianfu.subject_keys_taken', true) is distinct from 'on')
    execute function jianfu_subject_key_insert()`.execute(db);
}
