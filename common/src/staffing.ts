// Vocabulary and defaults of staffing (定人定岗), shared by server and web.

/** Where a community stands against its jurisdiction's size band (split above, merge below). */
export const SIZE_BANDS = ['below', 'within', 'above'] as const;
export type SizeBand = (typeof SIZE_BANDS)[number];

export const GRID_PLAN_STATUSES = ['proposed', 'adopted', 'superseded'] as const;
export type GridPlanStatus = (typeof GRID_PLAN_STATUSES)[number];

/** What a statutory duty's yearly case count is proportional to. */
export const DUTY_BASES = ['residents_1000', 'households', 'care'] as const;
export type DutyBasis = (typeof DUTY_BASES)[number];

/** Households per grid a plan may ask for. */
export const HOUSEHOLDS_PER_GRID_MIN = 50;
export const HOUSEHOLDS_PER_GRID_MAX = 1000;
/** Share by which a proposed grid may differ from the households asked for. */
export const GRID_TOLERANCE = 0.2;
