// Which org and department a role may be bound to. Pure: the caller looks the org and department up.
import { ROLE_SCOPE, codeWithin, type OrgLevel, type Role } from '#common/roles.js';
import type { FieldError } from '../../http/problem.js';

export interface ScopeInput {
  role: Role;
  org: { code: string; level: OrgLevel } | null;
  department: { code: string; orgCode: string; isBurdenOffice: boolean } | null | undefined;
  /** undefined: no department given; null: given but unknown. */
  departmentGiven: boolean;
}

export function scopeErrors(input: ScopeInput): FieldError[] {
  const rule = ROLE_SCOPE[input.role];
  const errors: FieldError[] = [];
  if (!input.org) {
    errors.push({ field: 'orgCode', reason: 'unknown_org' });
  } else if (!rule.levels.includes(input.org.level)) {
    errors.push({ field: 'orgCode', reason: 'level_mismatch', params: { levels: rule.levels.join(', ') } });
  }
  if (rule.department === 'none') {
    if (input.departmentGiven) errors.push({ field: 'departmentCode', reason: 'department_not_allowed' });
    return errors;
  }
  if (!input.departmentGiven) {
    errors.push({ field: 'departmentCode', reason: 'department_required' });
  } else if (!input.department) {
    errors.push({ field: 'departmentCode', reason: 'unknown_department' });
  } else {
    if (rule.department === 'burden_office' && !input.department.isBurdenOffice) {
      errors.push({ field: 'departmentCode', reason: 'burden_office_required' });
    }
    if (input.org && input.department.orgCode !== input.org.code) {
      errors.push({ field: 'departmentCode', reason: 'department_org_mismatch' });
    }
  }
  return errors;
}

/** An admin bound to a province or city manages accounts inside it only. */
export function adminCovers(adminOrgCode: string, orgCode: string): boolean {
  return codeWithin(orgCode, adminOrgCode);
}
