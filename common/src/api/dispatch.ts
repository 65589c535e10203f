// Request and reply schemas of dispatch, inbox and refusal routes, and of the register of informal demands.
import { Type, type Static } from 'typebox';
import { SCOPE_TYPES } from '../admission.js';
import {
  CHANNELS,
  DEMAND_STATUSES,
  ITEM_ACTIONS,
  ITEM_STATUSES,
  QUOTA_PERIODS,
  REFUSAL_ANSWERS,
  REFUSAL_DECISIONS,
  REFUSAL_REASONS,
  REFUSAL_STATES,
  REVIEW_ACTIONS,
} from '../dispatch.js';
import { ORG_CODE_PATTERN } from '../orgs.js';
import { DateString, Nullable, PagedOf, pageProps } from './schema.js';

export const NamedRef = Type.Object({ code: Type.String(), name: Type.String() });

const InboxStatus = Type.Enum([...ITEM_STATUSES, 'overdue'] as const);

export const IdParams = Type.Object({ id: Type.Integer({ minimum: 1 }) });
export const CommunityParams = Type.Object({ code: Type.String({ maxLength: 20 }) });

export const DispatchBody = Type.Object({
  admissionId: Type.Integer({ minimum: 1 }),
  title: Type.String({ minLength: 1, maxLength: 100 }),
  instructions: Type.Optional(Type.String({ maxLength: 5000 })),
  dueDate: DateString,
  targets: Type.Object({
    type: Type.Enum(SCOPE_TYPES),
    codes: Type.Array(Type.String({ pattern: ORG_CODE_PATTERN }), { maxItems: 2000, default: [] }),
  }),
  confirmDuplicate: Type.Optional(
    Type.Boolean({ description: '已看到“与未办结派单近似”的提醒，仍要派发（否则返回 409 dispatch_near_duplicate）' }),
  ),
});

/** `extra.excess` of a 409 dispatch_over_frequency / dispatch_over_hours: each community over, with its count. */
export const QuotaExcess = Type.Object({
  community: NamedRef,
  rule: Type.Enum(['frequency', 'hours'] as const),
  text: Type.String({ description: '本季度已派 2 次，准入频次为每季度 1 次' }),
  period: Type.Optional(Type.Enum(QUOTA_PERIODS)),
  count: Type.Optional(Type.Integer()),
  allowed: Type.Optional(Type.Integer()),
  usedHours: Type.Optional(Type.Number()),
  allowedHours: Type.Optional(Type.Number()),
});

/** `extra.duplicates` of a 409 dispatch_near_duplicate: the open dispatches it nearly repeats. */
export const NearDuplicate = Type.Object({
  id: Type.Integer(),
  title: Type.String(),
  createdAt: Type.String(),
  communities: Type.Array(NamedRef),
});

export const AttachmentView = Type.Object({
  id: Type.Integer(),
  filename: Type.String(),
  contentType: Type.String(),
  size: Type.Integer(),
});

export const DispatchCounts = Type.Object({
  total: Type.Integer(),
  new: Type.Integer(),
  acknowledged: Type.Integer(),
  in_progress: Type.Integer(),
  done: Type.Integer(),
  refused: Type.Integer(),
  withdrawn: Type.Integer(),
  overdue: Type.Integer({ description: '逾期未办（也计入其存储状态）' }),
});

export const BurdenView = Type.Object({
  hoursPerCommunityYear: Type.Number(),
  minutesPerOccurrence: Nullable(Type.Number()),
});

const itemStateProps = {
  id: Type.Integer(),
  community: NamedRef,
  status: InboxStatus,
  storedStatus: Type.Enum(ITEM_STATUSES),
  acknowledgedAt: Nullable(Type.String()),
  startedAt: Nullable(Type.String()),
  completedAt: Nullable(Type.String()),
  completionNote: Type.String(),
  refusedAt: Nullable(Type.String()),
  refusalReason: Nullable(Type.Enum(REFUSAL_REASONS)),
  refusalReasons: Type.Array(Type.Enum(REFUSAL_REASONS)),
  refusalText: Type.String(),
  refusalState: Nullable(Type.Enum(REFUSAL_STATES)),
  answerNote: Type.String({ description: '部门的答复：补充了什么、为何撤回或提请裁定' }),
  answeredAt: Nullable(Type.String()),
  decisionNote: Type.String({ description: '减负办的裁定意见' }),
  decidedAt: Nullable(Type.String()),
  updatedAt: Type.String(),
};

