// Request and reply schemas of 居民服务 · 证明事项: the public guide per certificate (/public/certificates),
// its upkeep by the jurisdiction, and residents' reports of a body that asked for a forbidden certificate.
import { Type, type Static } from 'typebox';
import { ASKER_KINDS, ATTEST_BASES, ATTEST_QUESTIONS, CERTIFICATE_REQUEST_STATUSES } from '../certificates.js';
import { DateString, Nullable } from './schema.js';
import { ORG_CODE_PATTERN } from '../orgs.js';

export const CertificatesQuery = Type.Object({
  /** The resident's community (from a notice-board QR code) or any org: its lists and its city's apply. */
  org: Type.String({ pattern: ORG_CODE_PATTERN }),
  q: Type.Optional(Type.String({ maxLength: 50 })),
});
export type CertificatesQuery = Static<typeof CertificatesQuery>;

const ItemRef = {
  /** The jurisdiction whose catalogue lists it (a city's or a district's). */
  jurisdiction: Type.String(),
  jurisdictionName: Type.String(),
  code: Type.String(),
  name: Type.String(),
  allowed: Type.Boolean({ description: 'true：社区可以出具；false：社区不再出具' }),
};

export const CertificateSummary = Type.Object({
  ...ItemRef,
  /** Allowed: what it is for. Forbidden: what to do instead (the first sentence of the rule). */
  summary: Type.String(),
  departmentName: Nullable(Type.String()),
});
export type CertificateSummary = Static<typeof CertificateSummary>;

export const CertificatesView = Type.Object({
  org: Type.Object({ code: Type.String(), name: Type.String() }),
  allowed: Type.Array(CertificateSummary),
  forbidden: Type.Array(CertificateSummary),
});
export type CertificatesView = Static<typeof CertificatesView>;

export const GuideParams = Type.Object({
  jurisdiction: Type.String({ pattern: ORG_CODE_PATTERN }),
  code: Type.String({ minLength: 1, maxLength: 20, pattern: '^[A-Za-z0-9-]+$' }),
});
export type GuideParams = Static<typeof GuideParams>;

/** What the jurisdiction writes for a certificate (the catalogue gives name, basis and description). */
export const GuideBody = Type.Object({
  whoMayAsk: Type.String({ maxLength: 500 }),
  materials: Type.Array(Type.String({ minLength: 1, maxLength: 200 }), { maxItems: 20 }),
  steps: Type.Array(Type.String({ minLength: 1, maxLength: 300 }), { maxItems: 20 }),
  timeLimitDays: Nullable(Type.Integer({ minimum: 1, maximum: 60 })),
  sample: Type.String({ maxLength: 2000 }),
  contact: Type.String({ maxLength: 300 }),
});
export type GuideBody = Static<typeof GuideBody>;

export const CertificateGuide = Type.Object({
  ...ItemRef,
  description: Type.String(),
  legalBasis: Type.String(),
  departmentName: Nullable(Type.String()),
  /** Forbidden: what the resident does instead — checked by data by the department, or 告知承诺. */
  instead: Nullable(Type.String()),
  /** Always 0: a community charges nothing for a certificate. */
  feeYuan: Type.Literal(0),
  guide: Nullable(Type.Intersect([GuideBody, Type.Object({ updatedAt: Type.String() })])),
});
export type CertificateGuide = Static<typeof CertificateGuide>;

export const ForbiddenAskBody = Type.Object({
  jurisdiction: Type.String({ pattern: ORG_CODE_PATTERN }),
  code: Type.String({ minLength: 1, maxLength: 20 }),
  askerKind: Type.Enum(ASKER_KINDS),
  askerName: Type.String({ minLength: 2, maxLength: 100 }),
  askedOn: DateString,
  note: Type.Optional(Type.String({ maxLength: 500 })),
});
export type ForbiddenAskBody = Static<typeof ForbiddenAskBody>;

export const ForbiddenAskReply = Type.Object({ id: Type.Integer(), guide: CertificateGuide });
export type ForbiddenAskReply = Static<typeof ForbiddenAskReply>;

export const ForbiddenAsksQuery = Type.Object({
  org: Type.String({ pattern: ORG_CODE_PATTERN }),
  from: Type.Optional(DateString),
  to: Type.Optional(DateString),
});
export type ForbiddenAsksQuery = Static<typeof ForbiddenAsksQuery>;

export const ForbiddenAskCount = Type.Object({
  askerKind: Type.Enum(ASKER_KINDS),
  askerName: Type.String(),
  reports: Type.Integer(),
  communities: Type.Integer(),
  items: Type.Array(Type.Object({ code: Type.String(), name: Type.String(), reports: Type.Integer() })),
  lastOn: Type.String(),
});
export type ForbiddenAskCount = Static<typeof ForbiddenAskCount>;

export const ForbiddenAsksView = Type.Object({
  org: Type.Object({ code: Type.String(), name: Type.String() }),
  from: Type.String(),
  to: Type.String(),
  total: Type.Integer(),
  /** Per asking body, most reports first. Never who reported. */
  bodies: Type.Array(ForbiddenAskCount),
});
export type ForbiddenAsksView = Static<typeof ForbiddenAsksView>;

