// 居民议事协商 (issue 18): the vocabularies server and web both use at run time.

/** Topic categories (议题类别). */
export const TOPIC_CATEGORIES = [
  'environment', // 环境整治
  'parking', // 停车
  'elevator', // 加装电梯
  'property', // 物业
  'public_income', // 公共收益
  'culture', // 文体活动
  'other', // 其他
] as const;
export type TopicCategory = (typeof TOPIC_CATEGORIES)[number];

/**
 * A topic's life: proposed (collecting supports) → tabled (on the 居委会's agenda: by supports or by the
 * worker) → deliberated (a meeting heard it) → voting → decided (passed) | rejected (failed the vote, or
 * not taken up) → done (every follow-up action done).
 */
export const TOPIC_STATUSES = ['proposed', 'tabled', 'deliberated', 'voting', 'decided', 'done', 'rejected'] as const;
export type TopicStatus = (typeof TOPIC_STATUSES)[number];

/** Who takes part in a 议事会, by type. */
export const PARTICIPANT_TYPES = [
  'resident_rep', // 居民代表
  'building_head', // 楼栋长
  'owners_committee', // 业委会
  'property_company', // 物业
  'partner_unit', // 共建单位
  'department', // 相关部门
] as const;
export type ParticipantType = (typeof PARTICIPANT_TYPES)[number];

/** Whom one support or one vote counts for. */
export const COUNTING_UNITS = ['resident', 'household'] as const;
export type CountingUnit = (typeof COUNTING_UNITS)[number];

export const BALLOT_KINDS = ['open', 'secret'] as const;
export type BallotKind = (typeof BALLOT_KINDS)[number];

export const THRESHOLD_KINDS = ['households', 'percent'] as const;
export type ThresholdKind = (typeof THRESHOLD_KINDS)[number];

export const ACTION_STATUSES = ['open', 'done'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];
