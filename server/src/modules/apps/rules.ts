// Apps and work groups: what bars admission, and when an app has become a zombie. Pure.
import { ZOMBIE_DAYS, type AppStatus, type ProhibitedFeature } from '#common/dispatch.js';

export type { AppStatus };

/** Exited stays exited; past its expiry it is expired; unused for 90 days it is a zombie. */
export function appStatus(a: { status: string; expiryDate: string; lastUsedOn: string }, today: string): AppStatus {
  if (a.status === 'exited') return 'exited';
  if (today > a.expiryDate) return 'expired';
  const idle = (Date.parse(today) - Date.parse(a.lastUsedOn)) / 86_400_000;
  return idle >= ZOMBIE_DAYS ? 'zombie' : 'active';
}

/** Any prohibited feature ticked bars the app from admission. */
export function barred(features: readonly ProhibitedFeature[]): boolean {
  return features.length > 0;
}
