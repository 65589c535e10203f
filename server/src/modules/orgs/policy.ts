// Who may see what of the org tree. Names and codes of the tree are public statistics data; what an
// org holds (its departments' staff, accounts) is visible inside one's own jurisdiction only.
import { codeWithin } from '#common/roles.js';
import type { SessionUser } from '../accounts/types.js';

// An admin is bound to its org like everyone else: a city admin for the city, a district admin for its
// district (it may look up its own ancestors, as anyone may, but not sideways).
export function canViewOrgProfile(user: SessionUser, orgCode: string): boolean {
  // Inside the own scope, or an ancestor on the way up to it (a community worker sees its street's profile).
  return codeWithin(orgCode, user.orgCode) || codeWithin(user.orgCode, orgCode);
}

export function canSeeStaff(user: SessionUser, orgCode: string): boolean {
  if (user.role === 'resident') return false;
  return codeWithin(orgCode, user.orgCode);
}

/** Departments of `orgCode` (a city or district), by an admin whose org covers it. */
export function canEditDepartments(user: SessionUser, orgCode: string): boolean {
  return user.role === 'admin' && codeWithin(orgCode, user.orgCode);
}
