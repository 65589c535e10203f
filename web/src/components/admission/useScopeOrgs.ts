// The streets of a jurisdiction and the communities of streets, for the scope pickers of the
// application form and the consultation dialog. A district's streets are its children; a city's are
// its districts' children.
import { allChildren, orgsApi } from '../../api/endpoints.js';
import type { OrgView } from '#common/api/orgs.js';
import { keys, useApiQuery } from '../../api/queries.js';
import { skipToken } from '@tanstack/react-query';

export interface ScopeStreet {
  code: string;
  name: string;
  /** The district, when the jurisdiction is a city. */
  parentName: string | null;
  communityCount: number;
}

export interface JurisdictionStreets {
  streets: ScopeStreet[];
  communityTotal: number;
}

const toStreet = (o: OrgView, parentName: string | null): ScopeStreet => ({
  code: o.code,
  name: o.name,
  parentName,
  communityCount: o.counts.community ?? o.childCount,
});

async function loadStreets(code: string, signal: AbortSignal): Promise<JurisdictionStreets> {
  const org = await orgsApi.get(code, signal);
  const communityTotal = org.counts.community ?? 0;
  if (org.level === 'street') return { streets: [toStreet(org, null)], communityTotal };
  const children = await allChildren(code, signal);
  if (org.level !== 'city' && org.level !== 'province')
    return { streets: children.map((c) => toStreet(c, null)), communityTotal };
  const nested = await Promise.all(
    children.map(async (d) => (await allChildren(d.code, signal)).map((s) => toStreet(s, d.name))),
  );
  return { streets: nested.flat(), communityTotal };
}

export function useJurisdictionStreets(code: string) {
  return useApiQuery({ queryKey: keys.orgs.of('streets', code), queryFn: ({ signal }) => loadStreets(code, signal) });
}

/** The communities of each of the given streets (loaded only when `enabled`). */
export function useStreetCommunities(streetCodes: readonly string[], enabled: boolean) {
  return useApiQuery({
    queryKey: keys.orgs.of('allChildren', enabled, streetCodes.join(',')),
    queryFn:
      enabled && streetCodes.length
        ? ({ signal }) =>
            Promise.all(streetCodes.map(async (s) => [s, await allChildren(s, signal)] as const)).then(
              (pairs) => new Map<string, OrgView[]>(pairs),
            )
        : skipToken,
  });
}
