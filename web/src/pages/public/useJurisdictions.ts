// The jurisdictions that have published a list (the public pages' jurisdiction choice).
import { useDeploymentConfig } from '../../api/config.js';
import { publicApi } from '../../api/endpoints.js';
import { keys, useApiQuery } from '../../api/queries.js';

/** The jurisdiction the public pages open on (the deployment's configuration; 蜀山区 in Hefei). */
export function useDefaultJurisdiction(): string {
  return useDeploymentConfig().defaultJurisdiction.code;
}

export function useJurisdictions() {
  return useApiQuery({
    queryKey: keys.public.of('jurisdictions'),
    queryFn: ({ signal }) => publicApi.jurisdictions(signal),
  });
}
