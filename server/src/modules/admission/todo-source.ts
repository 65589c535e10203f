// Admission's answer to the to-do counts (notifications' TodoSource port): a reviewer's applications by
// the state of their review clock; a worker's consultations to answer; a department's returned applications.
import { REVIEW_DUE_SOON_WORKING_DAYS } from '#common/notifications.js';
import type { Clock } from '../../clock/clock.js';
import type { Database } from '../../db/database.js';
import type { CalendarService } from '../calendar/service.js';
import type { TodoCountOf, TodoSource } from '../notifications/ports.js';
import { canBeConsulted } from './policy.js';
import * as repo from './repository.js';

export function admissionTodoSource(database: Database, clock: Clock, calendar: CalendarService): TodoSource {
  return {
    async counts(user): Promise<TodoCountOf[]> {
      const today = clock.today();
      if (user.role === 'reviewer') {
        const rows = await repo.reviewDueDates(database, user.orgCode);
        const cal = await calendar.calendar();
        let overdue = 0;
        let soon = 0;
        let inTime = 0;
        for (const r of rows) {
          if (!r.review_due_date) inTime++;
          else if (r.review_due_date < today) overdue++;
          else if (cal.workingDaysBetween(today, r.review_due_date).value <= REVIEW_DUE_SOON_WORKING_DAYS) soon++;
          else inTime++;
        }
        return [
          { kind: 'reviews_overdue', count: overdue, tone: 'danger', link: '/review', menu: 'review' },
          { kind: 'reviews_due_soon', count: soon, tone: 'warning', link: '/review', menu: 'review' },
          { kind: 'reviews_in_time', count: inTime, tone: 'info', link: '/review', menu: 'review' },
        ];
      }
      if (canBeConsulted(user)) {
        const n = await repo.openConsultationCount(database, user.orgCode, today);
        return [
          { kind: 'consultations_open', count: n, tone: 'warning', link: '/consultations', menu: 'consultations' },
        ];
      }
      if (user.role === 'department_officer' && user.departmentCode) {
        const n = await repo.countOfDepartment(database.db, user.departmentCode, 'returned');
        return [{ kind: 'admissions_returned', count: n, tone: 'warning', link: '/admissions', menu: 'admissions' }];
      }
      return [];
    },
  };
}
