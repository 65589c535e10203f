// One function per API call the web makes.
import { api } from './client.js';
import type {
  ActBody,
  Admission,
  AdmissionDetail,
  AdmissionDraft,
  AdmissionQuery,
  AdmissionSettings,
  ConsultationView,
  PartialDraft,
  PrecheckResult,
  PublicAdmission,
  PublicCheck,
  SettingsPatch,
  Stance,
} from '#common/api/admission.js';
import type { CalendarYear, WorkdaysReply } from '#common/api/calendar.js';
import type {
  CatalogueDiff,
  CatalogueItem,
  CatalogueItemBody,
  CatalogueJurisdiction,
  CatalogueQuery,
  CatalogueVersion,
  PublishedCatalogue,
} from '#common/api/catalogue.js';
import type { DemoAccounts } from '#common/api/demo.js';
import type { Department, OrgDetail, OrgProfile, OrgSearchHit, OrgSearchQuery, OrgView } from '#common/api/orgs.js';
import type { Health } from '#common/api/health.js';
import type {
  LoginFailure,
  LoginFailureQuery,
  Me,
  UserCreateBody,
  UserPatchBody,
  UserQuery,
  UserView,
} from '#common/api/accounts.js';
import type { Page } from '#common/api/schema.js';

const enc = encodeURIComponent;

export const healthApi = {
  get: () => api.get<Health>('/health'),
};

export const authApi = {
  me: () => api.get<Me>('/auth/me'),
  login: (username: string, password: string) => api.post<Me>('/auth/login', { username, password }),
  logout: () => api.post<void>('/auth/logout'),
};

export type { OrgSearchQuery } from '#common/api/orgs.js';

export const orgsApi = {
  search: (query: OrgSearchQuery, signal?: AbortSignal) => api.get<Page<OrgSearchHit>>('/orgs', query, signal),
  get: (code: string, signal?: AbortSignal) => api.get<OrgDetail>(`/orgs/${enc(code)}`, undefined, signal),
  children: (code: string, page = 1, pageSize = 50, signal?: AbortSignal) =>
    api.get<Page<OrgView>>(`/orgs/${enc(code)}/children`, { page, pageSize }, signal),
  departments: (code: string, signal?: AbortSignal) =>
    api.get<Department[]>(`/orgs/${enc(code)}/departments`, undefined, signal),
  profile: (code: string, signal?: AbortSignal) => api.get<OrgProfile>(`/orgs/${enc(code)}/profile`, undefined, signal),
};

export const usersApi = {
  list: (query: UserQuery, signal?: AbortSignal) => api.get<Page<UserView>>('/users', query, signal),
  create: (body: UserCreateBody) => api.post<UserView>('/users', body),
  update: (id: number, body: UserPatchBody) => api.patch<UserView>(`/users/${id}`, body),
  resetPassword: (id: number, password: string) => api.post<void>(`/users/${id}/password`, { password }),
  loginFailures: (query: LoginFailureQuery, signal?: AbortSignal) =>
    api.get<Page<LoginFailure>>('/users/login-failures', query, signal),
};

export const demoApi = {
  accounts: (signal?: AbortSignal) => api.get<DemoAccounts>('/demo/accounts', undefined, signal),
};

/** What anyone may read without logging in: the lists and the admission numbers. */
export const publicApi = {
  jurisdictions: (signal?: AbortSignal) => api.get<CatalogueJurisdiction[]>('/public/catalogue', undefined, signal),
  catalogue: (jurisdiction: string, query: CatalogueQuery, signal?: AbortSignal) =>
    api.get<PublishedCatalogue>(`/public/catalogue/${enc(jurisdiction)}`, query, signal),
  diff: (jurisdiction: string, version: number | undefined, signal?: AbortSignal) =>
    api.get<CatalogueDiff>(`/public/catalogue/${enc(jurisdiction)}/diff`, { version }, signal),
  exportUrl: (jurisdiction: string, version?: number) =>
    `/api/v1/public/catalogue/${enc(jurisdiction)}/export.xlsx${version ? `?version=${version}` : ''}`,
  admissions: (jurisdiction: string, signal?: AbortSignal) =>
    api.get<PublicAdmission[]>('/public/admissions', { jurisdiction }, signal),
  check: (numberOrCode: string, signal?: AbortSignal) =>
    api.get<PublicCheck>(`/public/admissions/${enc(numberOrCode)}`, undefined, signal),
  qrUrl: (numberOrCode: string) => `/api/v1/public/admissions/${enc(numberOrCode)}/qr.svg`,
};

