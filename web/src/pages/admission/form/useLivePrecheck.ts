// The live pre-check: the form's values, once the user pauses typing, sent to POST
// /admissions/precheck (nothing is saved); stale requests are aborted.
import { admissionsApi } from '../../../api/endpoints.js';
import { keys, useApiQuery } from '../../../api/queries.js';
import { useDebounced } from '../../../components/useDebounced.js';
import { toPartialDraft, type FormValues } from './formValues.js';

export function useLivePrecheck(values: FormValues) {
  const key = useDebounced(JSON.stringify(toPartialDraft(values)), 500);
  return useApiQuery({
    queryKey: keys.admissions.of('precheck', key),
    queryFn: ({ signal }) => admissionsApi.precheck(JSON.parse(key) as ReturnType<typeof toPartialDraft>, signal),
  });
}
