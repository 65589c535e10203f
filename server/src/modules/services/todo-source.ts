// 证明事项's answer to the to-do counts: a community worker's online certificate requests to decide; the
// 减负办's recent reports of bodies asking for forbidden certificates.
import type { TodoCountOf, TodoSource } from '../notifications/ports.js';
import type { CertificatesService } from './certificates-service.js';
import type { CertificateRequestsService } from './requests-service.js';

export function certificateTodoSource(
  requests: CertificateRequestsService,
  certificates: CertificatesService,
): TodoSource {
  return {
    async counts(user): Promise<TodoCountOf[]> {
      if (user.role === 'reviewer') {
        const n = await certificates.recentAskCount(user.orgCode);
        return [
          { kind: 'forbidden_asks', count: n, tone: 'warning', link: '/certificates/asks', menu: 'forbiddenAsks' },
        ];
      }
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
