import { describe, expect, it } from 'vitest';
import type { Role } from '#common/roles.js';
import type { SessionUser } from '../accounts/types.js';
import { canReadContract, canRegisterOrg, isBuyer, isCoveredWorker, isProvider, type ContractScope } from './policy.js';

const user = (role: Role, orgCode: string, departmentCode: string | null = null): SessionUser => ({
  id: 1,
  username: 'u',
  displayName: 'u',
  role,
  orgCode,
  departmentCode,
  isDemo: false,
  sessionId: 's',
  csrfToken: 't',
});

const C: ContractScope = {
  buyerKind: 'department',
  buyerCode: '340104-minzheng',
  buyerOrgCode: '340104',
  socialOrgId: 7,
  communities: ['340104006005', '340104006001'],
};

describe('purchasing policy', () => {
  it('lets the buying department act, not another department', () => {
    expect(isBuyer(user('department_officer', '340104', '340104-minzheng'), C)).toBe(true);
    expect(isBuyer(user('department_officer', '340104', '340104-yingji'), C)).toBe(false);
  });

  it('lets only the contracted organisation record', () => {
    expect(isProvider(user('social_org', '340104'), 7, C)).toBe(true);
    expect(isProvider(user('social_org', '340104'), 8, C)).toBe(false);
    expect(isProvider(user('social_org', '340104'), null, C)).toBe(false);
  });

  it('lets a covered community rate, not a neighbour', () => {
    expect(isCoveredWorker(user('community_worker', '340104006005'), C)).toBe(true);
    expect(isCoveredWorker(user('community_worker', '340104006002'), C)).toBe(false);
  });

  it('shows a contract to offices over it, not to residents or other organisations', () => {
    expect(canReadContract(user('reviewer', '340104', '340104-jianfu'), null, C)).toBe(true);
    expect(canReadContract(user('street_officer', '340104006'), null, C)).toBe(true);
    expect(canReadContract(user('street_officer', '340104001'), null, C)).toBe(false);
    expect(canReadContract(user('resident', '340104006005'), null, C)).toBe(false);
    expect(canReadContract(user('social_org', '340104'), 8, C)).toBe(false);
  });

  it('registers organisations inside the caller’s jurisdiction only', () => {
    expect(canRegisterOrg(user('street_officer', '340104006'), '340104006')).toBe(true);
    expect(canRegisterOrg(user('street_officer', '340104006'), '340104')).toBe(false);
    expect(canRegisterOrg(user('community_worker', '340104006005'), '340104006005')).toBe(false);
  });
});
