// Dispatch's answer to the to-do counts (notifications' TodoSource port): a worker's new, due-this-week and
// overdue inbox items; a department's refused items waiting for its answer.
import { weekEnd } from '#common/dates.js';
import type { Clock } from '../../clock/clock.js';
import type { Database } from '../../db/database.js';
import type { TodoCountOf, TodoSource } from '../notifications/ports.js';
import type { PurchasedWork } from './ports.js';
import * as repo from './repository.js';

export function dispatchTodoSource(database: Database, clock: Clock, purchased: PurchasedWork): TodoSource {
  return {
    async counts(user): Promise<TodoCountOf[]> {
      if (user.role === 'social_org') {
        // The work its contracts bring in (政府购买服务), counted as a community's inbox is.
        const orgId = await purchased.orgOfUser(user.id);
        if (orgId === null) return [];
        const today = clock.today();
        const c = await repo.inboxCounts(database.db, { handlerOrg: orgId }, today, weekEnd(today));
        return [
          { kind: 'inbox_new', count: c.fresh, tone: 'info', link: '/org-inbox', menu: 'orgInbox' },
          { kind: 'inbox_due_week', count: c.dueWeek, tone: 'warning', link: '/org-inbox?status=open' },
          { kind: 'inbox_overdue', count: c.overdue, tone: 'danger', link: '/org-inbox?status=overdue' },
        ];
      }
      if (user.role === 'community_worker') {
        const today = clock.today();
        const c = await repo.inboxCounts(database.db, user.orgCode, today, weekEnd(today));
        return [
          { kind: 'inbox_new', count: c.fresh, tone: 'info', link: '/inbox?status=new', menu: 'inbox' },
          { kind: 'inbox_due_week', count: c.dueWeek, tone: 'warning', link: '/inbox?status=open' },
          { kind: 'inbox_overdue', count: c.overdue, tone: 'danger', link: '/inbox?status=overdue' },
        ];
      }
      if (user.role === 'street_officer') {
        const c = await repo.overdueAndRefusedWithin(database, user.orgCode, clock.today());
        return [
          { kind: 'street_overdue', count: c.overdue, tone: 'danger', link: '/communities', menu: 'communities' },
          { kind: 'street_refused', count: c.refused, tone: 'info', link: '/communities' },
        ];
      }
      if (user.role === 'department_officer' && user.departmentCode) {
        const n = await repo.refusedCount(database.db, user.departmentCode);
        return [
          { kind: 'refusals_open', count: n, tone: 'warning', link: '/dispatches?tab=refusals', menu: 'dispatch' },
        ];
      }
      return [];
    },
  };
}
