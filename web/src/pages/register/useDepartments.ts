// The sources a community can name in the register: its street's offices (街道办事处 and its internal
// offices, a main source of work pushed down informally), its district's and its city's departments
// (burden offices excluded — they are the ones the register reports to).
import { orgsApi } from '../../api/endpoints.js';
import type { Department } from '#common/api/orgs.js';
import { keys, useApiQuery } from '../../api/queries.js';

export interface DepartmentGroups {
  street: Department[];
  district: Department[];
  city: Department[];
}

export function useDepartmentsAbove(community: string) {
  const street = community.slice(0, 9);
  const district = community.slice(0, 6);
  const city = community.slice(0, 4);
  return useApiQuery({
    queryKey: keys.orgs.of('departmentsAbove', street, district, city),
    queryFn: async ({ signal }): Promise<DepartmentGroups> => {
      const [s, d, c] = await Promise.all([
        orgsApi.departments(street, signal),
        orgsApi.departments(district, signal),
        orgsApi.departments(city, signal),
      ]);
      const usable = (list: Department[]) => list.filter((x) => x.active && !x.isBurdenOffice);
      return { street: usable(s), district: usable(d), city: usable(c) };
    },
  });
}
