// API calls of 个人信息保护 (shapes from common/src/api/privacy.ts): grants, residents' own data and access log, corrections.
import { api } from './client.js';
import type { Page } from '#common/api/schema.js';
import type { DataElement } from '#common/api/hub.js';
import type {
  AccessEntry,
  AuditEntry,
  AuditQuery,
  AuditVerify,
  Correction,
  FlagBody,
  Grant,
  GrantBody,
  GrantOptions,
  MyData,
  ResolveBody,
  UnmaskBody,
  UnmaskReply,
} from '#common/api/privacy.js';

export type {
  AccessEntry,
  AuditEntry,
  AuditQuery,
  AuditVerify,
  Correction,
  CorrectionStatus,
  Grant,
  GrantStatus,
  MyData,
  MyFact,
  UnmaskBody,
  UnmaskReply,
} from '#common/api/privacy.js';

/** The few fields of a data element the grant form shows. */
export type HubElement = Pick<DataElement, 'code' | 'name' | 'subject' | 'sensitivity'>;

export const privacyApi = {
  grants: (signal?: AbortSignal) => api.get<Grant[]>('/privacy/grants', undefined, signal),
  grantOptions: (district: string, signal?: AbortSignal) =>
    api.get<GrantOptions>('/privacy/grant-options', { district }, signal),
  createGrant: (body: GrantBody) => api.post<Grant>('/privacy/grants', body),
  revokeGrant: (id: number) => api.post<Grant>(`/privacy/grants/${id}/revoke`),
  elements: (signal?: AbortSignal) => api.get<HubElement[]>('/hub/elements', undefined, signal),
  myData: (signal?: AbortSignal) => api.get<MyData>('/me/data', undefined, signal),
  accessLog: (signal?: AbortSignal) => api.get<AccessEntry[]>('/me/access-log', undefined, signal),
  myCorrections: (signal?: AbortSignal) => api.get<Correction[]>('/me/corrections', undefined, signal),
  flag: (body: FlagBody) => api.post<Correction>('/me/corrections', body),
  deptCorrections: (signal?: AbortSignal) => api.get<Correction[]>('/privacy/corrections', undefined, signal),
  resolve: (id: number, body: ResolveBody) => api.post<Correction>(`/privacy/corrections/${id}/resolve`, body),
  audit: (query: AuditQuery, signal?: AbortSignal) => api.get<Page<AuditEntry>>('/privacy/audit', query, signal),
  verifyAudit: () => api.get<AuditVerify>('/privacy/audit/verify'),
  unmask: (body: UnmaskBody) => api.post<UnmaskReply>('/privacy/unmask', body),
};

/** Where the browser downloads my data from (the session cookie goes along). */
export const myExportUrl = (format: 'json' | 'xlsx') => `/api/v1/me/export?format=${format}`;
