// Request and reply schemas of the admission routes (the digital 审批表 and the public check).
import { Type } from 'typebox';
import { DateString, Nullable } from '../../http/schema-helpers.js';
import {
  ADMISSION_STATUSES,
  FREQUENCIES,
  OBJECT_KINDS,
  PRECHECK_RULES,
  SCOPE_TYPES,
  VERDICTS,
} from '../../../../common/src/admission.js';
import { ORG_CODE_PATTERN } from '../../../../common/src/orgs.js';
import { PagedOf, pageProps } from '../../http/pagination.js';
import { ACTIONS } from './workflow.js';

const Scope = Type.Object({
  type: Type.Enum(SCOPE_TYPES),
  codes: Type.Array(Type.String({ pattern: ORG_CODE_PATTERN }), { maxItems: 2000, default: [] }),
});
const Resources = Type.Object({
  fundsYuan: Type.Optional(Nullable(Type.Number({ minimum: 0, maximum: 1e10 }))),
  staff: Type.Optional(Type.String({ maxLength: 500 })),
  training: Type.Optional(Type.String({ maxLength: 500 })),
  equipment: Type.Optional(Type.String({ maxLength: 500 })),
});
const ListTypeSchema = Type.Union([Type.Literal('duty'), Type.Literal('assist')]);

const draftProps = {
  title: Type.String({ maxLength: 100 }),
  kind: Type.Enum(OBJECT_KINDS),
  listType: ListTypeSchema,
  description: Type.Optional(Type.String({ maxLength: 5000 })),
  legalBasis: Type.Optional(Type.String({ maxLength: 2000 })),
  scope: Scope,
  frequency: Type.Enum(FREQUENCIES),
  occurrencesPerYear: Type.Optional(Nullable(Type.Number({ minimum: 0, maximum: 10000 }))),
  minutesPerOccurrence: Type.Optional(Nullable(Type.Number({ minimum: 0, maximum: 100000 }))),
  ledgerFields: Type.Optional(Nullable(Type.Integer({ minimum: 0, maximum: 1000 }))),
  ledgerRows: Type.Optional(Nullable(Type.Integer({ minimum: 0, maximum: 1000000 }))),
  resources: Type.Optional(Resources),
  assessment: Type.Optional(Type.String({ maxLength: 2000 })),
  startDate: DateString,
  expiryDate: DateString,
  emergency: Type.Optional(Type.Boolean()),
  emergencyReason: Type.Optional(Type.String({ maxLength: 1000 })),
  /** Budgets: admitted items this application retires when admitted. */
  retires: Type.Optional(Type.Array(Type.Integer({ minimum: 1 }), { maxItems: 50, default: [] })),
};

/** A complete form: what a save needs (the rules then decide whether it may be saved). */
export const DraftBody = Type.Object(draftProps);
/** A partial form, for the live pre-check panel. */
export const PartialDraftBody = Type.Partial(
  Type.Object({
    ...draftProps,
    title: Type.String({ maxLength: 100 }),
    startDate: Type.String({ maxLength: 10 }),
    expiryDate: Type.String({ maxLength: 10 }),
  }),
);

const Estimate = Type.Object({
  minutesPerOccurrence: Type.Number(),
  occurrencesPerYear: Type.Number(),
  hoursPerCommunityYear: Type.Number(),
  totalHoursYear: Type.Number(),
  workerDaysYear: Type.Number(),
  basis: Type.String(),
});

export const RenderedCheck = Type.Object({
  rule: Type.Enum(PRECHECK_RULES),
  verdict: Type.Enum(VERDICTS),
  message: Type.String(),
  matches: Type.Array(
    Type.Object({ code: Type.String(), name: Type.String(), score: Type.Number(), source: Type.String() }),
  ),
  estimate: Type.Optional(Estimate),
  fieldErrors: Type.Optional(
    Type.Array(Type.Object({ field: Type.String(), reason: Type.String(), message: Type.String() })),
  ),
});

export const PrecheckReply = Type.Object({ checks: Type.Array(RenderedCheck) });

const Clock = Nullable(
  Type.Object({ dueDate: Type.String(), workingDaysLeft: Type.Integer(), overdue: Type.Boolean() }),
);

