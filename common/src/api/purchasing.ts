// Request and reply schemas of 社会组织与政府购买服务 (issue 19): the registry of social organisations, the
// contracts by which departments and streets buy services, delivery, ratings, milestones and the public view.
import { Type, type Static } from 'typebox';
import { AttachmentView } from './dispatch.js';
import { ORG_CODE_PATTERN } from '../orgs.js';
import {
  ACTIVITY_KINDS,
  INDICATOR_BASES,
  RATING_MAX,
  RATING_MIN,
  SERVICE_AREAS,
  SOCIAL_ORG_GRADES,
  SOCIAL_ORG_TYPES,
} from '../purchasing.js';
import { EvaluationView, OrgRecord } from './purchasing-catalogue.js';
import { DateString, Nullable } from './schema.js';

const Code = Type.String({ pattern: ORG_CODE_PATTERN, maxLength: 20 });
const Named = Type.Object({ code: Type.String(), name: Type.String() });
const Month = Type.String({ pattern: '^\\d{4}-\\d{2}$', description: 'YYYY-MM' });

export const IdParams = Type.Object({ id: Type.Integer({ minimum: 1 }) });
export const MilestoneParams = Type.Object({
  id: Type.Integer({ minimum: 1 }),
  milestoneId: Type.Integer({ minimum: 1 }),
});
export const ActivityParams = Type.Object({
  id: Type.Integer({ minimum: 1 }),
  activityId: Type.Integer({ minimum: 1 }),
});
export const ActivityPhotoParams = Type.Object({
  id: Type.Integer({ minimum: 1 }),
  activityId: Type.Integer({ minimum: 1 }),
  fileId: Type.Integer({ minimum: 1 }),
});
export const JurisdictionQuery = Type.Object({ jurisdiction: Code });

export const SocialOrgBody = Type.Object({
  name: Type.String({ minLength: 2, maxLength: 80 }),
  /** 统一社会信用代码 (GB 32100-2015); left out only for a filed community group. */
  creditCode: Type.Optional(Type.String({ maxLength: 40 })),
  type: Type.Enum(SOCIAL_ORG_TYPES),
  registeredWith: Type.String({ minLength: 1, maxLength: 80, description: '登记管理机关或备案单位' }),
  jurisdictionCode: Code,
  grade: Type.Optional(Type.Enum(SOCIAL_ORG_GRADES)),
  gradedOn: Type.Optional(DateString),
  serviceAreas: Type.Array(Type.Enum(SERVICE_AREAS), { maxItems: 8, uniqueItems: true }),
  contactName: Type.String({ minLength: 1, maxLength: 40 }),
  contactPhone: Type.String({ minLength: 5, maxLength: 20 }),
});

/** What anyone may read of an organisation: no contact person. */
export const PublicSocialOrg = Type.Object({
  id: Type.Integer(),
  name: Type.String(),
  creditCode: Nullable(Type.String()),
  type: Type.Enum(SOCIAL_ORG_TYPES),
  registeredWith: Type.String(),
  jurisdiction: Named,
  grade: Nullable(Type.Enum(SOCIAL_ORG_GRADES)),
  gradedOn: Nullable(Type.String()),
  serviceAreas: Type.Array(Type.Enum(SERVICE_AREAS)),
  contactPhone: Type.String(),
  contracts: Type.Integer(),
  averageScore: Nullable(Type.Number()),
  /** Part B: the closing evaluations of its contracts and residents' scores. */
  record: Type.Optional(OrgRecord),
});

export const SocialOrgView = Type.Intersect([PublicSocialOrg, Type.Object({ contactName: Type.String() })]);
export const SocialOrgList = Type.Object({ items: Type.Array(PublicSocialOrg) });
export const SocialOrgViewList = Type.Object({ items: Type.Array(SocialOrgView) });

export const LinkAccountBody = Type.Object({ username: Type.String({ minLength: 1, maxLength: 64 }) });

export const IndicatorBody = Type.Object({
  name: Type.String({ minLength: 1, maxLength: 80 }),
  activityKind: Type.Enum(ACTIVITY_KINDS),
  basis: Type.Enum(INDICATOR_BASES),
  target: Type.Integer({ minimum: 1, maximum: 100000 }),
  beneficiaries: Type.Optional(Type.Integer({ minimum: 1, maximum: 100000 })),
});

export const MilestoneBody = Type.Object({
  name: Type.String({ minLength: 1, maxLength: 80 }),
  dueDate: DateString,
  amountYuan: Type.Integer({ minimum: 0, maximum: 1000000000 }),
});

export const ContractBody = Type.Object({
  title: Type.String({ minLength: 2, maxLength: 100 }),
  /** The admission number of the work the service takes off the communities. */
  admissionNumber: Type.String({ minLength: 1, maxLength: 60 }),
  socialOrgId: Type.Integer({ minimum: 1 }),
  startDate: DateString,
  endDate: DateString,
  budgetYuan: Type.Integer({ minimum: 1, maximum: 1000000000 }),
  communities: Type.Array(Code, { minItems: 1, maxItems: 500, uniqueItems: true }),
  indicators: Type.Array(IndicatorBody, { minItems: 1, maxItems: 20 }),
  milestones: Type.Optional(Type.Array(MilestoneBody, { maxItems: 12 })),
});

export const ActivityBody = Type.Object({
  heldOn: DateString,
  communityCode: Code,
  kind: Type.Enum(ACTIVITY_KINDS),
  participants: Type.Integer({ minimum: 0, maximum: 100000 }),
  beneficiaries: Type.Integer({ minimum: 0, maximum: 100000 }),
  note: Type.String({ maxLength: 500 }),
});

