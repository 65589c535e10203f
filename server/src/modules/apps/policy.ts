// Who may register apps and work groups, list them, see a community's, and act on one. Pure.
import { codeWithin } from '#common/roles.js';
import type { SessionUser } from '../accounts/types.js';

/** Only a department's officer registers an app or group (under one of its admission numbers). */
export function canRegisterApp(user: SessionUser): user is SessionUser & { departmentCode: string } {
  return user.role === 'department_officer' && !!user.departmentCode;
}

/** Whose apps a user lists: a department its own, reviewers, admins and streets their jurisdiction's. */
export function appListScope(user: SessionUser): { departmentCode: string } | { within: string } | null {
  if (user.role === 'department_officer' && user.departmentCode) return { departmentCode: user.departmentCode };
  if (user.role === 'reviewer' || user.role === 'admin' || user.role === 'street_officer')
    return { within: user.orgCode };
  return null;
}

/** The community's own workers, and the street, reviewers and admins above it. */
export function canSeeCommunityApps(user: SessionUser, community: string): boolean {
  if (user.role === 'community_worker') return user.orgCode === community;
  return (
    (user.role === 'street_officer' || user.role === 'reviewer' || user.role === 'admin') &&
    codeWithin(community, user.orgCode)
  );
}

/** The owning department, or a reviewer of the app's district. */
export function appRights(
  user: SessionUser,
  app: { department_code: string; district_code: string },
): { owner: boolean; reviewer: boolean } {
  return {
    owner: user.role === 'department_officer' && user.departmentCode === app.department_code,
    reviewer: user.role === 'reviewer' && codeWithin(app.district_code, user.orgCode),
  };
}
