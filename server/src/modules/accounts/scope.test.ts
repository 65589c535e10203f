import { describe, expect, it } from 'vitest';
import { adminCovers, scopeErrors } from './scope.js';

const community = { code: '340104006005', level: 'community' as const };
const district = { code: '340104', level: 'district' as const };
const minzheng = { code: '340104-minzheng', orgCode: '340104', isBurdenOffice: false };
const jianfuban = { code: '340104-jianfuban', orgCode: '340104', isBurdenOffice: true };

describe('scopeErrors', () => {
  it('accepts each role bound where it belongs', () => {
    expect(
      scopeErrors({ role: 'community_worker', org: community, department: undefined, departmentGiven: false }),
    ).toEqual([]);
    expect(
      scopeErrors({ role: 'department_officer', org: district, department: minzheng, departmentGiven: true }),
    ).toEqual([]);
    expect(scopeErrors({ role: 'reviewer', org: district, department: jianfuban, departmentGiven: true })).toEqual([]);
  });

  it('names the field and the reason when it does not fit', () => {
    const reasons = (input: Parameters<typeof scopeErrors>[0]) =>
      scopeErrors(input).map((e) => `${e.field}:${e.reason}`);
    expect(reasons({ role: 'community_worker', org: district, department: undefined, departmentGiven: false })).toEqual(
      ['orgCode:level_mismatch'],
    );
    expect(reasons({ role: 'community_worker', org: community, department: minzheng, departmentGiven: true })).toEqual([
      'departmentCode:department_not_allowed',
    ]);
    expect(
      reasons({ role: 'department_officer', org: district, department: undefined, departmentGiven: false }),
    ).toEqual(['departmentCode:department_required']);
    expect(reasons({ role: 'department_officer', org: district, department: null, departmentGiven: true })).toEqual([
      'departmentCode:unknown_department',
    ]);
    expect(reasons({ role: 'reviewer', org: district, department: minzheng, departmentGiven: true })).toEqual([
      'departmentCode:burden_office_required',
    ]);
    expect(
      reasons({
        role: 'department_officer',
        org: { code: '340111', level: 'district' },
        department: minzheng,
        departmentGiven: true,
      }),
    ).toEqual(['departmentCode:department_org_mismatch']);
    expect(reasons({ role: 'street_officer', org: null, department: undefined, departmentGiven: false })).toEqual([
      'orgCode:unknown_org',
    ]);
  });

  it('limits an admin to accounts inside its own org', () => {
    expect(adminCovers('3401', '340104006005')).toBe(true);
    expect(adminCovers('3401', '3402')).toBe(false);
  });
});
