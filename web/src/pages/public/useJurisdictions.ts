// The jurisdictions that have published a list (the public pages' jurisdiction choice).
import { publicApi } from '../../api/endpoints.js';
import { useApi } from '../../api/useApi.js';

/** 蜀山区, the demo district, unless the server has no list for it. */
export const DEFAULT_JURISDICTION = '340104';

export function useJurisdictions() {
  return useApi((signal) => publicApi.jurisdictions(signal), []);
}
