// The departments a community can name in the register: its district's and its city's (burden
// offices excluded — they are the ones the register reports to).
import { orgsApi } from '../../api/endpoints.js';
import type { Department } from '../../api/types.js';
import { useApi } from '../../api/useApi.js';

export interface DepartmentGroups {
  district: Department[];
  city: Department[];
}

export function useDepartmentsAbove(community: string) {
  const district = community.slice(0, 6);
  const city = community.slice(0, 4);
  return useApi(
    async (signal): Promise<DepartmentGroups> => {
      const [d, c] = await Promise.all([orgsApi.departments(district, signal), orgsApi.departments(city, signal)]);
      const usable = (list: Department[]) => list.filter((x) => x.active && !x.isBurdenOffice);
      return { district: usable(d), city: usable(c) };
    },
    [district, city],
  );
}
