// Vocabulary and defaults of staffing (定人定岗), shared by server and web.

/** Where a community stands against its jurisdiction's size band (split above, merge below). */
export const SIZE_BANDS = ['below', 'within', 'above'] as const;
export type SizeBand = (typeof SIZE_BANDS)[number];

export const GRID_PLAN_STATUSES = ['proposed', 'adopted', 'superseded'] as const;
export type GridPlanStatus = (typeof GRID_PLAN_STATUSES)[number];

/**
 * What a statutory duty's yearly case count is proportional to: population, or the community's own
 * 居民议事协商 of the last twelve months (议事会 held, topics heard) — its own work, never burden from above.
 */
export const DUTY_BASES = ['residents_1000', 'households', 'care', 'meetings', 'meeting_topics'] as const;
export type DutyBasis = (typeof DUTY_BASES)[number];

/** Households per grid a plan may ask for. */
export const HOUSEHOLDS_PER_GRID_MIN = 50;
export const HOUSEHOLDS_PER_GRID_MAX = 1000;
/** Share by which a proposed grid may differ from the households asked for. */
export const GRID_TOLERANCE = 0.2;

/** Posts of the roster (花名册): 书记, 主任, 委员, 专职社区工作者, 网格员. */
export const ROSTER_POSTS = ['secretary', 'director', 'member', 'full_time', 'grid_worker'] as const;
export type RosterPost = (typeof ROSTER_POSTS)[number];

/** Social-work certificates (社工证): none, 助理社会工作师, 社会工作师, 高级社会工作师. */
export const SOCIAL_WORK_CERTIFICATES = ['none', 'assistant', 'social_worker', 'senior'] as const;
export type SocialWorkCertificate = (typeof SOCIAL_WORK_CERTIFICATES)[number];
