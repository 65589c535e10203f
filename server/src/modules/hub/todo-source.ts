// The hub's answer to the to-do counts (notifications' TodoSource port): a worker's households with facts
// to collect once (一次入户); a department's 回流任务 — facts it is the source of that ledgers lack, and the
// ledgers they are missing from. Both read
// whole communities (seconds on a real one), so a count is kept per community or department: served at
// once while fresh, served and refreshed in the background when older, computed in line only the first time.
import type { Clock } from '../../clock/clock.js';
import type { TodoCountOf, TodoSource } from '../notifications/ports.js';
import type { CollectService } from './collect-service.js';
import type { FormService } from './forms-service.js';

const FRESH_MS = 60_000;

export function hubTodoSource(collect: CollectService, forms: FormService, clock: Clock): TodoSource {
  const kept = new Map<string, { at: number; count: number[]; refreshing: boolean }>();
  const cached = async (key: string, compute: () => Promise<number[]>) => {
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
        const [n] = await cached(`h:${user.orgCode}`, async () => [await collect.householdsMissing(user)]);
        return [{ kind: 'households_missing', count: n, tone: 'info', link: '/subjects?pending=1' }];
      }
      if (user.role === 'department_officer' && user.departmentCode) {
        const code = user.departmentCode;
        // One pass gives both: the facts to bring back (回流任务) and the ledgers they are missing from.
        const [facts, ledgers] = await cached(`l:${code}`, async () => {
          const b = await forms.backflow(code);
          return [b.missing, b.ledgers];
        });
        return [
          { kind: 'backflow_missing', count: facts, tone: 'warning', link: '/hub/backflow', menu: 'hubBackflow' },
          { kind: 'ledgers_with_gaps', count: ledgers, tone: 'info', link: '/hub/backflow' },
        ];
      }
      return [];
    },
  };
}
