// Who may read staffing figures, plan grids and set standards. Pure.
import { codeWithin } from '#common/roles.js';
import type { SessionUser } from '../accounts/types.js';

/** The district's or city's 民政 (社区建设 sits in 民政): a department officer of a `…-minzheng` department. */
export const isMinzheng = (user: SessionUser): boolean =>
  user.role === 'department_officer' && !!user.departmentCode && user.departmentCode.endsWith('-minzheng');

/**
 * Street officers, 民政, reviewers (减负办), data stewards (who enter official statistics) and admins read
 * their jurisdiction; a community's workers their own community; nobody else (residents see nothing of it
 * but their own grid).
 */
export function canReadStaffing(user: SessionUser, org: string): boolean {
  switch (user.role) {
    case 'community_worker':
      return org === user.orgCode;
    case 'street_officer':
    case 'reviewer':
    case 'data_steward':
    case 'admin':
      return codeWithin(org, user.orgCode);
    case 'department_officer':
      return isMinzheng(user) && codeWithin(org, user.orgCode);
    default:
      return false;
  }
}

/** Street officers and the district's 民政 plan grids for their jurisdiction (an admin too). */
export function canPlanGrids(user: SessionUser, community: string): boolean {
  if (user.role === 'street_officer' || user.role === 'admin') return codeWithin(community, user.orgCode);
  return isMinzheng(user) && codeWithin(community, user.orgCode);
}

/** A city's or district's 民政 sets its standards (an admin above it too); lower levels inherit them. */
export function canSetStandard(user: SessionUser, jurisdiction: string): boolean {
  if (user.role === 'admin') return codeWithin(jurisdiction, user.orgCode);
  return isMinzheng(user) && codeWithin(jurisdiction, user.orgCode);
}

/** Street officers and the district's 民政 keep a community's roster (an admin too); its workers read it. */
export const canKeepRoster = canPlanGrids;

/** A data steward (or an admin) enters official statistics for the communities of her jurisdiction. */
export function canEnterStatistics(user: SessionUser, community: string): boolean {
  return (user.role === 'data_steward' || user.role === 'admin') && codeWithin(community, user.orgCode);
}
