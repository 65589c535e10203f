// Request and reply schemas of 个人信息保护: access grants, unmasking with a reason, correction
// requests, dataset withdrawal, the audit trail, and the resident's own routes (/me/*).
import { Type, type Static } from 'typebox';
import { Nullable, pageProps, PagedOf } from './schema.js';

export const GRANT_STATUSES = ['active', 'expired', 'revoked'] as const;
export type GrantStatus = (typeof GRANT_STATUSES)[number];
export const CORRECTION_STATUSES = ['open', 'accepted', 'rejected'] as const;
export type CorrectionStatus = (typeof CORRECTION_STATUSES)[number];
export const AUDIT_OUTCOMES = ['allowed', 'denied'] as const;
export type AuditOutcome = (typeof AUDIT_OUTCOMES)[number];

const Named = Type.Object({ code: Type.String(), name: Type.String() });
export const IdParams = Type.Object({ id: Type.Integer({ minimum: 1 }) });

const DATE = '^\\d{4}-\\d{2}-\\d{2}$';

// Grants.

export const GrantView = Type.Object({
  id: Type.Integer(),
  department: Named,
  elements: Type.Array(Type.String()),
  purpose: Type.String(),
  admission: Type.Object({
    id: Type.Integer(),
    number: Nullable(Type.String()),
    title: Type.String(),
    expiryDate: Type.String(),
  }),
  expiresOn: Type.String(),
  status: Type.Enum(GRANT_STATUSES),
  grantedBy: Nullable(Type.String()),
  createdAt: Type.String(),
  revokedAt: Nullable(Type.String()),
  isDemo: Type.Boolean(),
});

export const GrantOptionsQuery = Type.Object({
  district: Type.String({ pattern: '^\\d{4}(\\d{2})?$', description: '市（4 位）或区县（6 位）代码' }),
});

export const GrantOptions = Type.Object({
  departments: Type.Array(Named),
  admissions: Type.Array(
    Type.Object({
      number: Type.String(),
      title: Type.String(),
      kind: Type.String(),
      department: Named,
      expiryDate: Type.String(),
    }),
  ),
});

export const GrantBody = Type.Object({
  departmentCode: Type.String({ maxLength: 40 }),
  elements: Type.Array(Type.String({ maxLength: 60 }), { maxItems: 200 }),
  purpose: Type.Optional(Type.String({ maxLength: 200 })),
  admissionNumber: Type.String({ maxLength: 60 }),
  expiresOn: Type.Optional(Type.String({ maxLength: 10 })),
});

// Unmasking one record.

export const UnmaskBody = Type.Object({
  subjectId: Type.Integer({ minimum: 1 }),
  reason: Type.String({ minLength: 2, maxLength: 200 }),
  /** With `community`: one ledger row of that form; without: one subject record. */
  formId: Type.Optional(Type.Integer({ minimum: 1 })),
  community: Type.Optional(Type.String({ maxLength: 20 })),
});

export const UnmaskReply = Type.Object({
  subjectId: Type.Integer(),
  facts: Type.Array(Type.Object({ element: Type.String(), name: Type.String(), value: Nullable(Type.String()) })),
  cells: Type.Array(Type.Object({ state: Type.String(), value: Nullable(Type.String()) })),
});

// Corrections.

export const CorrectionView = Type.Object({
  id: Type.Integer(),
  subject: Type.Object({ id: Type.Integer(), name: Type.String(), type: Type.String(), communityCode: Type.String() }),
  element: Type.String(),
  elementName: Type.String(),
  currentValue: Nullable(Type.String()),
  proposedValue: Type.String(),
  note: Type.String(),
  department: Named,
  status: Type.Enum(CORRECTION_STATUSES),
  createdAt: Type.String(),
  resolvedAt: Nullable(Type.String()),
  resolution: Type.String(),
});

export const ResolveBody = Type.Object({
  status: Type.Union([Type.Literal('accepted'), Type.Literal('rejected')]),
  resolution: Type.Optional(Type.String({ maxLength: 500 })),
});

export const FlagBody = Type.Object({
  subjectId: Type.Integer({ minimum: 1 }),
  element: Type.String({ maxLength: 60 }),
  proposedValue: Type.Optional(Type.String({ maxLength: 200 })),
  note: Type.Optional(Type.String({ maxLength: 500 })),
});

// Dataset withdrawal.

export const WithdrawReply = Type.Object({
  dataset: Type.Object({ id: Type.Integer(), code: Type.String(), name: Type.String() }),
  factsRemoved: Type.Integer(),
  subjectsRemoved: Type.Integer(),
});

// The audit trail.

