// Request and reply schemas of 居民议事协商 (issue 18): rules of procedure, topics and supports, comments and
// their moderation, meetings (议事会), votes with paper tallies, and the follow-up of decisions.
import { AttachmentView } from './dispatch.js';
import { Type, type Static } from 'typebox';
import {
  ACTION_STATUSES,
  BALLOT_KINDS,
  COUNTING_UNITS,
  PARTICIPANT_TYPES,
  THRESHOLD_KINDS,
  TOPIC_CATEGORIES,
  TOPIC_STATUSES,
} from '../deliberation.js';
import { DateString, Nullable } from './schema.js';
import { ORG_CODE_PATTERN } from '../orgs.js';

export const CommunityParams = Type.Object({ code: Type.String({ pattern: ORG_CODE_PATTERN }) });
export const TopicIdParams = Type.Object({ id: Type.Integer({ minimum: 1 }) });
export const TopicFileParams = Type.Object({ id: Type.Integer({ minimum: 1 }), fileId: Type.Integer({ minimum: 1 }) });
export const CommentParams = Type.Object({ id: Type.Integer({ minimum: 1 }), commentId: Type.Integer({ minimum: 1 }) });
export const ActionIdParams = Type.Object({ id: Type.Integer({ minimum: 1 }) });

/** Text that is not only blanks. */
const Text = (maxLength: number) => Type.String({ minLength: 1, maxLength, pattern: '\\S' });

const Fraction = Type.Object({
  num: Type.Integer({ minimum: 0, maximum: 1000 }),
  den: Type.Integer({ minimum: 1, maximum: 1000 }),
  strict: Type.Optional(Type.Boolean()),
});
const VoteRule = Type.Object({ quorum: Fraction, majority: Fraction });

export const RulesDoc = Type.Object({
  supportThreshold: Type.Object({
    kind: Type.Enum(THRESHOLD_KINDS),
    value: Type.Number({ exclusiveMinimum: 0, maximum: 100000 }),
  }),
  supportUnit: Type.Enum(COUNTING_UNITS),
  voteUnit: Type.Enum(COUNTING_UNITS),
  ballot: Type.Enum(BALLOT_KINDS),
  vote: VoteRule,
  categoryVotes: Type.Partial(
    Type.Object(Object.fromEntries(TOPIC_CATEGORIES.map((c) => [c, VoteRule])) as Record<string, typeof VoteRule>),
  ),
});
export type RulesDocView = Static<typeof RulesDoc>;

export const RulesView = Type.Object({
  communityCode: Type.String(),
  communityName: Type.String(),
  /** 0: the defaults (the community has adopted none). */
  version: Type.Integer(),
  doc: RulesDoc,
  note: Type.String(),
  adoptedAt: Nullable(Type.String()),
  /** What the threshold means today in supports (the community's households counted by the hub). */
  supportsNeeded: Type.Integer(),
  households: Type.Integer(),
});
export type RulesView = Static<typeof RulesView>;

export const RulesBody = Type.Object({ doc: RulesDoc, note: Type.String({ maxLength: 500 }) });
export type RulesBody = Static<typeof RulesBody>;

/** One adopted version of the rules of procedure, as the public history shows it. */
export const RulesVersionView = Type.Object({
  version: Type.Integer(),
  doc: RulesDoc,
  note: Type.String(),
  adoptedAt: Type.String(),
});
export type RulesVersionView = Static<typeof RulesVersionView>;

/** One version of the community's 居民公约 (residents' covenant). */
export const CovenantView = Type.Object({
  communityCode: Type.String(),
  version: Type.Integer(),
  title: Type.String(),
  body: Type.String(),
  note: Type.String(),
  adoptedAt: Type.String(),
  isDemo: Type.Boolean(),
});
export type CovenantView = Static<typeof CovenantView>;

export const CovenantBody = Type.Object({
  title: Text(80),
  body: Text(10000),
  note: Type.String({ maxLength: 500 }),
});
export type CovenantBody = Static<typeof CovenantBody>;

export const ProposeBody = Type.Object({
  title: Text(80),
  description: Type.String({ maxLength: 2000 }),
  category: Type.Enum(TOPIC_CATEGORIES),
});
export type ProposeBody = Static<typeof ProposeBody>;

export const TopicsQuery = Type.Object({ status: Type.Optional(Type.Enum(TOPIC_STATUSES)) });

export const TopicSummary = Type.Object({
  id: Type.Integer(),
  communityCode: Type.String(),
  title: Type.String(),
  category: Type.Enum(TOPIC_CATEGORIES),
  status: Type.Enum(TOPIC_STATUSES),
  origin: Type.Union([Type.Literal('resident'), Type.Literal('worker')]),
  supports: Type.Integer(),
  supportsNeeded: Type.Integer(),
  createdAt: Type.String(),
  tabledAt: Nullable(Type.String()),
  voteClosesOn: Nullable(Type.String()),
  isDemo: Type.Boolean(),
});
export type TopicSummary = Static<typeof TopicSummary>;

export const CommentView = Type.Object({
  id: Type.Integer(),
  author: Type.String(),
  /** Empty when hidden (the reason stays public). */
  body: Type.String(),
  at: Type.String(),
  hidden: Type.Boolean(),
  hiddenReason: Nullable(Type.String()),
});
export type CommentView = Static<typeof CommentView>;