export const RatingBody = Type.Object({
  communityCode: Code,
  month: Month,
  score: Type.Integer({ minimum: RATING_MIN, maximum: RATING_MAX }),
  comment: Type.String({ maxLength: 500 }),
});

export const AcceptBody = Type.Object({ note: Type.String({ maxLength: 500 }) });

export const IndicatorView = Type.Object({
  id: Type.Integer(),
  name: Type.String(),
  activityKind: Type.Enum(ACTIVITY_KINDS),
  basis: Type.Enum(INDICATOR_BASES),
  target: Type.Integer(),
  beneficiaries: Nullable(Type.Integer()),
  required: Type.Integer(),
  expectedByNow: Type.Integer(),
  delivered: Type.Integer(),
  ratio: Type.Number(),
  status: Type.Union([
    Type.Literal('done'),
    Type.Literal('on_track'),
    Type.Literal('behind'),
    Type.Literal('not_started'),
  ]),
});

export const ActivityView = Type.Object({
  id: Type.Integer(),
  heldOn: Type.String(),
  community: Named,
  kind: Type.Enum(ACTIVITY_KINDS),
  participants: Type.Integer(),
  beneficiaries: Type.Integer(),
  note: Type.String(),
  recordedAt: Type.String(),
  /** Optional photos (or PDFs) of the activity: never required as proof of delivery. */
  photos: Type.Array(AttachmentView),
});

export const RatingView = Type.Object({
  community: Named,
  month: Type.String(),
  score: Type.Integer(),
  comment: Type.String(),
  ratedAt: Type.String(),
});

export const MilestoneView = Type.Object({
  id: Type.Integer(),
  name: Type.String(),
  dueDate: Type.String(),
  amountYuan: Type.Integer(),
  acceptedAt: Nullable(Type.String()),
  note: Type.String(),
});

export const HoursShiftView = Type.Object({
  hoursPerCommunityYear: Type.Number(),
  plannedHours: Type.Number(),
  movedHours: Type.Number(),
  gapHours: Type.Number(),
});

export const ContractSummary = Type.Object({
  id: Type.Integer(),
  title: Type.String(),
  buyer: Named,
  admissionNumber: Type.String(),
  admissionTitle: Type.String(),
  socialOrg: Type.Object({ id: Type.Integer(), name: Type.String(), grade: Nullable(Type.String()) }),
  startDate: Type.String(),
  endDate: Type.String(),
  budgetYuan: Type.Integer(),
  communities: Type.Array(Named),
  averageScore: Nullable(Type.Number()),
  deliveryRatio: Type.Number(),
  shift: HoursShiftView,
});

export const ContractList = Type.Object({ items: Type.Array(ContractSummary) });

export const ContractDetail = Type.Intersect([
  ContractSummary,
  Type.Object({
    indicators: Type.Array(IndicatorView),
    activities: Type.Array(ActivityView),
    ratings: Type.Array(RatingView),
    milestones: Type.Array(MilestoneView),
    /** What the caller may do here. */
    can: Type.Object({ record: Type.Boolean(), rate: Type.Array(Type.String()), accept: Type.Boolean() }),
  }),
]);

export const ShiftQuery = Type.Object({ org: Code });
export const ShiftReply = Type.Object({
  org: Named,
  plannedHours: Type.Number(),
  movedHours: Type.Number(),
  gapHours: Type.Number(),
  contracts: Type.Array(
    Type.Object({
      id: Type.Integer(),
      title: Type.String(),
      admissionNumber: Type.String(),
      socialOrg: Type.String(),
      communities: Type.Integer(),
      plannedHours: Type.Number(),
      movedHours: Type.Number(),
      gapHours: Type.Number(),
    }),
  ),
});

/** The public view of a jurisdiction's purchased services: contracts, budgets, organisations, ratings. */
export const PublicPurchasedServices = Type.Object({
  jurisdiction: Named,
  contracts: Type.Array(
    Type.Object({
      id: Type.Integer(),
      title: Type.String(),
      buyer: Type.String(),
      admissionNumber: Type.String(),
      socialOrg: Type.String(),
      socialOrgCreditCode: Nullable(Type.String()),
      startDate: Type.String(),
      endDate: Type.String(),
      budgetYuan: Type.Integer(),
      communities: Type.Integer(),
      deliveryRatio: Type.Number(),
      averageScore: Nullable(Type.Number()),
      ratings: Type.Integer(),
      /** Part B: the buyer's closing evaluation, and residents' ratings. */
      evaluation: Type.Optional(Nullable(EvaluationView)),
      residentRatings: Type.Optional(Type.Integer()),
      residentScore: Type.Optional(Nullable(Type.Number())),
    }),
  ),
});

export type SocialOrgBody = Static<typeof SocialOrgBody>;
export type PublicSocialOrg = Static<typeof PublicSocialOrg>;
export type SocialOrgView = Static<typeof SocialOrgView>;
export type ContractBody = Static<typeof ContractBody>;
export type ActivityBody = Static<typeof ActivityBody>;
export type RatingBody = Static<typeof RatingBody>;
export type ContractSummary = Static<typeof ContractSummary>;
export type ContractDetail = Static<typeof ContractDetail>;
export type ShiftReply = Static<typeof ShiftReply>;
export type PublicPurchasedServices = Static<typeof PublicPurchasedServices>;
