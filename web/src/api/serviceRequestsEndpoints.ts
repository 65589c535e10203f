// 居民服务 · 诉求: categories, a resident's reports and ratings, and the handler's inbox and steps.
import type {
  InboxView,
  RatingBody,
  ReportBody,
  ServiceCategoryView,
  ServiceRequestView,
  TransferBody,
} from '#common/api/open311.js';
import { api } from './client.js';

export const serviceRequestsApi = {
  categories: (signal?: AbortSignal) => api.get<ServiceCategoryView[]>('/public/service-categories', undefined, signal),
  report: (body: ReportBody, photo: File | null) =>
    api.postWithFiles<ServiceRequestView>('/me/service-requests', body, photo ? [photo] : []),
  mine: (signal?: AbortSignal) => api.get<ServiceRequestView[]>('/me/service-requests', undefined, signal),
  rate: (id: number, body: RatingBody) => api.post<ServiceRequestView>(`/me/service-requests/${id}/rating`, body),
  inbox: (open: boolean, signal?: AbortSignal) => api.get<InboxView>('/service-requests/inbox', { open }, signal),
  accept: (id: number) => api.post<ServiceRequestView>(`/service-requests/${id}/accept`),
  transfer: (id: number, body: TransferBody) => api.post<ServiceRequestView>(`/service-requests/${id}/transfer`, body),
  update: (id: number, note: string) => api.post<ServiceRequestView>(`/service-requests/${id}/update`, { note }),
  close: (id: number, note: string) => api.post<ServiceRequestView>(`/service-requests/${id}/close`, { note }),
  photoUrl: (id: number) => `/api/v1/service-requests/${id}/photo`,
};
