// SQL of the audit trail: the serialised append (the chain head row is locked for the whole
// transaction, so two appends can never both extend the same entry), pages for verification, and the
// entries that read one subject.
import { sql } from 'kysely';
import type { Database } from '../../db/database.js';
import { KEY_ROTATED, entryHash, rotatedTo, type ChainEntry } from './chain.js';

export type NewEntry = Omit<ChainEntry, 'id' | 'key_id'> & { subjectIdList: number[] };

/**
 * Appends one entry under the head's lock. `keyFor` gives the key for the head's key id (null before the
 * first keyed entry: the newest key); a rotation entry is made with the old key and hands over to the new.
 */
export async function append(
  database: Database,
  e: NewEntry,
  keyFor: (headKeyId: string | null) => { id: string; key: Buffer },
): Promise<{ id: number; hash: string; keyId: string }> {
  return database.transaction(async (trx) => {
    // On pg the row lock serialises writers across connections; SQLite has one writer already.
    const head =
      database.kind === 'postgres'
        ? (
            await sql<{
              last_id: number;
              last_hash: string;
              key_id: string | null;
            }>`select last_id, last_hash, key_id from audit_head where id = 1 for update`.execute(trx)
          ).rows[0]
        : await trx
            .selectFrom('audit_head')
            .select(['last_id', 'last_hash', 'key_id'])
            .where('id', '=', 1)
            .executeTakeFirst();
    if (!head) throw new Error('audit_head row missing');
    const id = Number(head.last_id) + 1;
    const { subjectIdList, ...fields } = e;
    const { id: keyId, key } = keyFor(head.key_id);
    const entry: ChainEntry = { id, ...fields, key_id: keyId };
    const hash = entryHash(key, head.last_hash, entry);
    await trx
      .insertInto('audit_log')
      .values({ ...entry, prev_hash: head.last_hash, hash })
      .execute();
    // One statement whatever the number of subjects, the ids as one parameter (a ledger reads hundreds:
    // building and compiling 500-row inserts cost more than writing the rows).
    if (subjectIdList.length > 0) {
      const ids =
        database.kind === 'postgres'
          ? sql`unnest(${subjectIdList}::int[])`
          : sql`value from json_each(${JSON.stringify(subjectIdList)})`;
      await sql`insert into audit_subjects (audit_id, district_code, subject_id)
        select ${id}, ${e.district_code}, ${ids}`.execute(trx);
    }
    const next = e.action === KEY_ROTATED ? rotatedTo(entry) : keyId;
    await trx
      .updateTable('audit_head')
      .set({ last_id: id, last_hash: hash, key_id: next })
      .where('id', '=', 1)
      .execute();
    return { id, hash, keyId: next };
  });
}

/** One stored entry (a checkpoint's anchor). */
export function entry(database: Database, id: number) {
  return database.db.selectFrom('audit_log').selectAll().where('id', '=', id).executeTakeFirst();
}

export function head(database: Database) {
  return database.db
    .selectFrom('audit_head')
    .select(['last_id', 'last_hash', 'key_id'])
    .where('id', '=', 1)
    .executeTakeFirstOrThrow();
}

export function page(database: Database, afterId: number, limit: number) {
  return database.db.selectFrom('audit_log').selectAll().where('id', '>', afterId).orderBy('id').limit(limit).execute();
}

/** Entries that read any of these subjects, newest first. */
export function entriesAbout(database: Database, subjectIds: number[], limit: number, actions?: readonly string[]) {
  if (subjectIds.length === 0 || actions?.length === 0) return Promise.resolve([]);
  return database.db
    .selectFrom('audit_log as a')
    .innerJoin('audit_subjects as s', 's.audit_id', 'a.id')
    .leftJoin('departments as d', 'd.code', 'a.department_code')
    .select([
      'a.id',
      'a.at',
      'a.role',
      'a.org_code',
      'a.department_code',
      'd.name as department_name',
      'a.action',
      'a.outcome',
      'a.purpose',
      'a.admission_number',
      'a.elements',
      'a.detail',
      's.subject_id',
    ])
    .where('s.subject_id', 'in', subjectIds)
    .$if(actions !== undefined, (q) => q.where('a.action', 'in', actions ?? []))
    .orderBy('a.id', 'desc')
    .limit(limit)
    .execute();
}

export interface AuditFilter {
  /** Code prefix of the jurisdiction the entries' data belongs to ('3401' a city, '340104' a district). */
  within?: string;
  outcome?: string;
  username?: string;
  action?: string;
  /** ISO instants, `from` inclusive and `to` exclusive. */
  from?: string;
  to?: string;
  /** Entries that read this subject (via audit_subjects). */
  subjectId?: number;
  offset: number;
  limit: number;
}

export function recent(database: Database, f: AuditFilter) {
  let q = database.db.selectFrom('audit_log');
  if (f.within) q = q.where('district_code', 'like', `${f.within}%`);
  if (f.outcome) q = q.where('outcome', '=', f.outcome);
  if (f.username) q = q.where('username', '=', f.username);
  if (f.action) q = q.where('action', '=', f.action);
  if (f.from) q = q.where('at', '>=', f.from);
  if (f.to) q = q.where('at', '<', f.to);
  if (f.subjectId !== undefined) {
    const subjectId = f.subjectId;
    q = q.where('id', 'in', (eb) =>
      eb.selectFrom('audit_subjects').select('audit_id').where('subject_id', '=', subjectId),
    );
  }
  return Promise.all([
    q.selectAll().orderBy('id', 'desc').offset(f.offset).limit(f.limit).execute(),
    q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
}
