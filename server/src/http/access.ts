// The outer gate of every API route (route-policy.ts): 401 for an anonymous caller, 403 for a role outside
// the route's list, then the CSRF check on writes — all before the body is validated. Registering a route
// the table does not name fails at start, so no route can be added without saying who may call it.
import type { FastifyInstance } from 'fastify';
import { ROUTE_ACCESS, routeKey } from './route-policy.js';
import { problem } from './problem.js';
import { CSRF_HEADER, requireUser } from './auth.js';

export function installAccess(api: FastifyInstance, prefix = '/api/v1'): void {
  api.addHook('onRoute', (route) => {
    for (const method of [route.method].flat()) {
      if (method === 'HEAD' || method === 'OPTIONS') continue;
      const key = routeKey(method, route.url, prefix);
      if (!(key in ROUTE_ACCESS)) throw new Error(`route ${key} has no entry in http/route-policy.ts`);
    }
  });

  api.addHook('preValidation', async (req) => {
    const method = req.method === 'HEAD' ? 'GET' : req.method;
    const access = ROUTE_ACCESS[routeKey(method, req.routeOptions.url ?? '', prefix)];
    if (access === undefined) return;
    if (access !== 'public') requireUser(req, access === 'signed_in' ? undefined : access);
    // Every write by a signed-in caller carries the session's CSRF token (logout too), unless the route says not.
    if (!req.user || method === 'GET' || method === 'OPTIONS' || req.routeOptions.config.csrf === false) return;
    if (req.headers[CSRF_HEADER] !== req.user.csrfToken) throw problem('csrf_failed');
  });
}
