// The department's own admissions that work can be sent under: approved (or in renewal review) and
// not yet expired; optionally of one kind (inspection, app …). Not-yet-started ones are kept and
// marked, so that the form can say from when they apply.
import dayjs from 'dayjs';
import type { ObjectKind } from '#common/admission.js';
import type { Admission } from '#common/api/admission.js';
import { admissionsApi } from '../../api/endpoints.js';
import { keys, useApiQuery } from '../../api/queries.js';

export interface ValidAdmission extends Admission {
  started: boolean;
}

export function todayIso(): string {
  return dayjs().format('YYYY-MM-DD');
}

export function useValidAdmissions(kind?: ObjectKind) {
  return useApiQuery({
    queryKey: keys.admissions.of('valid', kind),
    queryFn: async ({ signal }): Promise<ValidAdmission[]> => {
      const today = todayIso();
      const page = await admissionsApi.list({ status: ['approved', 'renewal_review'], pageSize: 200 }, signal);
      return page.items
        .filter((a) => a.expiryDate >= today && (!kind || a.kind === kind))
        .map((a) => ({ ...a, started: a.startDate <= today }));
    },
  });
}
