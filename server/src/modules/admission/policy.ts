// Who may do what with an application.
import { codeWithin } from '#common/roles.js';
import type { SessionUser } from '../accounts/types.js';

/** The department that applied (its officers). */
export function isApplicant(user: SessionUser, a: { department_code: string }): boolean {
  return user.role === 'department_officer' && user.departmentCode === a.department_code;
}

/** A reviewer of the jurisdiction (its own or a higher burden-reduction office). */
export function isReviewerFor(user: SessionUser, a: { jurisdiction_code: string }): boolean {
  return user.role === 'reviewer' && codeWithin(a.jurisdiction_code, user.orgCode);
}

export function canView(user: SessionUser, a: { department_code: string; jurisdiction_code: string }): boolean {
  return (
    isApplicant(user, a) ||
    isReviewerFor(user, a) ||
    (user.role === 'admin' && codeWithin(a.jurisdiction_code, user.orgCode))
  );
}

/** Only a department's officer drafts and submits applications. */
export function canApply(user: SessionUser): user is SessionUser & { departmentCode: string } {
  return user.role === 'department_officer' && !!user.departmentCode;
}

/** Reviewers and admins keep a jurisdiction's settings (sign-offs required, number abbreviation). */
export function isAdmissionOverseer(user: SessionUser): boolean {
  return user.role === 'reviewer' || user.role === 'admin';
}

export function canConfigure(user: SessionUser, jurisdiction: string): boolean {
  return isAdmissionOverseer(user) && jurisdiction.startsWith(user.orgCode);
}

/** Community workers are consulted and comment (for their own community). */
export function canBeConsulted(user: SessionUser): boolean {
  return user.role === 'community_worker';
}
