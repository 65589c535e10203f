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

/** An office over the community (a street, district or city) or its own worker: sees overdue follow-up. */
export const canOversee = (user: SessionUser, code: string): boolean =>
  (user.role === 'community_worker' && user.orgCode === code) ||
  (['street_officer', 'reviewer', 'admin'].includes(user.role) && codeWithin(code, user.orgCode));
