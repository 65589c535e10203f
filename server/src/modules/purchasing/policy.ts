// Who may do what with social organisations and purchased services. Pure: the service looks up the
// contract and the caller's organisation link and asks here.
import { codeWithin } from '#common/roles.js';
import type { SessionUser } from '../accounts/types.js';

export interface ContractScope {
  buyerKind: 'department' | 'street';
  buyerCode: string;
  buyerOrgCode: string;
  socialOrgId: number;
  communities: readonly string[];
}

/** Stewards, departments, streets (and admins) register organisations working inside their jurisdiction. */
export const canRegisterOrg = (user: SessionUser, jurisdiction: string): boolean =>
  ['data_steward', 'department_officer', 'street_officer', 'admin'].includes(user.role) &&
  codeWithin(jurisdiction, user.orgCode);

/** Who may link a `social_org` account to an organisation: who may register it. */
export const canLinkAccount = canRegisterOrg;

/** A department buys for its own department; a street for itself. */
export function isBuyer(user: SessionUser, c: ContractScope): boolean {
  if (c.buyerKind === 'department') return user.role === 'department_officer' && user.departmentCode === c.buyerCode;
  return user.role === 'street_officer' && user.orgCode === c.buyerCode;
}

/** Staff of the contracted organisation (`orgOfUser` is the caller's linked organisation). */
export const isProvider = (user: SessionUser, orgOfUser: number | null, c: ContractScope): boolean =>
  user.role === 'social_org' && orgOfUser !== null && orgOfUser === c.socialOrgId;

/** The worker of a covered community rates delivery there. */
export const isCoveredWorker = (user: SessionUser, c: ContractScope): boolean =>
  user.role === 'community_worker' && c.communities.includes(user.orgCode);

/** Who may read a contract in full: its parties, covered communities, and offices over the buyer. */
export function canReadContract(user: SessionUser, orgOfUser: number | null, c: ContractScope): boolean {
  if (isBuyer(user, c) || isProvider(user, orgOfUser, c) || isCoveredWorker(user, c)) return true;
  if (user.role === 'street_officer') return c.communities.some((code) => codeWithin(code, user.orgCode));
  if (['reviewer', 'admin', 'data_steward'].includes(user.role)) return codeWithin(c.buyerOrgCode, user.orgCode);
  return false;
}