const dispatchProps = {
  id: Type.Integer(),
  title: Type.String(),
  instructions: Type.String(),
  dueDate: Type.String(),
  createdAt: Type.String(),
  department: NamedRef,
  admission: Type.Object({ id: Type.Integer(), number: Type.String(), code: Type.String(), title: Type.String() }),
  burden: BurdenView,
  counts: DispatchCounts,
  isDemo: Type.Boolean(),
};

export const ItemStateView = Type.Object(itemStateProps);

export const DispatchListItem = Type.Object(dispatchProps);
export const DispatchPage = PagedOf(DispatchListItem);
export const DispatchDetail = Type.Object({
  ...dispatchProps,
  attachments: Type.Array(AttachmentView),
  items: Type.Array(Type.Object({ ...itemStateProps, attachments: Type.Array(AttachmentView) })),
});

export const InboxItem = Type.Object({
  ...itemStateProps,
  dispatchId: Type.Integer(),
  title: Type.String(),
  instructions: Type.String(),
  dueDate: Type.String(),
  dispatchedAt: Type.String(),
  department: NamedRef,
  admissionNumber: Type.String(),
  admissionCode: Type.String(),
  burden: BurdenView,
  attachments: Type.Array(AttachmentView),
  allowedActions: Type.Array(Type.Enum(ITEM_ACTIONS)),
});

/** Open and overdue work of one street's communities, for the 社区待办 overview. */
export const StreetWorkload = Type.Object({
  code: Type.String(),
  open: Type.Integer(),
  overdue: Type.Integer(),
});

export const StreetWorkloadReply = Type.Object({
  /** Streets of the reader's jurisdiction with open work, busiest first (most overdue, then most open). */
  streets: Type.Array(StreetWorkload),
  /** The street to open on: the busiest one, or null when no street has open work. */
  defaultStreet: Type.Union([Type.String(), Type.Null()]),
});

/** How many items each inbox tab holds (stored status; overdue = open past its due date; all). */
export const InboxCounts = Type.Object({
  all: Type.Integer(),
  overdue: Type.Integer(),
  ...Object.fromEntries(ITEM_STATUSES.map((s) => [s, Type.Integer()])),
} as Record<'all' | 'overdue' | (typeof ITEM_STATUSES)[number], ReturnType<typeof Type.Integer>>);

export const InboxReply = Type.Object({
  community: NamedRef,
  items: Type.Array(InboxItem),
  total: Type.Integer(),
  counts: InboxCounts,
  page: Type.Integer(),
  pageSize: Type.Integer(),
  /** Open work here that a purchased service's organisation handles instead (政府购买服务): not in this inbox. */
  handledElsewhere: Type.Optional(Type.Array(Type.Object({ name: Type.String(), open: Type.Integer() }))),
});

/** A social organisation's inbox: the dispatched work it handles under its contracts, with each community. */
export const OrgInboxReply = Type.Object({
  org: Type.Object({ id: Type.Integer(), name: Type.String() }),
  items: Type.Array(Type.Intersect([InboxItem, Type.Object({ community: NamedRef })])),
  total: Type.Integer(),
  counts: InboxCounts,
  page: Type.Integer(),
  pageSize: Type.Integer(),
});

export const InboxQuery = Type.Object({
  ...pageProps,
  status: Type.Optional(Type.Enum([...ITEM_STATUSES, 'overdue', 'open'] as const)),
});

export const ItemActBody = Type.Object({
  action: Type.Enum(ITEM_ACTIONS),
  note: Type.Optional(Type.String({ maxLength: 2000 })),
  reason: Type.Optional(Type.Enum(REFUSAL_REASONS)),
  reasons: Type.Optional(
    Type.Array(Type.Enum(REFUSAL_REASONS), { minItems: 1, maxItems: REFUSAL_REASONS.length, uniqueItems: true }),
  ),
  text: Type.Optional(Type.String({ maxLength: 2000 })),
});

export const RefusalView = Type.Object({
  ...itemStateProps,
  dispatchId: Type.Integer(),
  title: Type.String(),
  instructions: Type.String(),
  dueDate: Type.String(),
  department: NamedRef,
  admissionNumber: Type.String(),
  allowedAnswers: Type.Array(Type.Enum(REFUSAL_ANSWERS), { description: '本部门可作的答复' }),
  canDecide: Type.Boolean({ description: '减负办可裁定（已提请裁定）' }),
});
export const RefusalPage = PagedOf(RefusalView);

export const RefusalQuery = Type.Object({
  ...pageProps,
  state: Type.Optional(Type.Enum(REFUSAL_STATES)),
});

