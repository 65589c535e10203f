// 议事's answer to the to-do counts: a worker's topics on the agenda (and votes past their close), a
// street's overdue follow-up actions.
import type { TodoCountOf, TodoSource } from '../notifications/ports.js';
import type { DeliberationService } from './service.js';

export function deliberationTodoSource(deliberation: DeliberationService): TodoSource {
  return {
    async counts(user): Promise<TodoCountOf[]> {
      const n = await deliberation.todo(user);
      if (!n) return [];
      if ('agenda' in n)
        return [{ kind: 'topics_tabled', count: n.agenda, tone: 'info', link: '/deliberation', menu: 'deliberation' }];
      return [
        {
          kind: 'street_actions_overdue',
          count: n.overdue,
          tone: 'warning',
          link: '/deliberation/overdue',
          menu: 'deliberationOverdue',
        },
      ];
    },
  };
}
