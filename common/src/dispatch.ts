// Vocabulary of dispatch, refusal, the register of informal demands, inspections and apps.
export const ITEM_STATUSES = ['new', 'acknowledged', 'in_progress', 'done', 'refused'] as const;
export type ItemStatus = (typeof ITEM_STATUSES)[number];
/** What a community sees: the stored status, or overdue when open past the due date. */
export type InboxStatus = ItemStatus | 'overdue';

export const REFUSAL_REASONS = [
  'no_valid_number',
  'outside_scope',
  'expired',
  'negative_list',
  'duplicate',
  'no_resources',
] as const;
export type RefusalReason = (typeof REFUSAL_REASONS)[number];

export const CHANNELS = ['phone', 'chat_group', 'meeting', 'paper', 'in_person'] as const;
export type Channel = (typeof CHANNELS)[number];

export const DEMAND_STATUSES = ['open', 'warned', 'asked_to_apply', 'resolved'] as const;
export type DemandStatus = (typeof DEMAND_STATUSES)[number];

export const APP_TYPES = ['app', 'mini_program', 'public_account', 'chat_group'] as const;
export type AppType = (typeof APP_TYPES)[number];

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
