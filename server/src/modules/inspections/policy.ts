// Who may plan inspections, set a district's caps and read plans and calendars. Pure.
import { codeWithin } from '#common/roles.js';
import type { SessionUser } from '../accounts/types.js';

/** Only a department's officer enters an inspection into the plan. */
export function canPlanInspection(user: SessionUser): user is SessionUser & { departmentCode: string } {
  return user.role === 'department_officer' && !!user.departmentCode;
}

/** Reviewers and admins set a district's caps. */
export function canSetCaps(user: SessionUser): boolean {
  return user.role === 'reviewer' || user.role === 'admin';
}

/** Anyone but a resident whose jurisdiction contains the district, or lies inside it. */
export function canReadDistrictPlan(user: SessionUser, district: string): boolean {
  if (user.role === 'resident') return false;
  return codeWithin(district, user.orgCode) || codeWithin(user.orgCode, district);
}

/** A community's calendar: as the district plan, but a community worker only their own community. */
export function canReadCommunityCalendar(user: SessionUser, community: string): boolean {
  if (!canReadDistrictPlan(user, community)) return false;
  return user.role !== 'community_worker' || user.orgCode === community;
}
