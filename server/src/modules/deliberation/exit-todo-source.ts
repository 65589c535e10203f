// The exit requests' answer to the to-do counts: a reviewer's requests awaiting an outcome.
import type { TodoCountOf, TodoSource } from '../notifications/ports.js';
import type { ExitRequestService } from './exit-service.js';

export function exitRequestTodoSource(exits: ExitRequestService): TodoSource {
  return {
    async counts(user): Promise<TodoCountOf[]> {
      const n = await exits.pendingCount(user);
      if (n === null) return [];
      return [{ kind: 'exit_requests', count: n, tone: 'warning', link: '/exit-requests', menu: 'exitRequests' }];
    },
  };
}
