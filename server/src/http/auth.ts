// Session cookie → request.user, and the guards routes call (roles and CSRF at the gate: access.ts).
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Role } from '#common/roles.js';
import type { SessionUser } from '../modules/accounts/types.js';
import { forbidden, unauthenticated } from './problem.js';

export const SESSION_COOKIE = 'jianfu_session';
export const CSRF_HEADER = 'x-csrf-token';

declare module 'fastify' {
  interface FastifyRequest {
    user: SessionUser | null;
    sessionExpired: boolean;
  }
  interface FastifyContextConfig {
    /** Set false on the few routes that take no CSRF token (login). */
    csrf?: boolean;
  }
}

export type SessionResolver = (token: string) => Promise<SessionUser | 'expired' | null>;

export function installAuth(app: FastifyInstance, resolve: SessionResolver): void {
  app.decorateRequest('user', null);
  app.decorateRequest('sessionExpired', false);

  app.addHook('onRequest', async (req) => {
    const token = req.cookies[SESSION_COOKIE];
    if (!token) return;
    const found = await resolve(token);
    if (found === 'expired') req.sessionExpired = true;
    else req.user = found;
  });
  // Roles and the CSRF check of writes: http/access.ts, from the table in http/route-policy.ts.
}

/** The signed-in user, or 401 (saying "expired" when the session ran out). */
export function requireUser(req: FastifyRequest, roles?: readonly Role[]): SessionUser {
  if (!req.user) throw unauthenticated(req.sessionExpired ? 'session_expired' : 'unauthenticated');
  if (roles && !roles.includes(req.user.role)) throw forbidden('forbidden_role');
  return req.user;
}

export function setSessionCookie(reply: FastifyReply, token: string, secure: boolean): void {
  reply.setCookie(SESSION_COOKIE, token, { httpOnly: true, sameSite: 'lax', secure, path: '/' });
}

export function clearSessionCookie(reply: FastifyReply): void {
  reply.clearCookie(SESSION_COOKIE, { path: '/' });
}
