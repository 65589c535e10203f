// The deployment's configuration (GET /config): its city, the jurisdiction the public pages open on,
// demo mode. Loaded with the first page behind the login page (app/lazyPage.tsx) and kept, so pages
// read it synchronously: no jurisdiction code is written into the web.
import { queryOptions, useSuspenseQuery } from '@tanstack/react-query';
import { api } from './client.js';
import { keys } from './queries.js';

export interface Jurisdiction {
  code: string;
  name: string;
}

/** As server/src/modules/config/schema.ts declares it. */
export interface DeploymentConfig {
  root: Jurisdiction;
  defaultJurisdiction: Jurisdiction;
  demo: boolean;
  demoDistrict: string | null;
}

export const configQuery = queryOptions({
  queryKey: keys.config.all,
  queryFn: ({ signal }) => api.get<DeploymentConfig>('/config', undefined, signal),
  staleTime: Infinity,
  gcTime: Infinity,
});

export function useDeploymentConfig(): DeploymentConfig {
  return useSuspenseQuery(configQuery).data;
}
