// API calls of dispatch and refusal, community inboxes, the register of informal demands, the
// inspection plan and the registry of apps and work groups.
import { api } from './client.js';
import type {
  Demand,
  DemandBody,
  DemandQuery,
  DemandSummaryRow,
  Dispatch,
  DispatchBody,
  DispatchDetail,
  InboxItem,
  InboxQuery,
  InboxReply,
  OrgInboxReply,
  ItemActBody,
  Refusal,
  RefusalAnswerBody,
  RefusalDecisionBody,
  RefusalState,
  Reveal,
  StreetWorkloadReply,
} from '#common/api/dispatch.js';
import type { ReviewAction } from '#common/dispatch.js';
import type { AppBody, CommunityApps, RegisteredApp } from '#common/api/apps.js';
import type { Caps, CommunityCalendar, DistrictPlan, InspectionBody } from '#common/api/inspections.js';
import type { Page } from '#common/api/schema.js';

const enc = encodeURIComponent;

export const dispatchApi = {
  list: (page: number, pageSize: number, signal?: AbortSignal) =>
    api.get<Page<Dispatch>>('/dispatches', { page, pageSize }, signal),
  get: (id: number, signal?: AbortSignal) => api.get<DispatchDetail>(`/dispatches/${id}`, undefined, signal),
  create: (body: DispatchBody, files: readonly File[]) => api.postWithFiles<DispatchDetail>('/dispatches', body, files),
  exportUrl: (id: number) => `/api/v1/dispatches/${id}/progress.xlsx`,
  refusals: (page: number, pageSize: number, state?: RefusalState, signal?: AbortSignal) =>
    api.get<Page<Refusal>>('/refusals', { page, pageSize, state }, signal),
  /** The department's answer to a refusal (files only with a resend). */
  answer: (itemId: number, body: RefusalAnswerBody, files: readonly File[] = []) =>
    api.postWithFiles<Refusal>(`/refusals/${itemId}/answer`, body, files),
  decide: (itemId: number, body: RefusalDecisionBody) => api.post<Refusal>(`/refusals/${itemId}/decision`, body),
  attachmentUrl: (id: number) => `/api/v1/attachments/${id}`,
};

export type { InboxQuery } from '#common/api/dispatch.js';

export const inboxApi = {
  /** Open and overdue work per street of the jurisdiction, busiest first, and the street to open on. */
  workload: (signal?: AbortSignal) => api.get<StreetWorkloadReply>('/communities/workload', undefined, signal),
  list: (community: string, query: InboxQuery, signal?: AbortSignal) =>
    api.get<InboxReply>(`/communities/${enc(community)}/inbox`, query, signal),
  act: (itemId: number, body: ItemActBody, files: readonly File[] = []) =>
    api.postWithFiles<InboxItem>(`/inbox-items/${itemId}/actions`, body, files),
  /** A social organisation's own inbox: the work its purchase contracts bring in. */
  orgList: (query: InboxQuery, signal?: AbortSignal) => api.get<OrgInboxReply>('/social-org/inbox', query, signal),
};

export const informalApi = {
  record: (body: DemandBody) => api.post<Demand>('/informal-demands', body),
  list: (query: DemandQuery, signal?: AbortSignal) => api.get<Page<Demand>>('/informal-demands', query, signal),
  summary: (signal?: AbortSignal) => api.get<DemandSummaryRow[]>('/informal-demands/summary', undefined, signal),
  review: (id: number, action: ReviewAction, note: string) =>
    api.post<Demand>(`/informal-demands/${id}/review`, { action, note }),
  reveal: (id: number, reason: string) =>
    api.post<Demand & { reveals: Reveal[] }>(`/informal-demands/${id}/reveal`, { reason }),
};

export const inspectionsApi = {
  plan: (district: string, year: number, signal?: AbortSignal) =>
    api.get<DistrictPlan>(`/districts/${enc(district)}/inspections`, { year }, signal),
  setCaps: (district: string, caps: Caps) => api.put<Caps>(`/districts/${enc(district)}/inspection-caps`, caps),
  calendar: (community: string, year: number, signal?: AbortSignal) =>
    api.get<CommunityCalendar>(`/communities/${enc(community)}/inspections`, { year }, signal),
  create: (body: InspectionBody) => api.post<{ id: number }>('/inspections', body),
};

export const appsApi = {
  list: (signal?: AbortSignal) => api.get<RegisteredApp[]>('/apps', undefined, signal),
  ofCommunity: (community: string, signal?: AbortSignal) =>
    api.get<CommunityApps>(`/communities/${enc(community)}/apps`, undefined, signal),
  register: (body: AppBody) => api.post<RegisteredApp>('/apps', body),
  markUsed: (id: number) => api.post<RegisteredApp>(`/apps/${id}/used`),
  exit: (id: number, reason: string) => api.post<RegisteredApp>(`/apps/${id}/exit`, { reason }),
};
