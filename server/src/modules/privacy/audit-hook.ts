// Routes that return personal data say so (`config: { audit: 'action' }`) and describe what they
// returned in `req.audit`; this hook appends the entry before the reply leaves — an allowed read, or a
// refused attempt (403). If the entry cannot be written, the data is not sent.
import crypto from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import type { AuditRead, AuditService } from './audit-service.js';

/** What a route tells the hook about the data it returned (the action comes from the route config). */
export type AuditNote = Omit<AuditRead, 'action' | 'outcome'>;

declare module 'fastify' {
  interface FastifyRequest {
    audit: AuditNote | null;
  }
  interface FastifyContextConfig {
    /** The audit action of a route that returns personal data. */
    audit?: string;
  }
}

/** Non-personal context of a refusal: route parameters and the community asked for, never a search text. */
function context(params: unknown, query: unknown): string {
  const q = (query ?? {}) as Record<string, unknown>;
  return JSON.stringify({
    params: params ?? {},
    ...(typeof q.community === 'string' ? { community: q.community } : {}),
  });
}

export function installAudit(app: FastifyInstance, audit: AuditService): void {
  app.decorateRequest('audit', null);
  app.addHook('onSend', async (req, reply, payload) => {
    const action = req.routeOptions.config.audit;
    if (!action || !req.user) return payload;
    if (reply.statusCode === 403) {
      const q = (req.query ?? {}) as Record<string, unknown>;
      const p = (req.params ?? {}) as Record<string, unknown>;
      await audit.record(req.user, req.id, {
        action,
        outcome: 'denied',
        subjectIds: action.startsWith('subjects.detail') && Number(p.id) ? [Number(p.id)] : [],
        orgCode: typeof q.community === 'string' ? q.community : undefined,
        detail: context(req.params, req.query),
      });
    } else if (reply.statusCode < 300) {
      // An exported file is fingerprinted as sent, so a leaked copy can be traced to this entry.
      const fileSha256 = Buffer.isBuffer(payload) ? crypto.createHash('sha256').update(payload).digest('hex') : null;
      if (fileSha256) reply.header('x-file-sha256', fileSha256);
      await audit.record(req.user, req.id, { action, ...(req.audit ?? {}), fileSha256 });
    }
    return payload;
  });
}
