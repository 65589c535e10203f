// Calls of the staffing API (定人定岗).
import { api } from './client.js';
import type {
  GridPlanView,
  GridPlansOfCommunity,
  MyGrid,
  OfficialStatistics,
  OfficialStatisticsBody,
  StaffingChildren,
  StaffingOrg,
  StaffingStandard,
  StandardView,
} from '#common/api/staffing.js';

import type { RosterBody, RosterEntry, RosterImportReply, RosterPage, RosterQuery } from '#common/api/roster.js';

const enc = encodeURIComponent;

export const staffingApi = {
  org: (code: string, signal?: AbortSignal) => api.get<StaffingOrg>(`/staffing/orgs/${enc(code)}`, undefined, signal),
  children: (code: string, signal?: AbortSignal) =>
    api.get<StaffingChildren>(`/staffing/orgs/${enc(code)}/children`, undefined, signal),
  standard: (code: string, signal?: AbortSignal) =>
    api.get<StandardView>(`/staffing/standards/${enc(code)}`, undefined, signal),
  setStandard: (code: string, s: StaffingStandard) => api.put<StandardView>(`/staffing/standards/${enc(code)}`, s),
  plans: (code: string, signal?: AbortSignal) =>
    api.get<GridPlansOfCommunity>(`/communities/${enc(code)}/grid-plans`, undefined, signal),
  propose: (code: string, householdsPerGrid: number) =>
    api.post<GridPlanView>(`/communities/${enc(code)}/grid-plans`, { householdsPerGrid }),
  myGrid: (signal?: AbortSignal) => api.get<MyGrid>('/staffing/my-grid', undefined, signal),
  setStatistics: (code: string, b: OfficialStatisticsBody) =>
    api.put<OfficialStatistics>(`/staffing/orgs/${enc(code)}/statistics`, b),
  exportUrl: (code: string) => `/api/v1/staffing/orgs/${enc(code)}/export.xlsx`,
  adopt: (code: string, id: number) => api.post<GridPlanView>(`/communities/${enc(code)}/grid-plans/${id}/adopt`),
  roster: (code: string, q: RosterQuery, signal?: AbortSignal) =>
    api.get<RosterPage>(`/communities/${enc(code)}/roster`, q, signal),
  addPerson: (code: string, b: RosterBody) => api.post<RosterEntry>(`/communities/${enc(code)}/roster`, b),
  editPerson: (code: string, id: number, b: RosterBody) =>
    api.put<RosterEntry>(`/communities/${enc(code)}/roster/${id}`, b),
  importRoster: (code: string, file: File, commit: boolean) =>
    api.postWithFiles<RosterImportReply>(`/communities/${enc(code)}/roster/import`, { commit }, [file]),
  endPerson: (code: string, id: number, leftOn: string) =>
    api.post<RosterEntry>(`/communities/${enc(code)}/roster/${id}/end`, { leftOn }),
};
