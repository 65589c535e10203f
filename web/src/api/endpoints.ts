// One function per API call the web makes.
import type { OrgLevel } from '../../../common/src/roles.js';
import { api } from './client.js';
import type {
  Department,
  Health,
  Me,
  OrgDetail,
  OrgProfile,
  OrgSearchHit,
  OrgView,
  Page,
  UserCreateBody,
  UserPatchBody,
  UserQuery,
  UserView,
} from './types.js';

const enc = encodeURIComponent;

export const healthApi = {
  get: () => api.get<Health>('/health'),
};

export const authApi = {
  me: () => api.get<Me>('/auth/me'),
  login: (username: string, password: string) => api.post<Me>('/auth/login', { username, password }),
  logout: () => api.post<void>('/auth/logout'),
};

export interface OrgSearchQuery {
  q?: string;
  within?: string;
  level?: OrgLevel;
  page?: number;
  pageSize?: number;
}

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