export const AuditQuery = Type.Object({
  ...pageProps,
  outcome: Type.Optional(Type.Enum(AUDIT_OUTCOMES)),
  username: Type.Optional(Type.String({ minLength: 1, maxLength: 60 })),
  action: Type.Optional(Type.String({ minLength: 1, maxLength: 60 })),
  from: Type.Optional(Type.String({ pattern: DATE, description: '起始日期（含，北京时间）' })),
  to: Type.Optional(Type.String({ pattern: DATE, description: '截止日期（含，北京时间）' })),
  subject: Type.Optional(Type.Integer({ minimum: 1, description: '读取过该对象的记录' })),
});

export const AuditEntry = Type.Object({
  id: Type.Integer(),
  at: Type.String(),
  username: Type.String(),
  role: Type.String(),
  orgCode: Type.String(),
  departmentCode: Nullable(Type.String()),
  action: Type.String(),
  outcome: Type.Enum(AUDIT_OUTCOMES),
  subjectCount: Type.Integer(),
  subjectIds: Type.Array(Type.Integer(), { description: '至多前 20 个' }),
  elements: Type.Array(Type.String()),
  purpose: Type.String(),
  admissionNumber: Nullable(Type.String()),
  fileSha256: Nullable(Type.String()),
  requestId: Type.String(),
  hash: Type.String(),
});
export const AuditPage = PagedOf(AuditEntry);

/** Why entries do not fit the audit chain (server/src/modules/privacy/chain.ts). */
export const AuditBreakReason = Type.Union([
  Type.Literal('hash_mismatch'),
  Type.Literal('prev_mismatch'),
  Type.Literal('gap'),
  Type.Literal('head_mismatch'),
  Type.Literal('unknown_key'),
  Type.Literal('key_switched'),
  Type.Literal('unkeyed_after_keyed'),
  Type.Literal('checkpoint_mismatch'),
]);

const verifyCounts = {
  entries: Type.Integer(),
  unkeyed: Type.Integer({ description: '启用密钥前（链 v1）的记录数' }),
  checkpoints: Type.Integer({ description: '核对过的签名检查点数' }),
};

export const AuditVerify = Type.Union([
  Type.Object({ ok: Type.Literal(true), ...verifyCounts, lastId: Type.Integer() }),
  Type.Object({
    ok: Type.Literal(false),
    ...verifyCounts,
    brokenAt: Nullable(Type.Integer()),
    reason: AuditBreakReason,
    /** Every broken range (`to` null: up to the head). */
    breaks: Type.Array(Type.Object({ from: Type.Integer(), to: Nullable(Type.Integer()), reason: AuditBreakReason })),
  }),
]);

// The resident's own routes (/me/*).

export const MyFact = Type.Object({
  element: Type.String(),
  name: Type.String(),
  value: Nullable(Type.String()),
  source: Type.String(),
  authority: Type.String({ description: '权威来源（更正申请交给它）' }),
  observedAt: Type.String(),
  sensitivity: Type.String(),
  conflicts: Type.Array(
    Type.Object({ value: Nullable(Type.String()), source: Type.String(), observedAt: Type.String() }),
  ),
});

export const MyData = Type.Object({
  name: Type.String(),
  community: Named,
  subjects: Type.Array(
    Type.Object({ id: Type.Integer(), type: Type.String(), name: Type.String(), facts: Type.Array(MyFact) }),
  ),
});

/** One group of looks at a resident's data: same who, role, action, purpose; `at` the latest, `firstAt` the first. */
export const AccessEntry = Type.Object({
  id: Type.Integer(),
  at: Type.String(),
  firstAt: Type.String(),
  count: Type.Integer(),
  who: Type.String(),
  role: Type.String(),
  action: Type.String(),
  actionLabel: Type.String(),
  purpose: Type.String(),
  admissionNumber: Nullable(Type.String()),
  outcome: Type.Enum(AUDIT_OUTCOMES),
  elements: Type.Array(Type.String()),
});

export const ExportQuery = Type.Object({ format: Type.Enum(['json', 'xlsx'] as const, { default: 'json' }) });

export type Grant = Static<typeof GrantView>;
export type GrantBody = Static<typeof GrantBody>;
export type GrantOptions = Static<typeof GrantOptions>;
export type UnmaskBody = Static<typeof UnmaskBody>;
export type UnmaskReply = Static<typeof UnmaskReply>;
export type Correction = Static<typeof CorrectionView>;
export type ResolveBody = Static<typeof ResolveBody>;
export type FlagBody = Static<typeof FlagBody>;
export type WithdrawReply = Static<typeof WithdrawReply>;
export type AuditQuery = Static<typeof AuditQuery>;
export type AuditEntry = Static<typeof AuditEntry>;
export type AuditVerify = Static<typeof AuditVerify>;
export type MyFact = Static<typeof MyFact>;
export type MyData = Static<typeof MyData>;
export type AccessEntry = Static<typeof AccessEntry>;
