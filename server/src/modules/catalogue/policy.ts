// Who may edit and publish a jurisdiction's list: its burden-reduction office (reviewers) and admins.
import { codeWithin } from '#common/roles.js';
import type { SessionUser } from '../accounts/types.js';

export function canEditCatalogue(user: SessionUser, jurisdiction: string): boolean {
  if (user.role === 'admin') return codeWithin(jurisdiction, user.orgCode);
  return user.role === 'reviewer' && codeWithin(jurisdiction, user.orgCode);
}
