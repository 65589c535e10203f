// Who may see and set burden figures. The public sees aggregates through its own route.
import { codeWithin } from '#common/roles.js';
import type { SessionUser } from '../accounts/types.js';

/** A worker its community, a street officer its street, reviewers and department staff their jurisdiction. */
export function canSeeBurden(user: SessionUser, org: string): boolean {
  switch (user.role) {
    case 'community_worker':
      return org === user.orgCode;
    case 'street_officer':
    case 'reviewer':
    case 'department_officer':
    case 'admin':
      return codeWithin(org, user.orgCode);
    default:
      return false;
  }
}

/** Staff per community: entered by its street or an admin above it. */
export function canSetCapacity(user: SessionUser, community: string): boolean {
  return (user.role === 'street_officer' || user.role === 'admin') && codeWithin(community, user.orgCode);
}

/** Baseline and budget of a jurisdiction (district or city): its reviewers or an admin above it. */
export function canSetBudget(user: SessionUser, jurisdiction: string): boolean {
  return (user.role === 'reviewer' || user.role === 'admin') && codeWithin(jurisdiction, user.orgCode);
}

/** Meetings and training a community was called to: its workers or its street record them. */
export function canRecordMeeting(user: SessionUser, community: string): boolean {
  if (user.role === 'community_worker') return user.orgCode === community;
  return user.role === 'street_officer' && codeWithin(community, user.orgCode);
}

export function canSeeAlerts(user: SessionUser, org: string): boolean {
  return (user.role === 'reviewer' || user.role === 'admin') && codeWithin(org, user.orgCode);
}
