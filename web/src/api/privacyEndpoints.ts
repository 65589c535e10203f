// API calls and shapes of 个人信息保护: grants, residents' own data and access log, corrections.
import { api } from './client.js';
import type { Page } from './types.js';

export type GrantStatus = 'active' | 'expired' | 'revoked';

export interface Grant {
  id: number;
  department: { code: string; name: string };
  elements: string[];
  purpose: string;
  admission: { id: number; number: string | null; title: string; expiryDate: string };
  expiresOn: string;
  status: GrantStatus;
  grantedBy: string | null;
  createdAt: string;
  revokedAt: string | null;
  isDemo: boolean;
}

export interface GrantBody {
  departmentCode: string;
  elements: string[];
  purpose?: string;
  admissionNumber: string;
  expiresOn?: string;
}

export interface GrantOptions {
  departments: { code: string; name: string }[];
  admissions: {
    number: string;
    title: string;
    kind: string;
    department: { code: string; name: string };
    expiryDate: string;
  }[];
}

export interface HubElement {
  code: string;
  name: string;
  subject: string;
  sensitivity: string;
}

export interface MyFact {
  element: string;
  name: string;
  value: string | null;
  source: string;
  observedAt: string;
  sensitivity: string;
  conflicts: { value: string | null; source: string; observedAt: string }[];
}

export interface MyData {
  name: string;
  community: { code: string; name: string };
  subjects: { id: number; type: string; name: string; facts: MyFact[] }[];
}

export interface AccessEntry {
  id: number;
  at: string;
  who: string;
  role: string;
  action: string;
  actionLabel: string;
  purpose: string;
  admissionNumber: string | null;
  outcome: 'allowed' | 'denied';
  elements: string[];
}

export type CorrectionStatus = 'open' | 'accepted' | 'rejected';

export interface Correction {
  id: number;
  subject: { id: number; name: string; type: string; communityCode: string };
  element: string;
  elementName: string;
  currentValue: string | null;
  proposedValue: string;
  note: string;
  department: { code: string; name: string };
  status: CorrectionStatus;
  createdAt: string;
  resolvedAt: string | null;
  resolution: string;
}

export interface UnmaskBody {
  subjectId: number;
  reason: string;
  /** With `community`: one ledger row of that form; without: one subject record. */
  formId?: number;
  community?: string;
}

export interface UnmaskReply {
  subjectId: number;
  facts: { element: string; name: string; value: string | null }[];
  cells: { state: string; value: string | null }[];
}

export interface AuditEntry {
  id: number;
  at: string;
  username: string;
  role: string;
  orgCode: string;
  departmentCode: string | null;
  action: string;
  outcome: 'allowed' | 'denied';
  subjectCount: number;
  subjectIds: number[];
  elements: string[];
  purpose: string;
  admissionNumber: string | null;
  fileSha256: string | null;
  requestId: string;
  hash: string;
}

export interface AuditQuery {
  page: number;
  pageSize: number;
  username?: string;
  action?: string;
  outcome?: 'allowed' | 'denied';
  from?: string;
  to?: string;
  subject?: number;
}

export type AuditVerify =
  | { ok: true; entries: number }
  | {
      ok: false;
      entries: number;
      brokenAt: number | null;
      reason: 'hash_mismatch' | 'prev_mismatch' | 'gap' | 'head_mismatch';
    };

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
  flag: (body: { subjectId: number; element: string; proposedValue?: string; note?: string }) =>
    api.post<Correction>('/me/corrections', body),
  deptCorrections: (signal?: AbortSignal) => api.get<Correction[]>('/privacy/corrections', undefined, signal),
  resolve: (id: number, body: { status: 'accepted' | 'rejected'; resolution?: string }) =>
    api.post<Correction>(`/privacy/corrections/${id}/resolve`, body),
  audit: (query: AuditQuery, signal?: AbortSignal) => api.get<Page<AuditEntry>>('/privacy/audit', query, signal),
  verifyAudit: () => api.get<AuditVerify>('/privacy/audit/verify'),
  unmask: (body: UnmaskBody) => api.post<UnmaskReply>('/privacy/unmask', body),
};

/** Where the browser downloads my data from (the session cookie goes along). */
export const myExportUrl = (format: 'json' | 'xlsx') => `/api/v1/me/export?format=${format}`;
