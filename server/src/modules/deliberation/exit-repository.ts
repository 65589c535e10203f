// SQL for exit requests (群众不认可→退出): a community's decided topic sent to the 减负办.
import type { Insertable, Kysely, Updateable } from 'kysely';
import type { DB, ExitRequestTable } from '../../db/types.js';

export async function insertExitRequest(db: Kysely<DB>, values: Insertable<ExitRequestTable>): Promise<number> {
  const r = await db.insertInto('exit_requests').values(values).returning('id').executeTakeFirstOrThrow();
  return Number(r.id);
}

export function findExitRequest(db: Kysely<DB>, id: number) {
  return db.selectFrom('exit_requests').selectAll().where('id', '=', id).executeTakeFirst();
}

export function exitRequestOfTopic(db: Kysely<DB>, topicId: number) {
  return db.selectFrom('exit_requests').selectAll().where('topic_id', '=', topicId).executeTakeFirst();
}

/** Requests on admissions whose jurisdiction lies within an org (a reviewer's), open ones first. */
export function exitRequestsWithin(db: Kysely<DB>, org: string) {
  return db
    .selectFrom('exit_requests')
    .selectAll()
    .where('jurisdiction_code', 'like', `${org}%`)
    .orderBy('sent_at', 'desc')
    .orderBy('id', 'desc')
    .execute();
}

export function exitRequestsOfAdmission(db: Kysely<DB>, admissionId: number) {
  return db
    .selectFrom('exit_requests')
    .selectAll()
    .where('admission_id', '=', admissionId)
    .orderBy('sent_at', 'asc')
    .execute();
}

/** Moves a request on only from the statuses given (two reviewers at once: one wins). */
export async function decideExitRequest(
  db: Kysely<DB>,
  id: number,
  from: string[],
  patch: Updateable<ExitRequestTable>,
): Promise<boolean> {
  const r = await db
    .updateTable('exit_requests')
    .set(patch)
    .where('id', '=', id)
    .where('status', 'in', from)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}
