// Who may see subjects of the hub. A community worker sees its own community; a street officer its
// street; a data steward (and admin) their jurisdiction. Departments see the hub only through the
// columns of their own forms (ledgers), not subject by subject.
import { codeWithin } from '#common/roles.js';
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

/**
 * Unmasked values of one subject without stating a reason: the data steward only. Lists are masked for
 * everyone; the community's own worker sees a record with its identifiers masked (isOwnWorker).
 */
export function seesUnmasked(user: SessionUser): boolean {
  return user.role === 'data_steward';
}

/** The subject's own community worker: her record in the worker's drawer, identifiers masked without a reason. */
export function isOwnWorker(user: SessionUser, community: string): boolean {
  return user.role === 'community_worker' && user.orgCode === community;
}

/**
 * One person unmasked with a reason, wherever it is asked (a subject, a ledger row): the same decision as
 * reading that person, or the department whose own ledger it is (its granted columns only).
 */
export function mayUnmask(user: SessionUser, community: string, ownLedger: boolean): boolean {
  return ownLedger || canSeeSubjectsOf(user, community);
}
