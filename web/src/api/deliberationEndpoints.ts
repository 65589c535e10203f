// 居民议事协商: topics, supports, comments, meetings, votes and follow-up (types from the contract).
import type {
  ActionBody,
  ActionUpdateBody,
  CovenantBody,
  CovenantView,
  MeetingBody,
  MeetingView,
  OpenVoteBody,
  OverdueActionView,
  ProposeBody,
  RulesBody,
  RulesVersionView,
  RulesView,
  TopicSummary,
  TopicView,
} from '#common/api/deliberation.js';
import type { TopicStatus } from '#common/deliberation.js';
import { api, request } from './client.js';

export const deliberationApi = {
  rules: (code: string, signal?: AbortSignal) =>
    api.get<RulesView>(`/communities/${code}/deliberation-rules`, undefined, signal),
  rulesVersions: (code: string, signal?: AbortSignal) =>
    api.get<RulesVersionView[]>(`/communities/${code}/deliberation-rules/versions`, undefined, signal),
  adoptRules: (code: string, body: RulesBody) => api.put<RulesView>(`/communities/${code}/deliberation-rules`, body),
  covenant: (code: string, signal?: AbortSignal) =>
    api.get<CovenantView[]>(`/communities/${code}/covenant`, undefined, signal),
  publishCovenant: (code: string, body: CovenantBody) =>
    api.post<CovenantView[]>(`/communities/${code}/covenant`, body),
  topics: (code: string, status: TopicStatus | undefined, signal?: AbortSignal) =>
    api.get<TopicSummary[]>(`/communities/${code}/topics`, status ? { status } : undefined, signal),
  topic: (id: number, signal?: AbortSignal) => api.get<TopicView>(`/topics/${id}`, undefined, signal),
  propose: (code: string, body: ProposeBody) => api.post<TopicView>(`/communities/${code}/topics`, body),
  /** The proposer's photos or PDFs, sent as multipart `files`. */
  attach: (id: number, files: readonly File[]) => {
    const form = new FormData();
    for (const f of files) form.append('files', f, f.name);
    return request<TopicView>('POST', `/topics/${id}/attachments`, { form });
  },
  attachmentUrl: (id: number, fileId: number) => `/api/v1/topics/${id}/attachments/${fileId}`,
  support: (id: number) => api.post<TopicView>(`/topics/${id}/supports`),
  table: (id: number) => api.post<TopicView>(`/topics/${id}/table`),
  reject: (id: number, reason: string) => api.post<TopicView>(`/topics/${id}/reject`, { reason }),
  comment: (id: number, body: string) => api.post<TopicView>(`/topics/${id}/comments`, { body }),
  hide: (id: number, commentId: number, reason: string) =>
    api.post<TopicView>(`/topics/${id}/comments/${commentId}/hide`, { reason }),
  meetings: (code: string, signal?: AbortSignal) =>
    api.get<MeetingView[]>(`/communities/${code}/meetings`, undefined, signal),
  recordMeeting: (code: string, body: MeetingBody) => api.post<MeetingView>(`/communities/${code}/meetings`, body),
  openVote: (id: number, body: OpenVoteBody) => api.post<TopicView>(`/topics/${id}/vote`, body),
  vote: (id: number, option: number) => api.post<TopicView>(`/topics/${id}/votes`, { option }),
  paperTally: (id: number, counts: number[]) => api.post<TopicView>(`/topics/${id}/paper-tally`, { counts }),
  closeVote: (id: number) => api.post<TopicView>(`/topics/${id}/vote/close`),
  addAction: (id: number, body: ActionBody) => api.post<TopicView>(`/topics/${id}/actions`, body),
  updateAction: (actionId: number, body: ActionUpdateBody) => api.post<TopicView>(`/topic-actions/${actionId}`, body),
  overdue: (code: string, signal?: AbortSignal) =>
    api.get<OverdueActionView[]>(`/orgs/${code}/topic-actions/overdue`, undefined, signal),
};
