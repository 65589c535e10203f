import { describe, expect, it } from 'vitest';
import { inAdmissionScope, scopeReaches, usableBlocker } from './usable.js';

const admission = {
  status: 'approved' as const,
  departmentCode: '340104-minzheng',
  startDate: '2026-03-01',
  expiryDate: '2027-02-28',
};

describe('usable admission', () => {
  it('allows the own department inside the term', () => {
    expect(usableBlocker(admission, '340104-minzheng', '2026-11-28')).toBeNull();
  });
  it('names the reason otherwise', () => {
    expect(usableBlocker(admission, '340104-weijian', '2026-11-28')).toBe('not_own_admission');
    expect(usableBlocker(admission, '340104-minzheng', '2027-03-01')).toBe('admission_expired');
    expect(usableBlocker(admission, '340104-minzheng', '2026-02-01')).toBe('admission_not_started');
    expect(usableBlocker({ ...admission, status: 'revoked' }, '340104-minzheng', '2026-11-28')).toBe(
      'admission_revoked',
    );
    expect(usableBlocker({ ...admission, status: 'under_review' }, '340104-minzheng', '2026-11-28')).toBe(
      'admission_not_valid',
    );
  });
});

describe('admission scope', () => {
  it('covers the district, chosen streets or chosen communities', () => {
    expect(inAdmissionScope({ type: 'all', codes: [] }, '340104', '340104006005')).toBe(true);
    expect(inAdmissionScope({ type: 'all', codes: [] }, '340104', '340111001001')).toBe(false);
    expect(inAdmissionScope({ type: 'streets', codes: ['340104006'] }, '340104', '340104006005')).toBe(true);
    expect(inAdmissionScope({ type: 'streets', codes: ['340104006'] }, '340104', '340104001001')).toBe(false);
    expect(inAdmissionScope({ type: 'communities', codes: ['340104006005'] }, '340104', '340104006006')).toBe(false);
    expect(inAdmissionScope({ type: 'all', codes: [] }, '340104', '340104006')).toBe(false); // a street is not a community
  });
});

describe('whom a scope reaches', () => {
  it('reaches a community inside it, and a street with at least one community inside it', () => {
    const streets = { type: 'streets' as const, codes: ['340104006'] };
    const communities = { type: 'communities' as const, codes: ['340104006005'] };
    expect(scopeReaches(streets, '340104', '340104006005')).toBe(true);
    expect(scopeReaches(streets, '340104', '340104001001')).toBe(false);
    expect(scopeReaches(streets, '340104', '340104006')).toBe(true);
    expect(scopeReaches(streets, '340104', '340104001')).toBe(false);
    expect(scopeReaches(communities, '340104', '340104006')).toBe(true);
    expect(scopeReaches(communities, '340104', '340104006006')).toBe(false);
    expect(scopeReaches({ type: 'all', codes: [] }, '340104', '340104001')).toBe(true);
    expect(scopeReaches({ type: 'all', codes: [] }, '340104', '340111001')).toBe(false);
    // A city's admission over all of it reaches a street of one of its districts.
    expect(scopeReaches({ type: 'all', codes: [] }, '3401', '340104006')).toBe(true);
  });
});
