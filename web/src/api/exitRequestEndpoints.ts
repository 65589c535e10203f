// 群众不认可→退出: a decided topic sent to the 减负办, the reviewers' list and decision, the public outcomes.
import type { ExitDecisionBody, ExitRequestView, PublicExitRequest } from '#common/api/exit-requests.js';
import { api } from './client.js';

export const exitRequestApi = {
  send: (topicId: number, admissionNumber: string) =>
    api.post<ExitRequestView>(`/topics/${topicId}/exit-request`, { admissionNumber }),
  list: (signal?: AbortSignal) => api.get<ExitRequestView[]>('/exit-requests', undefined, signal),
  decide: (id: number, body: ExitDecisionBody) => api.post<ExitRequestView>(`/exit-requests/${id}/decision`, body),
  publicOf: (number: string, signal?: AbortSignal) =>
    api.get<PublicExitRequest[]>(`/public/admissions/${encodeURIComponent(number)}/exit-requests`, undefined, signal),
};
