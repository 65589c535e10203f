// Schemas of 政府购买服务, part B (issue 19): the 指导性目录 of what a jurisdiction may buy, the import of an
// organisation roster, residents' ratings, the buyer's closing evaluation and the organisation's monthly reports.
import { Type, type Static } from 'typebox';
import { ORG_CODE_PATTERN } from '../orgs.js';
import { ACTIVITY_KINDS, EVALUATION_GRADES, RATING_MAX, RATING_MIN, SERVICE_AREAS } from '../purchasing.js';
import { Nullable } from './schema.js';

const Code = Type.String({ pattern: ORG_CODE_PATTERN, maxLength: 20 });
const Named = Type.Object({ code: Type.String(), name: Type.String() });
const Month = Type.String({ pattern: '^\\d{4}-\\d{2}$', description: 'YYYY-MM' });

export const CatalogueItemBody = Type.Object({
  jurisdictionCode: Code,
  name: Type.String({ minLength: 2, maxLength: 80 }),
  description: Type.Optional(Type.String({ maxLength: 1000 })),
  serviceArea: Type.Optional(Nullable(Type.Enum(SERVICE_AREAS))),
  /** The code of the matching item in the jurisdiction's published 社区工作事项清单, if one matches. */
  catalogueCode: Type.Optional(Nullable(Type.String({ maxLength: 40 }))),
});

export const CatalogueItemView = Type.Object({
  id: Type.Integer(),
  jurisdiction: Named,
  name: Type.String(),
  description: Type.String(),
  serviceArea: Nullable(Type.Enum(SERVICE_AREAS)),
  /** The matched 清单 item: its code and name. */
  catalogueItem: Nullable(Type.Object({ code: Type.String(), name: Type.String() })),
  /** Admissions that name it as delivered by purchased service, and their budgets. */
  admissions: Type.Integer(),
  budgetYuan: Type.Integer(),
  createdAt: Type.String(),
});
export const CatalogueItemList = Type.Object({ jurisdiction: Named, items: Type.Array(CatalogueItemView) });
export const CatalogueQuery = Type.Object({ jurisdiction: Code });
export const ItemParams = Type.Object({ id: Type.Integer({ minimum: 1 }) });

export const OrgImportData = Type.Object({
  /** Where the organisations work; the importer's own org when left out. */
  jurisdictionCode: Type.Optional(Code),
  /** false (the default): a dry run; true: every row written in one transaction, or none when any is bad. */
  commit: Type.Optional(Type.Boolean()),
});
export const OrgImportReply = Type.Object({
  rows: Type.Integer(),
  errors: Type.Array(Type.Object({ row: Type.Integer(), field: Type.String(), reason: Type.String() })),
  /** The rows as they would be registered (the first 200). */
  preview: Type.Array(
    Type.Object({ row: Type.Integer(), name: Type.String(), creditCode: Nullable(Type.String()), type: Type.String() }),
  ),
  imported: Type.Integer(),
  committed: Type.Boolean(),
});

export const ResidentRatingBody = Type.Object({
  score: Type.Integer({ minimum: RATING_MIN, maximum: RATING_MAX }),
  comment: Type.String({ maxLength: 300 }),
});

/** What a resident sees of a service to their community, and their own rating. */
export const ResidentService = Type.Object({
  id: Type.Integer(),
  title: Type.String(),
  socialOrg: Type.String(),
  startDate: Type.String(),
  endDate: Type.String(),
  closed: Type.Boolean(),
  activitiesHere: Type.Integer(),
  myRating: Nullable(Type.Object({ score: Type.Integer(), comment: Type.String(), ratedAt: Type.String() })),
  canRate: Type.Boolean(),
});
export const ResidentServiceList = Type.Object({ community: Named, items: Type.Array(ResidentService) });

export const EvaluationBody = Type.Object({
  score: Type.Integer({ minimum: 0, maximum: 100 }),
  /** When given, it must be the grade of the score's band. */
  grade: Type.Optional(Type.Enum(EVALUATION_GRADES)),
  text: Type.String({ minLength: 10, maxLength: 2000 }),
});
export const EvaluationView = Type.Object({
  score: Type.Integer(),
  grade: Type.Enum(EVALUATION_GRADES),
  text: Type.String(),
  evaluatedAt: Type.String(),
});

export const ReportBody = Type.Object({ month: Month, text: Type.String({ minLength: 1, maxLength: 2000 }) });
/** A month's numbers, computed from the activities (never typed). */
export const ReportNumbers = Type.Object({
  activities: Type.Integer(),
  participants: Type.Integer(),
  beneficiaries: Type.Integer(),
  communities: Type.Integer(),
  byKind: Type.Array(Type.Object({ kind: Type.Enum(ACTIVITY_KINDS), n: Type.Integer() })),
  /** Indicators as they stood at the month's end: delivered of required. */
  indicators: Type.Array(Type.Object({ name: Type.String(), delivered: Type.Integer(), required: Type.Integer() })),
});
export const ReportView = Type.Object({
  id: Type.Integer(),
  month: Type.String(),
  text: Type.String(),
  numbers: ReportNumbers,
  submittedAt: Type.String(),
});

/** The delivery record of a contract beyond part A's detail: evaluation, residents' ratings, reports. */
export const ContractRecord = Type.Object({
  contractId: Type.Integer(),
  evaluation: Nullable(EvaluationView),
  residentRatings: Type.Integer(),
  residentScore: Nullable(Type.Number()),
  reports: Type.Array(ReportView),
  /** Months of the term up to now without a report. */
  missingReports: Type.Array(Type.String()),
  /** Months the organisation may still report (up to this one), newest first. */
  reportable: Type.Array(Type.String()),
  can: Type.Object({ evaluate: Type.Boolean(), report: Type.Boolean() }),
});

/** An organisation's record: its closed contracts' evaluations. */
export const OrgRecord = Type.Object({
  closed: Type.Integer(),
  averageScore: Nullable(Type.Number()),
  latestGrade: Nullable(Type.Enum(EVALUATION_GRADES)),
  residentScore: Nullable(Type.Number()),
});

export type CatalogueItemBody = Static<typeof CatalogueItemBody>;
export type CatalogueItemView = Static<typeof CatalogueItemView>;
export type CatalogueItemList = Static<typeof CatalogueItemList>;
export type ResidentServiceList = Static<typeof ResidentServiceList>;
export type OrgImportReply = Static<typeof OrgImportReply>;
export type ResidentRatingBody = Static<typeof ResidentRatingBody>;
export type ResidentService = Static<typeof ResidentService>;
export type EvaluationBody = Static<typeof EvaluationBody>;
export type EvaluationView = Static<typeof EvaluationView>;
export type ReportBody = Static<typeof ReportBody>;
export type ReportNumbers = Static<typeof ReportNumbers>;
export type ReportView = Static<typeof ReportView>;
export type ContractRecord = Static<typeof ContractRecord>;
export type OrgRecord = Static<typeof OrgRecord>;
