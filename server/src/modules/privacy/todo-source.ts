// Privacy's answer to the to-do counts (notifications' TodoSource port): a department's open correction
// requests of residents.
import type { Database } from '../../db/database.js';
import type { TodoCountOf, TodoSource } from '../notifications/ports.js';
import * as repo from './privacy-repository.js';

export function privacyTodoSource(database: Database): TodoSource {
  return {
    async counts(user): Promise<TodoCountOf[]> {
      if (user.role !== 'department_officer' || !user.departmentCode) return [];
      const n = await repo.openCorrectionCount(database.db, user.departmentCode);
      return [{ kind: 'corrections_open', count: n, tone: 'warning', link: '/corrections', menu: 'corrections' }];
    },
  };
}