// ---- online requests (allowed certificates) ----

export const CertificateRequestBody = Type.Object({
  jurisdiction: Type.String({ pattern: ORG_CODE_PATTERN }),
  code: Type.String({ minLength: 1, maxLength: 20 }),
  purpose: Type.String({ minLength: 2, maxLength: 200, description: '用途，如 申领居住证' }),
});
export type CertificateRequestBody = Static<typeof CertificateRequestBody>;

export const CertificateRequestView = Type.Object({
  id: Type.Integer(),
  jurisdiction: Type.String(),
  code: Type.String(),
  name: Type.String(),
  purpose: Type.String(),
  status: Type.Enum(CERTIFICATE_REQUEST_STATUSES),
  createdAt: Type.String(),
  decidedAt: Nullable(Type.String()),
  decisionNote: Type.String(),
  verifyCode: Nullable(Type.String()),
  issuedOn: Nullable(Type.String()),
  validUntil: Nullable(Type.String()),
  /** The 议事协商 decision the certificate cites, if any. */
  topic: Nullable(Type.Object({ id: Type.Integer(), title: Type.String() })),
});
export type CertificateRequestView = Static<typeof CertificateRequestView>;

/** What the worker checks a request against: the resident's hub record (masked as her role sees it). */
export const RequestFact = Type.Object({ name: Type.String(), value: Nullable(Type.String()), source: Type.String() });
export type RequestFact = Static<typeof RequestFact>;

export const CommunityRequestView = Type.Intersect([
  CertificateRequestView,
  Type.Object({
    requesterName: Type.String(),
    /** Null when the resident's account is not linked to a hub record: check her documents in person. */
    record: Nullable(
      Type.Object({
        subjectId: Type.Integer(),
        name: Type.String(),
        key: Type.String(),
        facts: Type.Array(RequestFact),
      }),
    ),
  }),
]);
export type CommunityRequestView = Static<typeof CommunityRequestView>;

export const CommunityRequestsQuery = Type.Object({
  status: Type.Optional(Type.Enum(CERTIFICATE_REQUEST_STATUSES)),
});
export type CommunityRequestsQuery = Static<typeof CommunityRequestsQuery>;

export const RequestIdParams = Type.Object({ id: Type.Integer({ minimum: 1 }) });

export const DecisionBody = Type.Object({
  decision: Type.Union([Type.Literal('issue'), Type.Literal('decline')]),
  /** Issue: what the certificate states after the resident's name (e.g. 自 2019 年 3 月起在本社区实际居住). Decline: why. */
  text: Type.String({ minLength: 2, maxLength: 500 }),
  /**
   * Issue only: a community-interest matter (where policy allows it after 协商) cites the decided
   * 居民议事协商 topic of the same community behind it.
   */
  topicId: Type.Optional(Type.Integer({ minimum: 1 })),
});
export type DecisionBody = Static<typeof DecisionBody>;

export const VerifyParams = Type.Object({
  code: Type.String({ minLength: 4, maxLength: 20, pattern: '^[A-Z0-9-]+$' }),
});

export const VerifyView = Type.Object({
  valid: Type.Boolean(),
  /** issued and in date | expired | unknown code */
  state: Type.Union([Type.Literal('valid'), Type.Literal('expired'), Type.Literal('unknown')]),
  name: Nullable(Type.String({ description: '证明名称' })),
  issuer: Nullable(Type.String()),
  issuedOn: Nullable(Type.String()),
  validUntil: Nullable(Type.String()),
  /** The resident's name with all but the first character masked. */
  holder: Nullable(Type.String()),
});
export type VerifyView = Static<typeof VerifyView>;

// ---- 数据代替证明 ----

export const AttestBody = Type.Object({
  idNumber: Type.String({ minLength: 18, maxLength: 18, description: '被核验居民的公民身份号码' }),
  question: Type.Enum(ATTEST_QUESTIONS),
  /** resides_in: the community asked about. */
  community: Type.Optional(Type.String({ pattern: ORG_CODE_PATTERN })),
  /** household_member: the household number (户号) asked about. */
  householdNumber: Type.Optional(Type.String({ minLength: 1, maxLength: 30 })),
  basis: Type.Enum(ATTEST_BASES),
  /** consent: the reference of her signed consent (e.g. 申请表编号); grant: optional. */
  consentRef: Type.Optional(Type.String({ maxLength: 100 })),
  purpose: Type.String({ minLength: 2, maxLength: 200 }),
});
export type AttestBody = Static<typeof AttestBody>;

export const AttestReply = Type.Object({
  answer: Type.Union([Type.Literal('yes'), Type.Literal('no'), Type.Literal('unknown')]),
  /** The date of the record the answer rests on. */
  asOf: Nullable(Type.String()),
  question: Type.Enum(ATTEST_QUESTIONS),
  /** Under which grant (its admission number) or consent it was answered. */
  basis: Type.String(),
});
export type AttestReply = Static<typeof AttestReply>;
