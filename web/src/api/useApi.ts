// Loads data for a component: re-runs when deps change, aborts stale requests, exposes reload.
import { useCallback, useEffect, useState } from 'react';
import { ApiError } from './client.js';

export interface ApiState<T> {
  data: T | undefined;
  error: ApiError | null;
  loading: boolean;
  reload: () => void;
}

/** `load` may return null to mean "nothing to load" (e.g. no code selected yet). */
export function useApi<T>(load: (signal: AbortSignal) => Promise<T> | null, deps: readonly unknown[]): ApiState<T> {
  const [data, setData] = useState<T | undefined>(undefined);
  const [error, setError] = useState<ApiError | null>(null);
  const [loading, setLoading] = useState(false);
  const [version, setVersion] = useState(0);

  useEffect(() => {
    const controller = new AbortController();
    const pending = load(controller.signal);
    if (!pending) {
      setData(undefined);
      setError(null);
      setLoading(false);
      return () => controller.abort();
    }
    setLoading(true);
    setError(null);
    pending.then(
      (value) => {
        if (controller.signal.aborted) return;
        setData(value);
        setLoading(false);
      },
      (err: unknown) => {
        if (controller.signal.aborted) return;
        setData(undefined);
        setError(
          err instanceof ApiError
            ? err
            : new ApiError({ type: 'about:blank', title: String(err), status: 0, code: 'client_error' }),
        );
        setLoading(false);
      },
    );
    return () => controller.abort();
  }, [...deps, version]);

  const reload = useCallback(() => setVersion((v) => v + 1), []);
  return { data, error, loading, reload };
}
