// SQL of 居民议事协商: rules versions, topics, supports, comments, meetings, voters and ballots, actions.
import type { Insertable, Kysely, Updateable } from 'kysely';
import type {
  DB,
  DeliberationRulesTable,
  MeetingTable,
  TopicActionTable,
  TopicCommentTable,
  TopicTable,
} from '../../db/types.js';

export function currentRules(db: Kysely<DB>, community: string) {
  return db
    .selectFrom('deliberation_rules')
    .selectAll()
    .where('community_code', '=', community)
    .orderBy('version', 'desc')
    .limit(1)
    .executeTakeFirst();
}

/** Every adopted version of a community's rules, newest first. */
export function rulesHistory(db: Kysely<DB>, community: string) {
  return db
    .selectFrom('deliberation_rules')
    .selectAll()
    .where('community_code', '=', community)
    .orderBy('version', 'desc')
    .execute();
}

export function rulesById(db: Kysely<DB>, id: number) {
  return db.selectFrom('deliberation_rules').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function insertRules(db: Kysely<DB>, values: Insertable<DeliberationRulesTable>): Promise<number> {
  const r = await db.insertInto('deliberation_rules').values(values).returning('id').executeTakeFirstOrThrow();
  return Number(r.id);
}

export async function insertTopic(db: Kysely<DB>, values: Insertable<TopicTable>): Promise<number> {
  const r = await db.insertInto('topics').values(values).returning('id').executeTakeFirstOrThrow();
  return Number(r.id);
}

export function findTopic(db: Kysely<DB>, id: number) {
  return db.selectFrom('topics').selectAll().where('id', '=', id).executeTakeFirst();
}

export function topicsOf(db: Kysely<DB>, community: string, status?: string) {
  let q = db.selectFrom('topics').selectAll().where('community_code', '=', community);
  if (status) q = q.where('status', '=', status);
  return q.orderBy('updated_at', 'desc').orderBy('id', 'desc').execute();
}

/** Moves a topic on only from the status the caller saw (a concurrent step makes this a no-op). */
export async function updateTopic(
  db: Kysely<DB>,
  id: number,
  fromStatus: readonly string[],
  patch: Updateable<TopicTable>,
): Promise<boolean> {
  const r = await db
    .updateTable('topics')
    .set(patch)
    .where('id', '=', id)
    .where('status', 'in', [...fromStatus])
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export async function insertSupport(
  db: Kysely<DB>,
  v: { topic_id: number; counting_key: string; user_id: number; at: string },
): Promise<void> {
  await db.insertInto('topic_supports').values(v).execute();
}

export async function supportCounts(db: Kysely<DB>, ids: number[]): Promise<Map<number, number>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .selectFrom('topic_supports')
    .select(['topic_id', (eb) => eb.fn.countAll<number>().as('n')])
    .where('topic_id', 'in', ids)
    .groupBy('topic_id')
    .execute();
  return new Map(rows.map((r) => [Number(r.topic_id), Number(r.n)]));
}

export async function hasSupport(db: Kysely<DB>, topicId: number, key: string): Promise<boolean> {
  const r = await db
    .selectFrom('topic_supports')
    .select('id')
    .where('topic_id', '=', topicId)
    .where('counting_key', '=', key)
    .executeTakeFirst();
  return r !== undefined;
}

export async function hasVoted(db: Kysely<DB>, topicId: number, key: string): Promise<boolean> {
  const r = await db
    .selectFrom('topic_voters')
    .select('id')
    .where('topic_id', '=', topicId)
    .where('counting_key', '=', key)
    .executeTakeFirst();
  return r !== undefined;
}

export async function insertComment(db: Kysely<DB>, v: Insertable<TopicCommentTable>): Promise<number> {
  const r = await db.insertInto('topic_comments').values(v).returning('id').executeTakeFirstOrThrow();
  return Number(r.id);
}

export function commentsOf(db: Kysely<DB>, topicId: number) {
  return db.selectFrom('topic_comments').selectAll().where('topic_id', '=', topicId).orderBy('id').execute();
}

export function findComment(db: Kysely<DB>, id: number) {
  return db.selectFrom('topic_comments').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function hideComment(db: Kysely<DB>, id: number, reason: string, by: number, at: string) {
  await db
    .updateTable('topic_comments')
    .set({ hidden_reason: reason, hidden_by: by, hidden_at: at })
    .where('id', '=', id)
    .execute();
}

export async function insertMeeting(db: Kysely<DB>, v: Insertable<MeetingTable>, topicIds: number[]) {
  const r = await db.insertInto('meetings').values(v).returning('id').executeTakeFirstOrThrow();
  const id = Number(r.id);
  await db
    .insertInto('meeting_topics')
    .values(topicIds.map((topic_id) => ({ meeting_id: id, topic_id })))
    .execute();
  return id;
}

export function meetingsOf(db: Kysely<DB>, community: string) {
  return db
    .selectFrom('meetings')
    .selectAll()
    .where('community_code', '=', community)
    .orderBy('held_on', 'desc')
    .orderBy('id', 'desc')
    .execute();
}

export function meetingTopics(db: Kysely<DB>, meetingIds: number[]) {
  if (meetingIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('meeting_topics')
    .innerJoin('topics', 'topics.id', 'meeting_topics.topic_id')
    .select(['meeting_topics.meeting_id', 'topics.id', 'topics.title'])
    .where('meeting_topics.meeting_id', 'in', meetingIds)
    .orderBy('topics.id')
    .execute();
}

export function meetingsOfTopic(db: Kysely<DB>, topicId: number) {
  return db
    .selectFrom('meeting_topics')
    .innerJoin('meetings', 'meetings.id', 'meeting_topics.meeting_id')
    .select(['meetings.id', 'meetings.held_on', 'meetings.place'])
    .where('meeting_topics.topic_id', '=', topicId)
    .orderBy('meetings.held_on')
    .execute();
}

/** Records who voted and, apart, what: the voter row holds the option only for an open ballot. */
export async function insertVote(
  db: Kysely<DB>,
  v: { topic_id: number; counting_key: string; user_id: number; option: number; open: boolean; at: string },
) {
  await db
    .insertInto('topic_voters')
    .values({
      topic_id: v.topic_id,
      counting_key: v.counting_key,
      user_id: v.user_id,
      option_index: v.open ? v.option : null,
      at: v.at,
    })
    .execute();
  await db.insertInto('topic_ballots').values({ topic_id: v.topic_id, option_index: v.option }).execute();
}

export async function ballotCounts(db: Kysely<DB>, topicId: number): Promise<Map<number, number>> {
  const rows = await db
    .selectFrom('topic_ballots')
    .select(['option_index', (eb) => eb.fn.countAll<number>().as('n')])
    .where('topic_id', '=', topicId)
    .groupBy('option_index')
    .execute();
  return new Map(rows.map((r) => [Number(r.option_index), Number(r.n)]));
}

export async function insertAction(db: Kysely<DB>, v: Insertable<TopicActionTable>): Promise<number> {
  const r = await db.insertInto('topic_actions').values(v).returning('id').executeTakeFirstOrThrow();
  return Number(r.id);
}

export function findAction(db: Kysely<DB>, id: number) {
  return db.selectFrom('topic_actions').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function updateAction(db: Kysely<DB>, id: number, patch: Updateable<TopicActionTable>) {
  await db.updateTable('topic_actions').set(patch).where('id', '=', id).execute();
}

export function actionsOf(db: Kysely<DB>, topicId: number) {
  return db.selectFrom('topic_actions').selectAll().where('topic_id', '=', topicId).orderBy('due_on').execute();
}

/** Open actions past their due date in communities under a code prefix (a street). */
export function overdueActions(db: Kysely<DB>, prefix: string, today: string) {
  return db
    .selectFrom('topic_actions')
    .innerJoin('topics', 'topics.id', 'topic_actions.topic_id')
    .selectAll('topic_actions')
    .select('topics.title as topic_title')
    .where('topic_actions.community_code', 'like', `${prefix}%`)
    .where('topic_actions.status', '=', 'open')
    .where('topic_actions.due_on', '<', today)
    .orderBy('topic_actions.due_on')
    .execute();
}

/** Topics a worker should act on: tabled (awaiting a meeting) and votes past their close date. */
export async function agendaCount(db: Kysely<DB>, community: string, today: string): Promise<number> {
  const r = await db
    .selectFrom('topics')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('community_code', '=', community)
    .where((eb) =>
      eb.or([eb('status', '=', 'tabled'), eb.and([eb('status', '=', 'voting'), eb('vote_closes_on', '<', today)])]),
    )
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

/** The demo's year of deliberation: a demo topic's dates set back (its steps ran at seeding time). */
export async function backdateDemoTopic(
  db: Kysely<DB>,
  id: number,
  dates: { created_at: string; updated_at: string; tabled_at: string | null; decided_at: string | null },
) {
  const patch: Updateable<TopicTable> = { ...dates };
  if (dates.decided_at) patch.vote_closes_on = dates.decided_at.slice(0, 10);
  await db.updateTable('topics').set(patch).where('id', '=', id).where('is_demo', '=', 1).execute();
}
