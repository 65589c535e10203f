// Who may see a community's inbox and act on it.
import { codeWithin } from '../../../../common/src/roles.js';
import type { SessionUser } from '../accounts/types.js';

/** The community's own workers, its street, and the reviewers (and admins) above it. */
export function canSeeInbox(user: SessionUser, community: string): boolean {
  switch (user.role) {
    case 'community_worker':
      return user.orgCode === community;
    case 'street_officer':
    case 'reviewer':
    case 'admin':
      return codeWithin(community, user.orgCode);
    default:
      return false;
  }
}

/** Only the community's own workers acknowledge, complete or refuse its work. */
export function canActOnInbox(user: SessionUser, community: string): boolean {
  return user.role === 'community_worker' && user.orgCode === community;
}
