// 证明事项's answer to the to-do counts: a community worker's online certificate requests to decide.
import type { TodoCountOf, TodoSource } from '../notifications/ports.js';
import type { CertificateRequestsService } from './requests-service.js';

export function certificateTodoSource(requests: CertificateRequestsService): TodoSource {
  return {
    async counts(user): Promise<TodoCountOf[]> {
      if (user.role !== 'community_worker') return [];
      const n = await requests.submittedCount(user.orgCode);
      return [
        {
          kind: 'certificate_requests',
          count: n,
          tone: 'warning',
          link: '/certificates/requests',
          menu: 'certificateRequests',
        },
      ];
    },
  };
}
