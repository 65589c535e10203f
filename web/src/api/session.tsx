// The current user and server facts (demo mode), loaded once at start and kept in a context.
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { apiConfig, isApiError } from './client.js';
import { authApi, healthApi } from './endpoints.js';
import type { Health } from '#common/api/health.js';
import type { Me } from '#common/api/accounts.js';
import { queryClient } from './queries.js';

export interface Session {
  /** false until the first /auth/me answer arrived. */
  ready: boolean;
  me: Me | null;
  health: Health | null;
  /** Set when a request found the session expired; the login page says so. */
  endedReason: 'session_expired' | 'unauthenticated' | null;
  login: (username: string, password: string) => Promise<Me>;
  logout: () => Promise<void>;
  refresh: () => Promise<void>;
}

const SessionContext = createContext<Session | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const [ready, setReady] = useState(false);
  const [me, setMeState] = useState<Me | null>(null);
  const [health, setHealth] = useState<Health | null>(null);
  const [endedReason, setEndedReason] = useState<Session['endedReason']>(null);

  const setMe = useCallback((next: Me | null) => {
    apiConfig.setCsrfToken(next?.csrfToken ?? null);
    // Whatever was read for another user (or none) is not shown to this one.
    setMeState((previous) => {
      if (previous?.id !== next?.id) queryClient.clear();
      return next;
    });
  }, []);

  const refresh = useCallback(async () => {
    try {
      setMe(await authApi.me());
    } catch (err) {
      if (!isApiError(err) || err.status !== 401) throw err;
      setMe(null);
    }
  }, [setMe]);

  useEffect(() => {
    apiConfig.setUnauthorizedHandler((code) => {
      setEndedReason(code === 'session_expired' ? 'session_expired' : 'unauthenticated');
      setMe(null);
    });
    void healthApi.get().then(setHealth, () => setHealth(null));
    authApi
      .me()
      .then(setMe, () => setMe(null))
      .finally(() => setReady(true));
    return () => apiConfig.setUnauthorizedHandler(null);
  }, [setMe]);

  const login = useCallback(
    async (username: string, password: string) => {
      const next = await authApi.login(username, password);
      setEndedReason(null);
      setMe(next);
      return next;
    },
    [setMe],
  );

  const logout = useCallback(async () => {
    try {
      await authApi.logout();
    } finally {
      setEndedReason(null);
      setMe(null);
    }
  }, [setMe]);

  const value = useMemo<Session>(
    () => ({ ready, me, health, endedReason, login, logout, refresh }),
    [ready, me, health, endedReason, login, logout, refresh],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const s = useContext(SessionContext);
  if (!s) throw new Error('useSession outside SessionProvider');
  return s;
}

/** The signed-in user; only for components rendered behind the login guard. */
export function useMe(): Me {
  const { me } = useSession();
  if (!me) throw new Error('useMe without a signed-in user');
  return me;
}