export const RefusalAnswerBody = Type.Object({
  answer: Type.Enum(REFUSAL_ANSWERS),
  note: Type.String({ maxLength: 2000, description: '补充了什么（重新派发）、撤回或提请裁定的理由' }),
  dueDate: Type.Optional(DateString),
});

export const RefusalDecisionBody = Type.Object({
  decision: Type.Enum(REFUSAL_DECISIONS),
  note: Type.String({ maxLength: 2000 }),
});

// The register of informal demands (未经准入的派单登记).

export const DemandView = Type.Object({
  id: Type.Integer(),
  community: NamedRef,
  department: NamedRef,
  /** Who asked, in the community's words (always given when the department is the district's 其他单位). */
  sourceNote: Type.String(),
  occurredOn: Type.String(),
  channel: Type.Enum(CHANNELS),
  content: Type.String(),
  estimatedMinutes: Type.Number(),
  anonymous: Type.Boolean(),
  reporter: Nullable(Type.String({ description: '匿名登记时对部门隐藏；减负办须说明理由方可查看' })),
  status: Type.Enum(DEMAND_STATUSES),
  reviewNote: Type.String(),
  reviewedAt: Nullable(Type.String()),
  createdAt: Type.String(),
});
export const DemandPage = PagedOf(DemandView);

export const DemandBody = Type.Object({
  departmentCode: Type.String({
    maxLength: 60,
    description: '社区以上任一部门或街道办事处（含其内设机构）的编码；说不清来源时为 other，并在 sourceNote 中说明',
  }),
  sourceNote: Type.Optional(Type.String({ maxLength: 200 })),
  occurredOn: Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$' }),
  channel: Type.Enum(CHANNELS),
  content: Type.String({ minLength: 1, maxLength: 2000 }),
  estimatedMinutes: Type.Number({ minimum: 0, maximum: 100000 }),
  anonymous: Type.Boolean({ default: false }),
});

export const DemandQuery = Type.Object({
  ...pageProps,
  departmentCode: Type.Optional(Type.String({ maxLength: 60 })),
  status: Type.Optional(Type.Enum(DEMAND_STATUSES)),
});

export const DemandSummaryRow = Type.Object({
  department: NamedRef,
  entries: Type.Integer(),
  hours: Type.Number(),
  open: Type.Integer(),
});

export const ReviewBody = Type.Object({
  action: Type.Enum(REVIEW_ACTIONS),
  note: Type.String({ maxLength: 2000 }),
});

export const RevealBody = Type.Object({ reason: Type.String({ maxLength: 1000 }) });
export const Reveal = Type.Object({ by: Type.String(), reason: Type.String(), at: Type.String() });
export const RevealedDemand = Type.Intersect([DemandView, Type.Object({ reveals: Type.Array(Reveal) })]);

export type NamedRef = Static<typeof NamedRef>;
export type Attachment = Static<typeof AttachmentView>;
export type DispatchCounts = Static<typeof DispatchCounts>;
export type Burden = Static<typeof BurdenView>;
/** One community's state of a dispatched piece of work. */
export type ItemState = Static<typeof ItemStateView>;
export type Dispatch = Static<typeof DispatchListItem>;
export type DispatchDetail = Static<typeof DispatchDetail>;
export type DispatchBody = Static<typeof DispatchBody>;
export type InboxItem = Static<typeof InboxItem>;
export type InboxReply = Static<typeof InboxReply>;
export type OrgInboxReply = Static<typeof OrgInboxReply>;
export type StreetWorkloadReply = Static<typeof StreetWorkloadReply>;
export type InboxQuery = Static<typeof InboxQuery>;
export type ItemActBody = Static<typeof ItemActBody>;
export type Refusal = Static<typeof RefusalView>;
export type RefusalQuery = Static<typeof RefusalQuery>;
export type RefusalAnswerBody = Static<typeof RefusalAnswerBody>;
export type RefusalDecisionBody = Static<typeof RefusalDecisionBody>;
export type QuotaExcess = Static<typeof QuotaExcess>;
export type NearDuplicate = Static<typeof NearDuplicate>;
export type Demand = Static<typeof DemandView>;
export type DemandBody = Static<typeof DemandBody>;
export type DemandQuery = Static<typeof DemandQuery>;
export type DemandSummaryRow = Static<typeof DemandSummaryRow>;
export type Reveal = Static<typeof Reveal>;
export type RevealedDemand = Static<typeof RevealedDemand>;
export type { InboxFilter, ItemAction, ReviewAction } from '../dispatch.js';
export { ITEM_ACTIONS, REVIEW_ACTIONS } from '../dispatch.js';
export type { RefusalAnswer, RefusalDecision, RefusalState } from '../dispatch.js';
