// Who may see what of the org tree. Names and codes of the tree are public statistics data; what an
// org holds (its departments' staff, accounts) is visible inside one's own jurisdiction only.
import { codeWithin } from '../../../../common/src/roles.js';
import type { SessionUser } from '../accounts/types.js';

export function canViewOrgProfile(user: SessionUser, orgCode: string): boolean {
  if (user.role === 'admin') return true;
  // Inside the own scope, or an ancestor on the way up to it (a community worker sees its street's profile).
  return codeWithin(orgCode, user.orgCode) || codeWithin(user.orgCode, orgCode);
}

export function canSeeStaff(user: SessionUser, orgCode: string): boolean {
  if (user.role === 'admin') return true;
  if (user.role === 'resident') return false;
  return codeWithin(orgCode, user.orgCode);
}

export function canEditDepartments(user: SessionUser): boolean {
  return user.role === 'admin';
}
