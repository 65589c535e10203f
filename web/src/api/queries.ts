// Server data through TanStack Query: one QueryClient, the query keys per resource, and the hook the
// pages read data with. A key starts with its resource (`keys.users.all` = ['users']), so a change
// invalidates everything read from that resource (`invalidate(keys.users)` after a user is saved)
// instead of a page reloading by hand.
import {
  QueryClient,
  keepPreviousData,
  skipToken,
  useMutation,
  useQuery,
  useQueryClient,
  type MutationFunction,
  type QueryKey,
  type UseQueryOptions,
} from '@tanstack/react-query';
import type { ApiError } from './client.js';

declare module '@tanstack/react-query' {
  interface Register {
    defaultError: ApiError;
  }
}

export const queryClient = new QueryClient({
  defaultOptions: {
    // As before TanStack Query: no retry (a problem+json answer is final), no refetch on focus, and a
    // page shown again loads afresh (gcTime 0: data no component shows is dropped at once), so that no
    // page shows what was true before a write made elsewhere. Components shown together share a
    // request, and writes invalidate the resources they touch (useInvalidate, useApiMutation).
    queries: { retry: false, refetchOnWindowFocus: false, gcTime: 0 },
    mutations: { retry: false },
  },
});

interface Resource<R extends string> {
  all: readonly [R];
  /** A key inside the resource: the operation and its arguments. */
  of: (...parts: readonly unknown[]) => readonly [R, ...unknown[]];
}

const resource = <R extends string>(name: R): Resource<R> => ({
  all: [name],
  of: (...parts) => [name, ...parts],
});

/** The query keys, one entry per server resource. */
export const keys = {
  orgs: resource('orgs'),
  users: resource('users'),
  calendar: resource('calendar'),
  demo: resource('demo'),
  public: resource('public'),
  certificates: resource('certificates'),
  serviceRequests: resource('serviceRequests'),
  deliberation: resource('deliberation'),
  purchasing: resource('purchasing'),
  admissions: resource('admissions'),
  catalogue: resource('catalogue'),
  burden: resource('burden'),
  dispatch: resource('dispatch'),
  inbox: resource('inbox'),
  informal: resource('informal'),
  inspections: resource('inspections'),
  apps: resource('apps'),
  hub: resource('hub'),
  imports: resource('imports'),
  forms: resource('forms'),
  collect: resource('collect'),
  privacy: resource('privacy'),
  config: resource('config'),
  notifications: resource('notifications'),
  staffing: resource('staffing'),
} as const;

type AnyResource = (typeof keys)[keyof typeof keys];

/** What a page reads: the data, the problem if any, whether a request is running, and a retry. */
export interface ApiState<T> {
  data: T | undefined;
  error: ApiError | null;
  loading: boolean;
  reload: () => void;
}

/**
 * useQuery with the state the pages show (`loading` while any request runs, `reload` for a retry
 * button). The previous data stays while the key changes, as pages show it dimmed under a spinner;
 * a query with nothing to load (queryFn: skipToken) shows none.
 */
export function useApiQuery<T>(options: UseQueryOptions<T, ApiError, T, QueryKey>): ApiState<T> {
  const keep = options.queryFn !== skipToken;
  const q = useQuery({ placeholderData: keep ? keepPreviousData : undefined, ...options });
  return {
    data: q.data,
    error: q.error,
    loading: q.isFetching,
    reload: () => void q.refetch(),
  };
}

/** Invalidates (refetches where shown) everything read from these resources. */
export function useInvalidate(): (...resources: AnyResource[]) => Promise<void> {
  const client = useQueryClient();
  return async (...resources) => {
    await Promise.all(resources.map((r) => client.invalidateQueries({ queryKey: r.all })));
  };
}

/** A change to the server that invalidates the resources it touches once it succeeded. */
export function useApiMutation<TVariables, TData>(
  mutationFn: MutationFunction<TData, TVariables>,
  invalidates: readonly AnyResource[],
) {
  const invalidate = useInvalidate();
  return useMutation<TData, ApiError, TVariables>({
    mutationFn,
    onSuccess: () => invalidate(...invalidates),
  });
}
