// Whether an admission lets its department ask work of communities on a date, and whom it covers. Pure;
// dispatch, inspections and apps all rest on it.
import { IN_FORCE_STATUSES, statusIn, type AdmissionStatus, type ScopeType } from '#common/admission.js';
import type { ProblemCode } from '#common/i18n/problems.js';
import { codeWithin } from '#common/roles.js';

export interface AdmissionTerm {
  status: AdmissionStatus;
  departmentCode: string;
  startDate: string;
  expiryDate: string;
}

/** Why no work (dispatch, inspection, app) may be asked under this admission on a date, or null. */
export function usableBlocker(a: AdmissionTerm, departmentCode: string, today: string): ProblemCode | null {
  if (a.departmentCode !== departmentCode) return 'not_own_admission';
  if (a.status === 'revoked') return 'admission_revoked';
  if (a.status === 'expired' || (statusIn(IN_FORCE_STATUSES, a.status) && today > a.expiryDate)) {
    return 'admission_expired';
  }
  if (!statusIn(IN_FORCE_STATUSES, a.status)) return 'admission_not_valid';
  if (today < a.startDate) return 'admission_not_started';
  return null;
}

/** Whether a community lies inside an admission's target scope. */
export function inAdmissionScope(
  scope: { type: ScopeType; codes: string[] },
  jurisdiction: string,
  community: string,
): boolean {
  if (!codeWithin(community, jurisdiction) || community.length !== 12) return false;
  if (scope.type === 'all') return true;
  if (scope.type === 'streets') return scope.codes.includes(community.slice(0, 9));
  return scope.codes.includes(community);
}

/** Whether an admission's target scope reaches an org: a community inside it, or a street with one inside it. */
export function scopeReaches(scope: { type: ScopeType; codes: string[] }, jurisdiction: string, org: string): boolean {
  if (org.length === 12) return inAdmissionScope(scope, jurisdiction, org);
  if (!codeWithin(org, jurisdiction)) return false;
  if (scope.type === 'all') return true;
  return scope.codes.some((c) => codeWithin(c, org) || codeWithin(org, c));
}
