// Who may change the working-day calendar.
import { isCityOrAbove } from '#common/orgs.js';
import type { SessionUser } from '../accounts/types.js';

/** The calendar is national: only an admin of a city or above enters a year's schedule. */
export function canEnterCalendar(user: SessionUser): boolean {
  return user.role === 'admin' && isCityOrAbove(user.orgCode);
}
