// Vocabulary of burden monitoring, shared by server and web.
import { OBJECT_KINDS } from './admission.js';

export const BURDEN_SOURCES = [
  'admitted_item',
  'dispatch',
  'ledger',
  'inspection',
  'meeting_training',
  'app_group',
  'informal',
  /** 购买服务承接: an admitted item's hours a purchased service takes off the community (negative minutes). */
  'purchased_service',
  /** 购买服务缺口: the part of those hours the organisation did not deliver (shown, not silently handed back). */
  'purchase_gap',
] as const;
export type BurdenSource = (typeof BURDEN_SOURCES)[number];

/** Object kinds of the catalogue plus `informal` for demands that came without a number. */
export const BURDEN_OBJECT_KINDS = [...OBJECT_KINDS, 'informal'] as const;
export type BurdenObjectKind = (typeof BURDEN_OBJECT_KINDS)[number];

export const ALERT_RULES = [
  'index_rising',
  'above_baseline',
  'renamed_item',
  'app_reappears',
  'informal_rising',
  'near_duplicate_dispatch',
  /** A department's work that communities refused, the refusal upheld by the 减负办 on its contest. */
  'refusals_upheld',
] as const;
export type AlertRule = (typeof ALERT_RULES)[number];

/** Leave a community worker takes a year (annual leave and sick days), in working days, unless entered. */
export const DEFAULT_LEAVE_DAYS = 15;
/** Months in a row the index must rise before it is an alert. */
export const RISING_MONTHS = 3;
