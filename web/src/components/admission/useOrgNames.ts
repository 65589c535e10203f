// Names of org codes (for scopes): looked up once per code and kept for the page's lifetime.
import { orgsApi } from '../../api/endpoints.js';
import { skipToken } from '@tanstack/react-query';
import { keys, useApiQuery } from '../../api/queries.js';

const cache = new Map<string, Promise<string>>();

function nameOf(code: string): Promise<string> {
  let p = cache.get(code);
  if (!p) {
    p = orgsApi.get(code).then(
      (o) => o.name,
      () => code,
    );
    cache.set(code, p);
  }
  return p;
}

/** code → name for up to `limit` codes (the rest are only counted). */
export function useOrgNames(codes: readonly string[], limit = 30): Map<string, string> {
  const wanted = codes.slice(0, limit);
  const { data } = useApiQuery({
    queryKey: keys.orgs.of('names', wanted.join(',')),
    queryFn: wanted.length
      ? () => Promise.all(wanted.map(async (c) => [c, await nameOf(c)] as const)).then((pairs) => new Map(pairs))
      : skipToken,
  });
  return data ?? new Map();
}
