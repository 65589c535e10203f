// Vocabulary of dispatch, refusal, the register of informal demands, inspections and apps.
/** `withdrawn`: the department took the work back after the community refused it. */
export const ITEM_STATUSES = ['new', 'acknowledged', 'in_progress', 'done', 'refused', 'withdrawn'] as const;
export type ItemStatus = (typeof ITEM_STATUSES)[number];
/** What a community sees: the stored status, or overdue when open past the due date. */
export type InboxStatus = ItemStatus | 'overdue';
/** The inbox filter: a stored status, overdue (open and late) or open (not done nor refused). */
export type InboxFilter = InboxStatus | 'open';

/** What a community does with an inbox item (server/src/modules/dispatch/rules.ts says from where). */
export const ITEM_ACTIONS = ['acknowledge', 'start', 'complete', 'refuse'] as const;
export type ItemAction = (typeof ITEM_ACTIONS)[number];

export const REFUSAL_REASONS = [
  'no_valid_number',
  'outside_scope',
  'expired',
  'negative_list',
  'duplicate',
  'no_resources',
  /** 超出准入频次/工时: more often, or more hours, than the admission allows. */
  'over_admitted',
  /** 其他: the text says what. */
  'other',
] as const;
export type RefusalReason = (typeof REFUSAL_REASONS)[number];

/** The calendar period an admitted frequency is counted in (China time); `term`: the admission's validity. */
export const QUOTA_PERIODS = ['day', 'week', 'month', 'quarter', 'half_year', 'year', 'term'] as const;
export type QuotaPeriod = (typeof QUOTA_PERIODS)[number];

/** How a department answers a refusal: take the work back, send it again fixed, or contest it to the 减负办. */
export const REFUSAL_ANSWERS = ['withdraw', 'resend', 'contest'] as const;
export type RefusalAnswer = (typeof REFUSAL_ANSWERS)[number];

/** The 减负办's decision on a contested refusal: the refusal stands, or the community must do the work. */
export const REFUSAL_DECISIONS = ['uphold', 'order'] as const;
export type RefusalDecision = (typeof REFUSAL_DECISIONS)[number];

/**
 * Where a refusal stands: not answered yet, contested (awaiting the 减负办), upheld, ordered (back in the
 * inbox by decision), resent (back in the inbox, fixed), withdrawn.
 */
export const REFUSAL_STATES = ['unanswered', 'contested', 'upheld', 'ordered', 'resent', 'withdrawn'] as const;
export type RefusalState = (typeof REFUSAL_STATES)[number];

export const CHANNELS = ['phone', 'chat_group', 'meeting', 'paper', 'in_person'] as const;
export type Channel = (typeof CHANNELS)[number];

export const DEMAND_STATUSES = ['open', 'warned', 'asked_to_apply', 'resolved'] as const;
export type DemandStatus = (typeof DEMAND_STATUSES)[number];

/** What the burden-reduction office does with a register entry. */
export const REVIEW_ACTIONS = ['warn', 'request_application', 'resolve'] as const;
export type ReviewAction = (typeof REVIEW_ACTIONS)[number];

export const APP_TYPES = ['app', 'mini_program', 'public_account', 'chat_group'] as const;
export type AppType = (typeof APP_TYPES)[number];

/** An app's state: exited stays exited; past its expiry it is expired; unused for 90 days a zombie. */
export const APP_STATUSES = ['active', 'zombie', 'expired', 'exited'] as const;
export type AppStatus = (typeof APP_STATUSES)[number];

/** Features an app or work group may not have (指尖上的形式主义); any one of them bars admission. */
export const PROHIBITED_FEATURES = [
  'check_in',
  'ranking',
  'forced_install',
  'screenshot_proof',
  'online_time',
] as const;
export type ProhibitedFeature = (typeof PROHIBITED_FEATURES)[number];

export const ZOMBIE_DAYS = 90;

/** Attachments: 10 MB each, at most 5 per upload, documents and images only. */
export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;
export const MAX_ATTACHMENTS = 5;
export const ATTACHMENT_EXTENSIONS = [
  'pdf',
  'doc',
  'docx',
  'xls',
  'xlsx',
  'ppt',
  'pptx',
  'txt',
  'csv',
  'jpg',
  'jpeg',
  'png',
  'ofd',
] as const;
