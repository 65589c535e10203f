// 诉求's answer to the to-do counts: the requests a community, street or department holds, not yet closed.
import type { TodoCountOf, TodoSource } from '../notifications/ports.js';
import type { ServiceRequestsService } from './service-requests-service.js';

export function serviceRequestTodoSource(requests: ServiceRequestsService): TodoSource {
  return {
    async counts(user): Promise<TodoCountOf[]> {
      const n = await requests.openCount(user);
      if (n === null) return [];
      return [
        { kind: 'service_requests', count: n, tone: 'warning', link: '/service-requests', menu: 'serviceRequests' },
      ];
    },
  };
}
