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

export const VERDICTS = ['pass', 'warn', 'block'] as const;
export type Verdict = (typeof VERDICTS)[number];

export const PRECHECK_RULES = [
  'negative_list',
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
