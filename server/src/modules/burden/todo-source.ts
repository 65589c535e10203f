// Burden's answer to the to-do counts (notifications' TodoSource port): a reviewer's rebound alerts.
// Alerts take a while to compute (text similarity over a jurisdiction's items), so a count is kept for a
// few minutes per jurisdiction.
import type { Clock } from '../../clock/clock.js';
import type { TodoCountOf, TodoSource } from '../notifications/ports.js';
import type { BurdenAlertService } from './alerts-service.js';

const KEEP_MS = 5 * 60_000;

export function burdenTodoSource(alerts: BurdenAlertService, clock: Clock): TodoSource {
  const kept = new Map<string, { at: number; count: number }>();
  return {
    async counts(user): Promise<TodoCountOf[]> {
      if (user.role !== 'reviewer') return [];
      const now = clock.now().getTime();
      let entry = kept.get(user.orgCode);
      if (!entry || now - entry.at > KEEP_MS || now < entry.at) {
        entry = { at: now, count: (await alerts.list(user, user.orgCode)).length };
        kept.set(user.orgCode, entry);
      }
      return [
        { kind: 'burden_alerts', count: entry.count, tone: 'warning', link: '/burden/alerts', menu: 'burdenAlerts' },
      ];
    },
  };
}