export const TallyView = Type.Object({
  options: Type.Array(
    Type.Object({ label: Type.String(), online: Type.Integer(), paper: Type.Integer(), total: Type.Integer() }),
  ),
  cast: Type.Integer(),
  eligible: Type.Integer(),
  quorumMet: Type.Boolean(),
  leading: Nullable(Type.Integer()),
  passed: Type.Boolean(),
});
export type TallyView = Static<typeof TallyView>;

export const VoteView = Type.Object({
  options: Type.Array(Type.String()),
  closesOn: Type.String(),
  ballot: Type.Enum(BALLOT_KINDS),
  unit: Type.Enum(COUNTING_UNITS),
  rule: VoteRule,
  eligible: Type.Integer(),
  /** Votes cast online so far (counts per option stay hidden until the close). */
  castOnline: Type.Integer(),
  paper: Nullable(Type.Array(Type.Integer())),
  /** After the close. */
  tally: Nullable(TallyView),
});
export type VoteView = Static<typeof VoteView>;

export const ActionView = Type.Object({
  id: Type.Integer(),
  topicId: Type.Integer(),
  title: Type.String(),
  owner: Type.String(),
  dueOn: Type.String(),
  status: Type.Enum(ACTION_STATUSES),
  progress: Type.String(),
  doneOn: Nullable(Type.String()),
  overdue: Type.Boolean(),
});
export type ActionView = Static<typeof ActionView>;

export const Participant = Type.Object({
  type: Type.Enum(PARTICIPANT_TYPES),
  count: Type.Integer({ minimum: 0, maximum: 1000 }),
  names: Type.String({ maxLength: 500 }),
});

export const MeetingView = Type.Object({
  id: Type.Integer(),
  communityCode: Type.String(),
  heldOn: Type.String(),
  place: Type.String(),
  online: Type.Boolean(),
  participants: Type.Array(Participant),
  minutes: Type.String(),
  opinions: Type.String(),
  topics: Type.Array(Type.Object({ id: Type.Integer(), title: Type.String() })),
  isDemo: Type.Boolean(),
});
export type MeetingView = Static<typeof MeetingView>;

export const TopicView = Type.Object({
  ...TopicSummary.properties,
  communityName: Type.String(),
  description: Type.String(),
  statusNote: Nullable(Type.String()),
  comments: Type.Array(CommentView),
  meetings: Type.Array(Type.Object({ id: Type.Integer(), heldOn: Type.String(), place: Type.String() })),
  vote: Nullable(VoteView),
  actions: Type.Array(ActionView),
  /**
   * The proposer's photos and PDFs; empty for outsiders (another community's residents, the public)
   * while the topic is not public — still collecting supports, or rejected.
   */
  attachments: Type.Array(AttachmentView),
  /** What the signed-in caller may do (null without login). */
  viewer: Nullable(
    Type.Object({
      member: Type.Boolean(),
      supported: Type.Boolean(),
      voted: Type.Boolean(),
      moderator: Type.Boolean(),
      /** The proposer, who may add attachments until a meeting hears the topic. */
      proposer: Type.Boolean(),
    }),
  ),
});
export type TopicView = Static<typeof TopicView>;

export const CommentBody = Type.Object({ body: Text(1000) });
export const ReasonBody = Type.Object({ reason: Text(500) });
export type ReasonBody = Static<typeof ReasonBody>;

export const MeetingBody = Type.Object({
  heldOn: DateString,
  place: Text(200),
  online: Type.Boolean(),
  topicIds: Type.Array(Type.Integer({ minimum: 1 }), { minItems: 1, maxItems: 20 }),
  participants: Type.Array(Participant, { maxItems: 12 }),
  minutes: Text(10000),
  opinions: Type.String({ maxLength: 10000 }),
});
export type MeetingBody = Static<typeof MeetingBody>;

export const OpenVoteBody = Type.Object({
  options: Type.Array(Text(60), { minItems: 2, maxItems: 6 }),
  closesOn: DateString,
  /**
   * Those entitled when fewer than the whole community (one building's households for its elevator);
   * without it, all households or residents of the community as the hub counts them.
   */
  eligible: Type.Optional(Type.Integer({ minimum: 1, maximum: 1000000 })),
});
export type OpenVoteBody = Static<typeof OpenVoteBody>;

export const VoteBody = Type.Object({ option: Type.Integer({ minimum: 0, maximum: 5 }) });
export const PaperTallyBody = Type.Object({
  counts: Type.Array(Type.Integer({ minimum: 0, maximum: 100000 }), { minItems: 2, maxItems: 6 }),
});

export const ActionBody = Type.Object({ title: Text(200), owner: Text(100), dueOn: DateString });
export type ActionBody = Static<typeof ActionBody>;
export const ActionUpdateBody = Type.Object({ progress: Type.String({ maxLength: 1000 }), done: Type.Boolean() });
export type ActionUpdateBody = Static<typeof ActionUpdateBody>;

export const OverdueActionView = Type.Object({
  ...ActionView.properties,
  topicTitle: Type.String(),
  communityCode: Type.String(),
  communityName: Type.String(),
});
export type OverdueActionView = Static<typeof OverdueActionView>;
