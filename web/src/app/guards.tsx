// Route guards: signed in (else to /login, keeping the intended URL) and role (else a 403 page).
import type { ReactNode } from 'react';
import { Navigate, Outlet, useLocation } from 'react-router';
import { useSession } from '../api/session.js';
import { page } from './lazyPage.js';
import { menuEntry, rolesOf } from './menu.js';

const ForbiddenPage = page(() => import('../pages/errors/ForbiddenPage.js'), 'ForbiddenPage');

export function RequireAuth() {
  const { me } = useSession();
  const location = useLocation();
  if (!me) {
    const next = location.pathname + location.search;
    const to = next === '/' ? '/login' : `/login?next=${encodeURIComponent(next)}`;
    return <Navigate to={to} replace />;
  }
  return <Outlet />;
}

/** Shows the page only to the roles its menu entry (or any of its entries) lists. */
export function RoleGate({ menuKey, children }: { menuKey: string | readonly string[]; children: ReactNode }) {
  const { me } = useSession();
  const roles = typeof menuKey === 'string' ? menuEntry(menuKey).roles : rolesOf(menuKey);
  if (!me || !roles.includes(me.role)) return <ForbiddenPage />;
  return <>{children}</>;
}

/** Where to go after logging in: the kept URL when it is a path of this app, else the 工作台. */
export function safeNext(next: string | null): string {
  return next && next.startsWith('/') && !next.startsWith('//') && !next.startsWith('/login') ? next : '/';
}
