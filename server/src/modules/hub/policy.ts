// Who may see subjects of the hub. A community worker sees its own community; a street officer its
// street; a data steward (and admin) their jurisdiction. Departments see the hub only through the
// columns of their own forms (ledgers), not subject by subject.
import { codeWithin } from '../../../../common/src/roles.js';
import type { SessionUser } from '../accounts/types.js';

export function canSeeSubjectsOf(user: SessionUser, community: string): boolean {
  switch (user.role) {
    case 'community_worker':
      return user.orgCode === community;
    case 'street_officer':
    case 'data_steward':
    case 'admin':
      return codeWithin(community, user.orgCode);
    default:
      return false;
  }
}

/** Unmasked values of one subject: the people who work with it. Lists are masked for everyone. */
export function seesUnmasked(user: SessionUser, community: string): boolean {
  return (user.role === 'community_worker' && user.orgCode === community) || user.role === 'data_steward';
}
