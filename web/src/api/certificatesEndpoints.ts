// 居民服务 · 证明事项: the public guide, the reviewer's guide upkeep, residents' reports of forbidden asks.
import type {
  CertificateGuide,
  CertificatesView,
  ForbiddenAskBody,
  ForbiddenAskReply,
  ForbiddenAsksView,
  GuideBody,
} from '#common/api/certificates.js';
import { api } from './client.js';

const enc = encodeURIComponent;

export const certificatesApi = {
  list: (org: string, q: string | undefined, signal?: AbortSignal) =>
    api.get<CertificatesView>('/public/certificates', { org, q: q || undefined }, signal),
  guide: (jurisdiction: string, code: string, org: string | undefined, signal?: AbortSignal) =>
    api.get<CertificateGuide>(`/public/certificates/${enc(jurisdiction)}/${enc(code)}`, { org }, signal),
  putGuide: (jurisdiction: string, code: string, body: GuideBody) =>
    api.put<CertificateGuide>(`/certificates/${enc(jurisdiction)}/${enc(code)}/guide`, body),
  reportAsk: (body: ForbiddenAskBody) => api.post<ForbiddenAskReply>('/certificates/forbidden-asks', body),
  asks: (org: string, range: { from?: string; to?: string }, signal?: AbortSignal) =>
    api.get<ForbiddenAsksView>('/certificates/forbidden-asks', { org, ...range }, signal),
};
