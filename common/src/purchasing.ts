// Vocabularies of 社会组织与政府购买服务 (issue 19), shared by server and web.

/** 社会团体, 民办非企业单位/社会服务机构, 基金会, 备案的社区社会组织 (no credit code of its own). */
export const SOCIAL_ORG_TYPES = ['social_group', 'social_service', 'foundation', 'community_filed'] as const;
export type SocialOrgType = (typeof SOCIAL_ORG_TYPES)[number];

/** 评估等级 1A–5A (社会组织评估管理办法). */
export const SOCIAL_ORG_GRADES = ['1A', '2A', '3A', '4A', '5A'] as const;
export type SocialOrgGrade = (typeof SOCIAL_ORG_GRADES)[number];

/** What a social organisation serves (服务领域). */
export const SERVICE_AREAS = [
  'elderly',
  'disabled',
  'children',
  'youth',
  'poverty',
  'community',
  'health',
  'culture',
] as const;
export type ServiceArea = (typeof SERVICE_AREAS)[number];

/** Kinds of delivered activity. */
export const ACTIVITY_KINDS = ['visit', 'group_activity', 'case', 'training', 'other'] as const;
export type ActivityKind = (typeof ACTIVITY_KINDS)[number];

/**
 * What an indicator counts: `per_beneficiary_year` — a count per beneficiary per year (4 visits a year to each of
 * 120 elders living alone); `total` — a count over the term (12 activities).
 */
export const INDICATOR_BASES = ['per_beneficiary_year', 'total'] as const;
export type IndicatorBasis = (typeof INDICATOR_BASES)[number];

/** A community's monthly rating of delivery: 1 (poor) – 5 (very good). */
export const RATING_MIN = 1;
export const RATING_MAX = 5;

/** The buyer's closing evaluation (结项评价): a score 0–100 and the grade its band gives. */
export const EVALUATION_GRADES = ['excellent', 'good', 'pass', 'fail'] as const;
export type EvaluationGrade = (typeof EVALUATION_GRADES)[number];

/** 优秀 ≥ 90, 良好 ≥ 80, 合格 ≥ 60, 不合格 below (the usual bands of 购买服务绩效评价). */
export function gradeOfScore(score: number): EvaluationGrade {
  if (score >= 90) return 'excellent';
  if (score >= 80) return 'good';
  if (score >= 60) return 'pass';
  return 'fail';
}
