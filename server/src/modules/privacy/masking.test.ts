import { describe, expect, it } from 'vitest';
import { HIDDEN, maskAddress, maskValue, departmentKindOf } from './masking.js';

const id = { code: 'id_number', sensitivity: 'sensitive', validation: 'id_number', ownerDepartmentKind: 'gongan' };
const phone = { code: 'mobile', sensitivity: 'personal', validation: 'mobile', ownerDepartmentKind: 'gongan' };
const grade = {
  code: 'disability_grade',
  sensitivity: 'sensitive',
  validation: null,
  ownerDepartmentKind: 'canlian',
};
const addr = { code: 'residence_address', sensitivity: 'personal', validation: null, ownerDepartmentKind: 'gongan' };
const dept = (kind: string) => ({ clear: false, departmentKind: kind });

describe('masking by sensitivity', () => {
  it('keeps the recognisable parts of ID numbers and phones', () => {
    expect(maskValue(id, '340104194103081228', dept('minzheng'))).toBe('340104********1228');
    expect(maskValue(phone, '13855665678', dept('minzheng'))).toBe('138****5678');
  });
  it('hides sensitive personal information from all but its owner department and granted ones', () => {
    expect(maskValue(grade, '二级', dept('minzheng'))).toBe(HIDDEN);
    expect(maskValue(grade, '二级', dept('canlian'))).toBe('二级');
    expect(maskValue(grade, '二级', { clear: false, departmentKind: null })).toBe(HIDDEN);
    expect(maskValue(grade, '二级', { ...dept('minzheng'), granted: new Set(['disability_grade']) })).toBe('二级');
    expect(maskValue(id, '340104194103081228', { ...dept('minzheng'), granted: new Set(['id_number']) })).toBe(
      '340104********1228',
    );
  });
  it('keeps the area of an address and drops the door', () => {
    expect(maskAddress('安徽省合肥市蜀山区望江西路88号3栋201')).toBe('安徽省合肥市蜀山区****');
    expect(maskValue(addr, '望江西路88号3栋201', dept('minzheng'))).not.toContain('201');
  });
  it('shows everything to a clear reader and leaves nulls alone', () => {
    expect(maskValue(grade, '二级', { clear: true, departmentKind: null })).toBe('二级');
    expect(maskValue(id, null, dept('minzheng'))).toBeNull();
  });
  it('reads the department kind from its code', () => {
    expect(departmentKindOf('340104-canlian')).toBe('canlian');
    expect(departmentKindOf(null)).toBeNull();
  });
});
