// Who may see a community's inbox and act on it.
import { codeWithin } from '#common/roles.js';
import type { SessionUser } from '../accounts/types.js';

/** The community's own workers, its street, and the reviewers (and admins) above it. */
export function canSeeInbox(user: SessionUser, community: string): boolean {
  switch (user.role) {
    case 'community_worker':
      return user.orgCode === community;
    case 'street_officer':
    case 'reviewer':
    case 'admin':
      return codeWithin(community, user.orgCode);
    default:
      return false;
  }
}

/** Only the community's own workers acknowledge, complete or refuse its work. */
export function canActOnInbox(user: SessionUser, community: string): boolean {
  return user.role === 'community_worker' && user.orgCode === community;
}

/** Only a department's officer dispatches admitted work. */
export function canDispatch(user: SessionUser): user is SessionUser & { departmentCode: string } {
  return user.role === 'department_officer' && !!user.departmentCode;
}

/** The department that owns it. */
export function ownsDispatch(user: SessionUser, departmentCode: string): boolean {
  return user.role === 'department_officer' && user.departmentCode === departmentCode;
}

/** The owning department, or reviewers and admins of its jurisdiction. */
export function canSeeDispatch(user: SessionUser, d: { department_code: string; jurisdiction_code: string }): boolean {
  return (
    ownsDispatch(user, d.department_code) ||
    ((user.role === 'reviewer' || user.role === 'admin') && codeWithin(d.jurisdiction_code, user.orgCode))
  );
}

/** Whose refused work a user lists: a department its own, reviewers and admins their jurisdiction's. */
export function refusalScope(user: SessionUser): { departmentCode: string } | { within: string } | null {
  if (user.role === 'department_officer' && user.departmentCode) return { departmentCode: user.departmentCode };
  if (user.role === 'reviewer' || user.role === 'admin') return { within: user.orgCode };
  return null;
}

/** The 减负办 (reviewers) of the community's district or city decide contested refusals. */
export function canDecideRefusal(user: SessionUser, community: string): boolean {
  return user.role === 'reviewer' && codeWithin(community, user.orgCode);
}

/** Informal demands: only community workers record them, for their own community. */
export function canRecordDemand(user: SessionUser): boolean {
  return user.role === 'community_worker';
}

/** The reporter's community sees who reported. */
export function isReportersCommunity(user: SessionUser, community: string): boolean {
  return user.role === 'community_worker' && user.orgCode === community;
}

/** Reviewers and admins read the per-department summary of informal demands. */
export function canSummariseDemands(user: SessionUser): boolean {
  return user.role === 'reviewer' || user.role === 'admin';
}

/** Only reviewers follow an informal demand up (warn, ask to apply, resolve, reveal the reporter). */
export function canFollowUpDemand(user: SessionUser): boolean {
  return user.role === 'reviewer';
}