const admissionProps = {
  id: Type.Integer(),
  status: Type.Enum(ADMISSION_STATUSES),
  number: Nullable(Type.String()),
  code: Nullable(Type.String()),
  title: Type.String(),
  kind: Type.Enum(OBJECT_KINDS),
  listType: ListTypeSchema,
  description: Type.String(),
  legalBasis: Type.String(),
  scope: Scope,
  communityCount: Type.Integer(),
  frequency: Type.Enum(FREQUENCIES),
  occurrencesPerYear: Nullable(Type.Number()),
  minutesPerOccurrence: Nullable(Type.Number()),
  ledgerFields: Nullable(Type.Integer()),
  ledgerRows: Nullable(Type.Integer()),
  resources: Type.Object({
    fundsYuan: Type.Number(),
    staff: Type.String(),
    training: Type.String(),
    equipment: Type.String(),
  }),
  assessment: Type.String(),
  startDate: Type.String(),
  expiryDate: Type.String(),
  emergency: Type.Boolean(),
  emergencyReason: Type.String(),
  retires: Type.Array(Type.Integer()),
  burden: Type.Object({ hoursPerCommunityYear: Type.Number(), totalHoursYear: Type.Number() }),
  department: Type.Object({ code: Type.String(), name: Type.String() }),
  jurisdiction: Type.Object({ code: Type.String(), name: Type.String() }),
  submittedAt: Nullable(Type.String()),
  reviewDueDate: Nullable(Type.String()),
  decidedAt: Nullable(Type.String()),
  overrideReason: Nullable(Type.String()),
  consultation: Type.Object({ codes: Type.Array(Type.String()), dueDate: Nullable(Type.String()) }),
  createdAt: Type.String(),
  updatedAt: Type.String(),
  isDemo: Type.Boolean(),
  clock: Clock,
};

export const AdmissionListItem = Type.Object(admissionProps);
export const AdmissionPage = PagedOf(AdmissionListItem);

export const AdmissionDetail = Type.Object({
  ...admissionProps,
  prechecks: Type.Array(RenderedCheck),
  events: Type.Array(
    Type.Object({
      at: Type.String(),
      actorName: Type.String(),
      action: Type.String(),
      from: Nullable(Type.String()),
      to: Type.String(),
      reason: Type.String(),
      tag: Nullable(Type.String()),
      changes: Type.Record(Type.String(), Type.Unknown()),
    }),
  ),
  comments: Type.Array(
    Type.Object({
      communityCode: Type.String(),
      communityName: Type.String(),
      stance: Type.String(),
      comment: Type.String(),
      at: Type.String(),
    }),
  ),
  signoffs: Type.Object({
    required: Type.Integer(),
    done: Type.Array(Type.Object({ name: Type.String(), at: Type.String() })),
  }),
  allowedActions: Type.Array(Type.Enum(ACTIONS)),
});

export const ListQuery = Type.Object({
  ...pageProps,
  q: Type.Optional(Type.String({ maxLength: 50 })),
  status: Type.Optional(Type.Array(Type.Enum(ADMISSION_STATUSES))),
  queue: Type.Optional(Type.Boolean({ description: '审核队列：待审核的申请，按审核时限排序' })),
});

export const ActBody = Type.Object({
  action: Type.Enum(ACTIONS),
  reason: Type.Optional(Type.String({ maxLength: 2000 })),
  tag: Type.Optional(Type.Union([Type.Literal('work_change'), Type.Literal('re_estimate')])),
  amendment: Type.Optional(
    Type.Object({
      frequency: Type.Optional(Type.Enum(FREQUENCIES)),
      occurrencesPerYear: Type.Optional(Nullable(Type.Number({ minimum: 0, maximum: 10000 }))),
      minutesPerOccurrence: Type.Optional(Nullable(Type.Number({ minimum: 0, maximum: 100000 }))),
      ledgerFields: Type.Optional(Nullable(Type.Integer({ minimum: 0, maximum: 1000 }))),
      ledgerRows: Type.Optional(Nullable(Type.Integer({ minimum: 0, maximum: 1000000 }))),
    }),
  ),
  consultation: Type.Optional(
    Type.Object({
      codes: Type.Array(Type.String({ pattern: ORG_CODE_PATTERN }), { maxItems: 500 }),
      workingDays: Type.Integer({ minimum: 1, maximum: 30 }),
    }),
  ),
  expiryDate: Type.Optional(DateString),
});

export const CommentBody = Type.Object({
  stance: Type.Union([Type.Literal('agree'), Type.Literal('concern'), Type.Literal('object')]),
  comment: Type.String({ minLength: 1, maxLength: 2000 }),
});

export const PublicAdmission = Type.Object({
  status: Type.Union([
    Type.Literal('valid'),
    Type.Literal('expired'),
    Type.Literal('revoked'),
    Type.Literal('unknown'),
  ]),
  number: Type.String(),
  code: Type.String(),
  inForce: Type.Boolean({ description: '有效且已到开始日期' }),
  title: Type.String(),
  kind: Type.Enum(OBJECT_KINDS),
  listType: ListTypeSchema,
  department: Type.Object({ code: Type.String(), name: Type.String() }),
  jurisdiction: Type.Object({ code: Type.String(), name: Type.String() }),
  scope: Scope,
  communityCount: Type.Integer(),
  frequency: Type.Enum(FREQUENCIES),
  burden: Type.Object({ hoursPerCommunityYear: Type.Number(), totalHoursYear: Type.Number() }),
  resources: Type.Object({
    fundsYuan: Type.Number(),
    staff: Type.String(),
    training: Type.String(),
    equipment: Type.String(),
  }),
  startDate: Type.String(),
  expiryDate: Type.String(),
  decidedAt: Nullable(Type.String()),
});

export const PublicCheckReply = Type.Union([
  Type.Intersect([PublicAdmission, Type.Object({ query: Type.String() })]),
  Type.Object({ status: Type.Literal('unknown'), query: Type.String() }),
]);
