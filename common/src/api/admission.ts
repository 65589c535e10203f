// Request and reply schemas of the admission routes (the digital 审批表 and the public check).
import { Type, type Static } from 'typebox';
import {
  ADMISSION_STATUSES,
  FREQUENCIES,
  PUBLIC_RECORD_ACTIONS,
  OBJECT_KINDS,
  PRECHECK_RULES,
  PUBLIC_STATUSES,
  SCOPE_TYPES,
  VERDICTS,
  WORKFLOW_ACTIONS,
} from '../admission.js';
import { ORG_CODE_PATTERN } from '../orgs.js';
import { DateString, Nullable, PagedOf, pageProps } from './schema.js';

export const Scope = Type.Object({
  type: Type.Enum(SCOPE_TYPES),
  codes: Type.Array(Type.String({ pattern: ORG_CODE_PATTERN }), { maxItems: 2000, default: [] }),
});
/** 由政府购买服务承接: an item of the jurisdiction's 指导性目录 and the budget set aside for it. */
export const PurchasedFunding = Type.Object({
  itemId: Type.Integer({ minimum: 1 }),
  budgetYuan: Type.Integer({ minimum: 0, maximum: 1000000000 }),
});
const Resources = Type.Object({
  fundsYuan: Type.Optional(Nullable(Type.Number({ minimum: 0, maximum: 1e10 }))),
  purchased: Type.Optional(Nullable(PurchasedFunding)),
  staff: Type.Optional(Type.String({ maxLength: 500 })),
  training: Type.Optional(Type.String({ maxLength: 500 })),
  equipment: Type.Optional(Type.String({ maxLength: 500 })),
});
export const AdmissionListType = Type.Union([Type.Literal('duty'), Type.Literal('assist')]);

