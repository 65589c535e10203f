// Who may do what with certificate guides and forbidden-certificate reports. Pure.
import { codeWithin } from '#common/roles.js';
import type { SessionUser } from '../accounts/types.js';

/** A jurisdiction's guides are kept by its reviewers (减负办) and admins, or those above it. */
export function canEditGuides(user: SessionUser, jurisdiction: string): boolean {
  return (user.role === 'reviewer' || user.role === 'admin') && codeWithin(jurisdiction, user.orgCode);
}

/**
 * A resident reports for her own community; a community worker records what a resident tells her at the
 * counter, for her community. Nobody reports for another community.
 */
export function reportingCommunity(user: SessionUser): string | null {
  return user.role === 'resident' || user.role === 'community_worker' ? user.orgCode : null;
}

/** The counts per asking body: the 减负办 (reviewers), admins and streets, for their jurisdiction. */
export function canReadAsks(user: SessionUser, org: string): boolean {
  return (
    (user.role === 'reviewer' || user.role === 'admin' || user.role === 'street_officer') &&
    codeWithin(org, user.orgCode)
  );
}

/** A community's online requests are decided by its own workers; its street may read them. */
export function canDecideRequests(user: SessionUser, community: string): boolean {
  return user.role === 'community_worker' && user.orgCode === community;
}
