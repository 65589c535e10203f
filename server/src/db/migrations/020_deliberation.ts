// 居民议事协商 (issue 18): each community's rules of procedure (versioned), residents' topics and their
// supports (one per resident or per household: the unique key is the rules' counting key), comments with
// moderation, meetings (议事会) and their agenda, votes (who voted apart from what was voted, so a secret
// ballot keeps no link), paper tallies, and the follow-up actions of a decision.
import type { Kysely } from 'kysely';
import type { DatabaseKind } from '../../config.js';
import { autoId, autoIdType } from '../dialect.js';

export async function up(db: Kysely<any>, kind: DatabaseKind): Promise<void> {
  await db.schema
    .createTable('deliberation_rules')
    .addColumn('id', autoIdType(kind), autoId(kind))
    .addColumn('community_code', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    // The rules document (server/src/modules/deliberation/rules.ts RulesDoc) as JSON.
    .addColumn('doc', 'text', (c) => c.notNull())
    .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('adopted_by', 'text', (c) => c.notNull())
    .addColumn('adopted_at', 'text', (c) => c.notNull())
    .addColumn('is_demo', 'integer', (c) => c.notNull().defaultTo(0))
    .addUniqueConstraint('deliberation_rules_version', ['community_code', 'version'])
    .execute();
  await db.schema
    .createTable('topics')
    .addColumn('id', autoIdType(kind), autoId(kind))
    .addColumn('community_code', 'text', (c) => c.notNull())
    .addColumn('district_code', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('category', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    // resident | worker: who raised it (a worker's topic is tabled at once).
    .addColumn('origin', 'text', (c) => c.notNull())
    .addColumn('proposer_id', 'integer', (c) => c.notNull())
    // The rules version the topic runs under (its threshold, counting units, vote rule).
    .addColumn('rules_id', 'integer')
    .addColumn('supports_needed', 'integer', (c) => c.notNull())
    .addColumn('tabled_at', 'text')
    .addColumn('status_note', 'text')
    // The vote: options (JSON array of labels), its close date, the paper tally (JSON counts) and result.
    .addColumn('vote_options', 'text')
    .addColumn('vote_closes_on', 'text')
    .addColumn('vote_eligible', 'integer')
    .addColumn('paper_tally', 'text')
    .addColumn('result', 'text')
    .addColumn('decided_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('is_demo', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema.createIndex('topics_community').on('topics').columns(['community_code', 'status']).execute();
  await db.schema
    .createTable('topic_supports')
    .addColumn('id', autoIdType(kind), autoId(kind))
    .addColumn('topic_id', 'integer', (c) => c.notNull())
    .addColumn('counting_key', 'text', (c) => c.notNull())
    .addColumn('user_id', 'integer', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .addUniqueConstraint('topic_supports_once', ['topic_id', 'counting_key'])
    .execute();
  await db.schema
    .createTable('topic_comments')
    .addColumn('id', autoIdType(kind), autoId(kind))
    .addColumn('topic_id', 'integer', (c) => c.notNull())
    .addColumn('user_id', 'integer', (c) => c.notNull())
    // The name shown: a resident's masked (李**), a worker's community.
    .addColumn('author', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('hidden_reason', 'text')
    .addColumn('hidden_by', 'integer')
    .addColumn('hidden_at', 'text')
    .execute();
  await db.schema.createIndex('topic_comments_topic').on('topic_comments').columns(['topic_id']).execute();
  await db.schema
    .createTable('meetings')
    .addColumn('id', autoIdType(kind), autoId(kind))
    .addColumn('community_code', 'text', (c) => c.notNull())
    .addColumn('held_on', 'text', (c) => c.notNull())
    .addColumn('place', 'text', (c) => c.notNull())
    .addColumn('online', 'integer', (c) => c.notNull().defaultTo(0))
    // JSON: [{ type, count, names }]
    .addColumn('participants', 'text', (c) => c.notNull())
    .addColumn('minutes', 'text', (c) => c.notNull())
    .addColumn('opinions', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('recorded_by', 'integer', (c) => c.notNull())
    .addColumn('recorded_at', 'text', (c) => c.notNull())
    .addColumn('is_demo', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema.createIndex('meetings_community').on('meetings').columns(['community_code', 'held_on']).execute();
  await db.schema
    .createTable('meeting_topics')
    .addColumn('meeting_id', 'integer', (c) => c.notNull())
    .addColumn('topic_id', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('meeting_topics_pk', ['meeting_id', 'topic_id'])
    .execute();
  await db.schema.createIndex('meeting_topics_topic').on('meeting_topics').columns(['topic_id']).execute();
  // Who voted (once per counting key); the option only for an open ballot.
  await db.schema
    .createTable('topic_voters')
    .addColumn('id', autoIdType(kind), autoId(kind))
    .addColumn('topic_id', 'integer', (c) => c.notNull())
    .addColumn('counting_key', 'text', (c) => c.notNull())
    .addColumn('user_id', 'integer', (c) => c.notNull())
    .addColumn('option_index', 'integer')
    .addColumn('at', 'text', (c) => c.notNull())
    .addUniqueConstraint('topic_voters_once', ['topic_id', 'counting_key'])
    .execute();
  // What was voted, with no link to the voter.
  await db.schema
    .createTable('topic_ballots')
    .addColumn('id', autoIdType(kind), autoId(kind))
    .addColumn('topic_id', 'integer', (c) => c.notNull())
    .addColumn('option_index', 'integer', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('topic_ballots_topic').on('topic_ballots').columns(['topic_id']).execute();
  await db.schema
    .createTable('topic_actions')
    .addColumn('id', autoIdType(kind), autoId(kind))
    .addColumn('topic_id', 'integer', (c) => c.notNull())
    .addColumn('community_code', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('owner', 'text', (c) => c.notNull())
    .addColumn('due_on', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('progress', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('done_on', 'text')
    .execute();
  await db.schema.createIndex('topic_actions_topic').on('topic_actions').columns(['topic_id']).execute();
  await db.schema
    .createIndex('topic_actions_due')
    .on('topic_actions')
    .columns(['community_code', 'status', 'due_on'])
    .execute();
}
