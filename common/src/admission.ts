// Vocabulary of the catalogue and the admission gate, shared by server and web.
export const LIST_TYPES = ['duty', 'assist', 'negative', 'cert_allowed', 'cert_forbidden'] as const;
export type ListType = (typeof LIST_TYPES)[number];

export const OBJECT_KINDS = [
  'task',
  'ledger',
  'survey',
  'inspection',
  'campaign',
  'signboard',
  'app',
  'certificate',
  'meeting',
] as const;
export type ObjectKind = (typeof OBJECT_KINDS)[number];

export const FREQUENCIES = [
  'once',
  'daily',
  'weekly',
  'monthly',
  'quarterly',
  'half_yearly',
  'yearly',
  'as_needed',
] as const;
export type Frequency = (typeof FREQUENCIES)[number];

/** Occurrences per year of each frequency; daily work happens on working days (about 250 a year). */
export const OCCURRENCES_PER_YEAR: Record<Exclude<Frequency, 'as_needed'>, number> = {
  once: 1,
  daily: 250,
  weekly: 52,
  monthly: 12,
  quarterly: 4,
  half_yearly: 2,
  yearly: 1,
};

export const SCOPE_TYPES = ['all', 'streets', 'communities'] as const;
export type ScopeType = (typeof SCOPE_TYPES)[number];

export const ADMISSION_STATUSES = [
  'draft',
  'override_requested',
  'submitted',
  'consultation',
  'under_review',
  'returned',
  'rejected',
  'withdrawn',
  'approved',
  'renewal_review',
  'expired',
  'revoked',
] as const;
export type AdmissionStatus = (typeof ADMISSION_STATUSES)[number];

// The status sets every module reads (admission, dispatch, burden, the hub): defined once here.
/** In force: the number may be used and the work asked (until the expiry date passes). */
export const IN_FORCE_STATUSES = ['approved', 'renewal_review'] as const satisfies readonly AdmissionStatus[];
/** Costed: the admission was in force for some time, so it cost communities something. */
export const COSTED_STATUSES = [
  ...IN_FORCE_STATUSES,
  'expired',
  'revoked',
] as const satisfies readonly AdmissionStatus[];
/** Waiting for the burden-reduction office (the review clock runs). */
export const AWAITING_REVIEW_STATUSES = [
  'submitted',
  'consultation',
  'under_review',
  'override_requested',
] as const satisfies readonly AdmissionStatus[];
/** Still an application: not decided yet (drafts and returned ones included). */
export const OPEN_STATUSES = [
  'draft',
  ...AWAITING_REVIEW_STATUSES,
  'returned',
] as const satisfies readonly AdmissionStatus[];
/** Over: refused, withdrawn, or no longer in force. */
export const RETIRED_STATUSES = [
  'rejected',
  'revoked',
  'expired',
  'withdrawn',
] as const satisfies readonly AdmissionStatus[];

/** Whether a status is one of a set (typed for plain string columns too). */
export function statusIn(set: readonly AdmissionStatus[], status: string): boolean {
  return (set as readonly string[]).includes(status);
}

/** The moves of the admission workflow (server/src/modules/admission/workflow.ts says who may make which). */
export const WORKFLOW_ACTIONS = [
  'submit',
  'request_override',
  'override',
  'decline_override',
  'start_consultation',
  'close_consultation',
  'start_review',
  'sign_off',
  'approve',
  'reject',
  'return',
  'withdraw',
  'request_renewal',
  'renew',
  'deny_renewal',
  'revoke',
  'amend',
] as const;
export type WorkflowAction = (typeof WORKFLOW_ACTIONS)[number];

/**
 * Decisions of the burden-reduction office: each needs the reviewer's written opinion (审查意见), kept in
 * the application's history and shown on the public record of the number. `sign_off` is one 会签 of an
 * approval (an `approve` that still waits for other reviewers is recorded as a sign-off).
 */
export const DECISION_ACTIONS = [
  'approve',
  'sign_off',
  'return',
  'reject',
  'revoke',
  'renew',
  'deny_renewal',
] as const satisfies readonly WorkflowAction[];
export type DecisionAction = (typeof DECISION_ACTIONS)[number];

export function isDecision(action: string): action is DecisionAction {
  return (DECISION_ACTIONS as readonly string[]).includes(action);
}

/** Steps of the public record of a number (the decisions, the import of a paper approval, a retirement). */
export const PUBLIC_RECORD_ACTIONS = ['import', 'approve', 'renew', 'deny_renewal', 'revoke', 'retire'] as const;
export type PublicRecordAction = (typeof PUBLIC_RECORD_ACTIONS)[number];

/** 协助 (assist) items are admitted only after the communities they fall on were consulted (征求意见). */
export const CONSULTATION_WORKING_DAYS = 5;

/** What an admission number means today, to a community deciding whether it may refuse. */
export const PUBLIC_STATUSES = ['valid', 'expired', 'revoked', 'unknown'] as const;
export type PublicStatus = (typeof PUBLIC_STATUSES)[number];

/** `unchecked`: nothing to judge yet (a blank form) — never shown as a pass. */
export const VERDICTS = ['pass', 'warn', 'block', 'unchecked'] as const;
export type Verdict = (typeof VERDICTS)[number];

export const PRECHECK_RULES = [
  'negative_list',
  // The ban on photos, screenshots and check-ins as proof of work; the same rule refuses such a dispatch.
  'photo_proof',
  'duplicates',
  'burden',
  // Budgets of the burden module (006_burden): shown only where a jurisdiction has a budget.
  'budget',
  'funding',
  'lead_time',
  'form',
] as const;
export type PrecheckRule = (typeof PRECHECK_RULES)[number];

/** Limits from policy: approvals run at most 36 months; apply 30 working days ahead; review in 15. */
export const MAX_EXPIRY_MONTHS = 36;
export const LEAD_WORKING_DAYS = 30;
export const REVIEW_WORKING_DAYS = 15;
/** Seconds a community worker spends on one ledger cell (find, check, type). */
export const SECONDS_PER_LEDGER_CELL = 30;
export const WORKDAY_HOURS = 8;
