// The hub's answer to the to-do counts (notifications' TodoSource port): a worker's households with facts
// to collect once (一次入户); a department's ledgers with gaps in elements it is the source of. Both read
// whole communities (seconds on a real one), so a count is kept per community or department: served at
// once while fresh, served and refreshed in the background when older, computed in line only the first time.
import type { Clock } from '../../clock/clock.js';
import type { TodoCountOf, TodoSource } from '../notifications/ports.js';
import type { CollectService } from './collect-service.js';
import type { FormService } from './forms-service.js';

const FRESH_MS = 60_000;

export function hubTodoSource(collect: CollectService, forms: FormService, clock: Clock): TodoSource {
  const kept = new Map<string, { at: number; count: number; refreshing: boolean }>();
  const cached = async (key: string, compute: () => Promise<number>) => {
    const now = clock.now().getTime();
    const hit = kept.get(key);
    if (!hit) {
      const count = await compute();
      kept.set(key, { at: now, count, refreshing: false });
      return count;
    }
    if ((now - hit.at > FRESH_MS || now < hit.at) && !hit.refreshing) {
      hit.refreshing = true;
      void compute()
        .then((count) => kept.set(key, { at: clock.now().getTime(), count, refreshing: false }))
        .catch(() => (hit.refreshing = false));
    }
    return hit.count;
  };
  return {
    async counts(user): Promise<TodoCountOf[]> {
      if (user.role === 'community_worker') {
        const n = await cached(`h:${user.orgCode}`, () => collect.householdsMissing(user));
        return [{ kind: 'households_missing', count: n, tone: 'info', link: '/subjects' }];
      }
      if (user.role === 'department_officer' && user.departmentCode) {
        const code = user.departmentCode;
        const n = await cached(`l:${code}`, () => forms.ledgersWithGapsOwnedBy(code));
        return [{ kind: 'ledgers_with_gaps', count: n, tone: 'info', link: '/forms' }];
      }
      return [];
    },
  };
}
