// 居民服务 · 证明事项: the public guide, the reviewer's guide upkeep, residents' reports of forbidden asks.
import type {
  AttestBody,
  AttestReply,
  CertificateGuide,
  CertificatesView,
  CertificateRequestBody,
  CertificateRequestView,
  CommunityRequestView,
  DecisionBody,
  VerifyView,
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
  request: (body: CertificateRequestBody) => api.post<CertificateRequestView>('/me/certificate-requests', body),
  mine: (signal?: AbortSignal) => api.get<CertificateRequestView[]>('/me/certificate-requests', undefined, signal),
  ofCommunity: (community: string, status: string | undefined, signal?: AbortSignal) =>
    api.get<CommunityRequestView[]>(`/communities/${enc(community)}/certificate-requests`, { status }, signal),
  decide: (id: number, body: DecisionBody) =>
    api.post<CertificateRequestView>(`/certificate-requests/${id}/decision`, body),
  pdfUrl: (id: number) => `/api/v1/certificate-requests/${id}/pdf`,
  attest: (body: AttestBody) => api.post<AttestReply>('/attestations', body),
  verify: (code: string, signal?: AbortSignal) =>
    api.get<VerifyView>(`/public/certificates/verify/${enc(code)}`, undefined, signal),
};
