// Whether an admission lets its department ask work of communities on a date, and whom it covers. Pure;
// dispatch, inspections and apps all rest on it.
import type { AdmissionStatus, ScopeType } from '../../../../common/src/admission.js';
import type { ProblemCode } from '../../../../common/src/i18n/problems.js';
import { codeWithin } from '../../../../common/src/roles.js';

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
  if (a.status === 'expired' || ((a.status === 'approved' || a.status === 'renewal_review') && today > a.expiryDate)) {
    return 'admission_expired';
  }
  if (a.status !== 'approved' && a.status !== 'renewal_review') return 'admission_not_valid';
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