const draftProps = {
  title: Type.String({ maxLength: 100 }),
  kind: Type.Enum(OBJECT_KINDS),
  listType: AdmissionListType,
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

export const BurdenEstimateView = Type.Object({
  minutesPerOccurrence: Type.Number(),
  occurrencesPerYear: Type.Number(),
  hoursPerCommunityYear: Type.Number(),
  totalHoursYear: Type.Number(),
  workerDaysYear: Type.Number(),
  basis: Type.String(),
});

export const PrecheckMatch = Type.Object({
  code: Type.String(),
  name: Type.String(),
  score: Type.Number(),
  source: Type.String({ description: 'negative、cert_forbidden、duty、assist、admission …' }),
});

export const RenderedCheck = Type.Object({
  rule: Type.Enum(PRECHECK_RULES),
  verdict: Type.Enum(VERDICTS),
  message: Type.String(),
  matches: Type.Array(PrecheckMatch),
  estimate: Type.Optional(BurdenEstimateView),
  fieldErrors: Type.Optional(
    Type.Array(Type.Object({ field: Type.String(), reason: Type.String(), message: Type.String() })),
  ),
});

export const PrecheckReply = Type.Object({ checks: Type.Array(RenderedCheck) });

export const ReviewClock = Type.Object({
  dueDate: Type.String(),
  workingDaysLeft: Type.Integer(),
  overdue: Type.Boolean(),
});

/** Resources as an admission shows them (the form's may be left out). */
export const ResourcesView = Type.Object({
  fundsYuan: Type.Number(),
  purchased: Type.Optional(Nullable(PurchasedFunding)),
  staff: Type.String(),
  training: Type.String(),
  equipment: Type.String(),
});

const Named = Type.Object({ code: Type.String(), name: Type.String() });
const BurdenHours = Type.Object({ hoursPerCommunityYear: Type.Number(), totalHoursYear: Type.Number() });

const admissionProps = {
  id: Type.Integer(),
  status: Type.Enum(ADMISSION_STATUSES),
  number: Nullable(Type.String()),
  code: Nullable(Type.String()),
  title: Type.String(),
  kind: Type.Enum(OBJECT_KINDS),
  listType: AdmissionListType,
  description: Type.String(),
  legalBasis: Type.String(),
  scope: Scope,
  communityCount: Type.Integer(),
  frequency: Type.Enum(FREQUENCIES),
  occurrencesPerYear: Nullable(Type.Number()),
  minutesPerOccurrence: Nullable(Type.Number()),
  ledgerFields: Nullable(Type.Integer()),
  ledgerRows: Nullable(Type.Integer()),
  resources: ResourcesView,
  assessment: Type.String(),
  startDate: Type.String(),
  expiryDate: Type.String(),
  emergency: Type.Boolean(),
  emergencyReason: Type.String(),
  retires: Type.Array(Type.Integer()),
  burden: BurdenHours,
  department: Named,
  jurisdiction: Named,
  submittedAt: Nullable(Type.String()),
  reviewDueDate: Nullable(Type.String()),
  decidedAt: Nullable(Type.String()),
  overrideReason: Nullable(Type.String()),
  consultation: Type.Object({ codes: Type.Array(Type.String()), dueDate: Nullable(Type.String()) }),
  createdAt: Type.String(),
  updatedAt: Type.String(),
  isDemo: Type.Boolean(),
  clock: Nullable(ReviewClock),
};

export const AdmissionListItem = Type.Object(admissionProps);
export const AdmissionPage = PagedOf(AdmissionListItem);

export const AdmissionEvent = Type.Object({
  at: Type.String(),
  actorName: Type.String(),
  action: Type.String({ description: '流转动作，或 create、save、import、sign_off' }),
  from: Nullable(Type.String()),
  to: Type.String(),
  reason: Type.String(),
  tag: Nullable(Type.String()),
  changes: Type.Record(Type.String(), Type.Unknown()),
  opinion: Type.String({ description: '审查意见（审查决定才有）' }),
});

export const Stance = Type.Union([Type.Literal('agree'), Type.Literal('concern'), Type.Literal('object')]);

export const ConsultationComment = Type.Object({
  communityCode: Type.String(),
  communityName: Type.String(),
  stance: Type.String(),
  comment: Type.String(),
  at: Type.String(),
});

/** Where the consultation of the communities stands (征求意见): who was asked, who answered. */
export const ConsultationProgress = Type.Object({
  /** 协助 items: approval waits until the consultation is done. */
  required: Type.Boolean(),
  started: Type.Boolean(),
  dueDate: Nullable(Type.String()),
  communities: Type.Array(Type.Object({ code: Type.String(), name: Type.String(), answered: Type.Boolean() })),
  answered: Type.Integer(),
  total: Type.Integer(),
  /** Every community answered, or the period ran out. */
  done: Type.Boolean(),
});

export const AdmissionDetail = Type.Object({
  ...admissionProps,
  prechecks: Type.Array(RenderedCheck),
  events: Type.Array(AdmissionEvent),
  comments: Type.Array(ConsultationComment),
  consultationProgress: ConsultationProgress,
  signoffs: Type.Object({
    required: Type.Integer(),
    done: Type.Array(Type.Object({ name: Type.String(), at: Type.String(), opinion: Type.String() })),
  }),
  allowedActions: Type.Array(Type.Enum(WORKFLOW_ACTIONS)),
});

export const ListQuery = Type.Object({
  ...pageProps,
  q: Type.Optional(Type.String({ maxLength: 50 })),
  status: Type.Optional(Type.Array(Type.Enum(ADMISSION_STATUSES))),
  queue: Type.Optional(Type.Boolean({ description: '审核队列：待审核的申请，按审核时限排序' })),
});

export const Amendment = Type.Object({
  frequency: Type.Optional(Type.Enum(FREQUENCIES)),
  occurrencesPerYear: Type.Optional(Nullable(Type.Number({ minimum: 0, maximum: 10000 }))),
  minutesPerOccurrence: Type.Optional(Nullable(Type.Number({ minimum: 0, maximum: 100000 }))),
  ledgerFields: Type.Optional(Nullable(Type.Integer({ minimum: 0, maximum: 1000 }))),
  ledgerRows: Type.Optional(Nullable(Type.Integer({ minimum: 0, maximum: 1000000 }))),
});

export const ActBody = Type.Object({
  action: Type.Enum(WORKFLOW_ACTIONS),
  reason: Type.Optional(Type.String({ maxLength: 2000 })),
  /** 审查意见: required for every decision (approve, return, reject, revoke, renew, deny_renewal). */
  opinion: Type.Optional(Type.String({ maxLength: 2000 })),
  tag: Type.Optional(Type.Union([Type.Literal('work_change'), Type.Literal('re_estimate')])),
  amendment: Type.Optional(Amendment),
  consultation: Type.Optional(
    Type.Object({
      /** Communities asked; all communities in the application's scope when left out. */
      codes: Type.Optional(Type.Array(Type.String({ pattern: ORG_CODE_PATTERN }), { maxItems: 2000 })),
      workingDays: Type.Optional(Type.Integer({ minimum: 1, maximum: 30 })),
    }),
  ),
  expiryDate: Type.Optional(DateString),
});

export const CommentBody = Type.Object({
  stance: Stance,
  comment: Type.String({ minLength: 1, maxLength: 2000 }),
});

export const PublicAdmission = Type.Object({
  status: Type.Enum(PUBLIC_STATUSES),
  number: Type.String(),
  code: Type.String(),
  inForce: Type.Boolean({ description: '有效且已到开始日期' }),
  title: Type.String(),
  kind: Type.Enum(OBJECT_KINDS),
  listType: AdmissionListType,
  department: Named,
  jurisdiction: Named,
  scope: Scope,
  communityCount: Type.Integer(),
  frequency: Type.Enum(FREQUENCIES),
  burden: BurdenHours,
  resources: ResourcesView,
  startDate: Type.String(),
  expiryDate: Type.String(),
  decidedAt: Nullable(Type.String()),
  /** The decisions on this number with their opinions (审查意见), oldest first. */
  record: Type.Array(
    Type.Object({ action: Type.Enum(PUBLIC_RECORD_ACTIONS), at: Type.String(), opinion: Type.String() }),
  ),
});

/** A real number near an unknown one (same jurisdiction, same year first): "did you mean". */
export const NumberSuggestion = Type.Object({
  number: Type.String(),
  code: Type.String(),
  title: Type.String(),
  status: Type.Enum(PUBLIC_STATUSES),
});

export const PublicCheckReply = Type.Union([
  Type.Intersect([PublicAdmission, Type.Object({ query: Type.String() })]),
  Type.Object({ status: Type.Literal('unknown'), query: Type.String(), suggestions: Type.Array(NumberSuggestion) }),
]);

export const IdParams = Type.Object({ id: Type.Integer({ minimum: 1 }) });
export const NumberParams = Type.Object({ number: Type.String({ minLength: 1, maxLength: 60 }) });
export const JurisdictionParams = Type.Object({ jurisdiction: Type.String({ pattern: ORG_CODE_PATTERN }) });
export const JurisdictionQuery = JurisdictionParams;

/** A consultation as the community sees it (no review clock), with what this community answered so far. */
export const ConsultationView = Type.Intersect([
  Type.Omit(AdmissionListItem, ['clock']),
  Type.Object({ answers: Type.Array(ConsultationComment) }),
]);

export const AdmissionSettings = Type.Object({
  jurisdiction: Type.String(),
  signoffsRequired: Type.Integer(),
  abbreviation: Type.String(),
});

export const SettingsPatch = Type.Object({
  signoffsRequired: Type.Optional(Type.Integer({ minimum: 1, maximum: 9 })),
  abbreviation: Type.Optional(Type.String({ minLength: 1, maxLength: 4 })),
});

export type AdmissionListType = Static<typeof AdmissionListType>;
export type Scope = Static<typeof Scope>;
export type Resources = Static<typeof ResourcesView>;
/** The digital 审批表 as the applicant sends it. */
export type AdmissionDraft = Static<typeof DraftBody>;
export type PartialDraft = Static<typeof PartialDraftBody>;
export type BurdenEstimateView = Static<typeof BurdenEstimateView>;
export type PrecheckMatch = Static<typeof PrecheckMatch>;
export type PrecheckResult = Static<typeof RenderedCheck>;
export type PrecheckReply = Static<typeof PrecheckReply>;
export type ReviewClock = Static<typeof ReviewClock>;
export type Admission = Static<typeof AdmissionListItem>;
export type AdmissionEvent = Static<typeof AdmissionEvent>;
export type Stance = Static<typeof Stance>;
export type ConsultationComment = Static<typeof ConsultationComment>;
export type ConsultationProgress = Static<typeof ConsultationProgress>;
export type ConsultationView = Static<typeof ConsultationView>;
export type AdmissionDetail = Static<typeof AdmissionDetail>;
export type AdmissionQuery = Static<typeof ListQuery>;
export type Amendment = Static<typeof Amendment>;
export type ActBody = Static<typeof ActBody>;
export type CommentBody = Static<typeof CommentBody>;
export type PublicAdmission = Static<typeof PublicAdmission>;
export type PublicCheck = Static<typeof PublicCheckReply>;
export type NumberSuggestion = Static<typeof NumberSuggestion>;
export type AdmissionSettings = Static<typeof AdmissionSettings>;
export type SettingsPatch = Static<typeof SettingsPatch>;
export type { PublicStatus, WorkflowAction } from '../admission.js';
export { WORKFLOW_ACTIONS } from '../admission.js';
