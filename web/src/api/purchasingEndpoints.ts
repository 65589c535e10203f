// 社会组织与政府购买服务: the registry, contracts, activities, ratings, milestones, hours moved (types from the contract).
import type {
  ActivityBody,
  ContractBody,
  ContractDetail,
  ContractSummary,
  PublicPurchasedServices,
  PublicSocialOrg,
  RatingBody,
  ShiftReply,
  SocialOrgBody,
  SocialOrgView,
} from '#common/api/purchasing.js';
import type {
  CatalogueItemBody,
  CatalogueItemList,
  CatalogueItemView,
  ContractRecord,
  EvaluationBody,
  OrgImportReply,
  ReportBody,
  ResidentRatingBody,
  ResidentServiceList,
} from '#common/api/purchasing-catalogue.js';
import { api, request } from './client.js';

export const purchasingApi = {
  orgs: (jurisdiction: string, signal?: AbortSignal) =>
    api.get<{ items: SocialOrgView[] }>('/social-orgs', { jurisdiction }, signal),
  registerOrg: (body: SocialOrgBody) => api.post<SocialOrgView>('/social-orgs', body),
  /** Links a `social_org` account to the organisation it acts for (204). */
  linkAccount: (orgId: number, username: string) => api.post<void>(`/social-orgs/${orgId}/accounts`, { username }),
  contracts: (signal?: AbortSignal) => api.get<{ items: ContractSummary[] }>('/purchase-contracts', undefined, signal),
  contract: (id: number, signal?: AbortSignal) =>
    api.get<ContractDetail>(`/purchase-contracts/${id}`, undefined, signal),
  create: (body: ContractBody) => api.post<ContractDetail>('/purchase-contracts', body),
  record: (id: number, body: ActivityBody) => api.post<ContractDetail>(`/purchase-contracts/${id}/activities`, body),
  /** Optional photos of an activity, sent as multipart `files`. */
  addPhotos: (id: number, activityId: number, files: readonly File[]) => {
    const form = new FormData();
    for (const f of files) form.append('files', f, f.name);
    return request<ContractDetail>('POST', `/purchase-contracts/${id}/activities/${activityId}/photos`, { form });
  },
  photoUrl: (id: number, activityId: number, fileId: number) =>
    `/api/v1/purchase-contracts/${id}/activities/${activityId}/photos/${fileId}`,
  rate: (id: number, body: RatingBody) => api.post<ContractDetail>(`/purchase-contracts/${id}/ratings`, body),
  accept: (id: number, milestoneId: number, note: string) =>
    api.post<ContractDetail>(`/purchase-contracts/${id}/milestones/${milestoneId}/accept`, { note }),
  shift: (org: string, signal?: AbortSignal) => api.get<ShiftReply>('/purchase-contracts/shift', { org }, signal),
  publicOrgs: (jurisdiction: string, signal?: AbortSignal) =>
    api.get<{ items: PublicSocialOrg[] }>('/public/social-orgs', { jurisdiction }, signal),
  publicServices: (jurisdiction: string, signal?: AbortSignal) =>
    api.get<PublicPurchasedServices>('/public/purchased-services', { jurisdiction }, signal),
};

/** Part B: the 指导性目录, roster import, residents' ratings, monthly reports, the closing evaluation. */
export const purchasingBApi = {
  catalogue: (jurisdiction: string, signal?: AbortSignal) =>
    api.get<CatalogueItemList>('/public/purchase-catalogue', { jurisdiction }, signal),
  addItem: (body: CatalogueItemBody) => api.post<CatalogueItemView>('/purchase-catalogue', body),
  withdrawItem: (id: number) => api.post<void>(`/purchase-catalogue/${id}/withdraw`, {}),
  importOrgs: (file: File, commit: boolean) =>
    api.postWithFiles<OrgImportReply>('/social-orgs/import', { commit }, [file]),
  mine: (signal?: AbortSignal) => api.get<ResidentServiceList>('/purchased-services/mine', undefined, signal),
  rateAsResident: (id: number, body: ResidentRatingBody) =>
    api.post<ResidentServiceList>(`/purchase-contracts/${id}/resident-ratings`, body),
  record: (id: number, signal?: AbortSignal) =>
    api.get<ContractRecord>(`/purchase-contracts/${id}/record`, undefined, signal),
  report: (id: number, body: ReportBody) => api.post<ContractRecord>(`/purchase-contracts/${id}/reports`, body),
  evaluate: (id: number, body: EvaluationBody) =>
    api.post<ContractRecord>(`/purchase-contracts/${id}/evaluation`, body),
};