export const admissionsApi = {
  precheck: (draft: PartialDraft, signal?: AbortSignal) =>
    api.post<{ checks: PrecheckResult[] }>('/admissions/precheck', draft, signal),
  list: (query: AdmissionQuery, signal?: AbortSignal) => api.get<Page<Admission>>('/admissions', query, signal),
  get: (id: number, signal?: AbortSignal) => api.get<AdmissionDetail>(`/admissions/${id}`, undefined, signal),
  create: (draft: AdmissionDraft) => api.post<AdmissionDetail>('/admissions', draft),
  update: (id: number, draft: AdmissionDraft) => api.put<AdmissionDetail>(`/admissions/${id}`, draft),
  act: (id: number, body: ActBody) => api.post<AdmissionDetail>(`/admissions/${id}/actions`, body),
  consultations: (signal?: AbortSignal) => api.get<ConsultationView[]>('/admissions/consultations', undefined, signal),
  comment: (id: number, stance: Stance, comment: string) =>
    api.post<void>(`/admissions/${id}/comments`, { stance, comment }),
  settings: (jurisdiction: string, signal?: AbortSignal) =>
    api.get<AdmissionSettings>(`/admissions/settings/${enc(jurisdiction)}`, undefined, signal),
  updateSettings: (jurisdiction: string, patch: SettingsPatch) =>
    api.put<AdmissionSettings>(`/admissions/settings/${enc(jurisdiction)}`, patch),
};

/** Drafting and publishing the lists (reviewers and admins of the jurisdiction). */
export const catalogueApi = {
  versions: (jurisdiction: string, signal?: AbortSignal) =>
    api.get<CatalogueVersion[]>(`/catalogue/${enc(jurisdiction)}/versions`, undefined, signal),
  createDraft: (jurisdiction: string) => api.post<CatalogueVersion>(`/catalogue/${enc(jurisdiction)}/drafts`),
  version: (id: number, signal?: AbortSignal) =>
    api.get<{ version: CatalogueVersion; items: CatalogueItem[] }>(`/catalogue/versions/${id}`, undefined, signal),
  putItem: (id: number, code: string, body: CatalogueItemBody) =>
    api.put<void>(`/catalogue/versions/${id}/items/${enc(code)}`, body),
  deleteItem: (id: number, code: string) => api.delete<void>(`/catalogue/versions/${id}/items/${enc(code)}`),
  publish: (id: number, effectiveFrom: string, note: string) =>
    api.post<CatalogueVersion>(`/catalogue/versions/${id}/publish`, { effectiveFrom, note }),
};

export const calendarApi = {
  years: (signal?: AbortSignal) => api.get<CalendarYear[]>('/calendar/years', undefined, signal),
  enterYear: (year: number, holidays: string[], workdays: string[]) =>
    api.put<CalendarYear>(`/calendar/years/${year}`, { holidays, workdays }),
  addWorkingDays: (from: string | undefined, add: number, signal?: AbortSignal) =>
    api.get<WorkdaysReply>('/calendar/workdays', { from, add }, signal),
};

/** All children of an org, page by page (a street can have more villages than one page holds). */
export async function allChildren(code: string, signal?: AbortSignal): Promise<OrgView[]> {
  const out: OrgView[] = [];
  for (let page = 1; ; page++) {
    const r = await orgsApi.children(code, page, 200, signal);
    out.push(...r.items);
    if (r.items.length === 0 || out.length >= r.total) return out;
  }
}

/** Provinces (the roots of the tree): the org search without a query. */
export async function provinces(signal?: AbortSignal): Promise<OrgView[]> {
  return (await orgsApi.search({ pageSize: 200 }, signal)).items;
}
