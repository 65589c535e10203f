// Who may do what in a community's deliberation — pure. Residents act only in their own community (their
// account's community); the community's workers moderate, table, record meetings, run votes and follow
// up; a street (or a wider office) watches what its communities decided and what is overdue.
import { codeWithin } from '#common/roles.js';
import type { SessionUser } from '../accounts/types.js';

/** A resident of this community: may propose, support, comment and vote. */
export const isMember = (user: SessionUser | null, community: string): boolean =>
  user !== null && user.role === 'resident' && user.orgCode === community;

/** A worker of this community: moderates and runs the community's deliberation. */
export const isModerator = (user: SessionUser | null, community: string): boolean =>
  user !== null && user.role === 'community_worker' && user.orgCode === community;

/**
 * A topic's attachments: its community's residents, workers and overseers always; anyone else only once
 * the topic is public — on the agenda or beyond, not while collecting supports nor when rejected.
 */
export const canSeeAttachments = (user: SessionUser | null, community: string, status: string): boolean =>
  (user !== null && (isMember(user, community) || canOversee(user, community))) ||
  !['proposed', 'rejected'].includes(status);

/** Statuses in which the proposer may still add files: before a meeting hears the topic. */
export const ATTACHABLE_STATUSES = ['proposed', 'tabled'];

/** An office over the community (a street, district or city) or its own worker: sees overdue follow-up. */
export const canOversee = (user: SessionUser, code: string): boolean =>
  (user.role === 'community_worker' && user.orgCode === code) ||
  (['street_officer', 'reviewer', 'admin'].includes(user.role) && codeWithin(code, user.orgCode));
