// API calls of the data hub (数据元, 数据回流, 居民与户) and of forms, ledgers and collect-once.
import { api, request } from './client.js';
import type {
  BackflowReply,
  CodeList,
  CollectEntry,
  CollectSheet,
  CoverageReply,
  DataElement,
  Dataset,
  ElementSourceBody,
  ElementSourceChange,
  FormBody,
  FormView,
  ImportError,
  ImportView,
  LedgerReply,
  Mapping,
  MatchResult,
  SubjectDetail,
  SubjectRow,
  SubjectType,
  UploadReply,
} from '#common/api/hub.js';
import type { Page } from '#common/api/schema.js';

const enc = encodeURIComponent;

export const hubApi = {
  elements: (signal?: AbortSignal) => api.get<DataElement[]>('/hub/elements', undefined, signal),
  codeLists: (signal?: AbortSignal) => api.get<CodeList[]>('/hub/code-lists', undefined, signal),
  setSource: (code: string, body: ElementSourceBody) => api.put<DataElement>(`/hub/elements/${enc(code)}/source`, body),
  sourceHistory: (code: string, signal?: AbortSignal) =>
    api.get<ElementSourceChange[]>(`/hub/elements/${enc(code)}/source-history`, undefined, signal),
  backflow: (signal?: AbortSignal) => api.get<BackflowReply>('/hub/backflow', undefined, signal),
  match: (labels: string[]) => api.post<MatchResult[]>('/hub/match', { labels }),
  subjects: (
    query: { community: string; type: SubjectType; q?: string; pending?: boolean; page: number; pageSize: number },
    signal?: AbortSignal,
  ) => api.get<Page<SubjectRow>>('/hub/subjects', query, signal),
  subject: (id: number, signal?: AbortSignal) => api.get<SubjectDetail>(`/hub/subjects/${id}`, undefined, signal),
};

export const importsApi = {
  datasets: (signal?: AbortSignal) => api.get<Dataset[]>('/hub/datasets', undefined, signal),
  history: (datasetId: number, signal?: AbortSignal) =>
    api.get<ImportView[]>(`/hub/datasets/${datasetId}/imports`, undefined, signal),
  upload: (datasetId: number, file: File) => {
    const form = new FormData();
    form.append('file', file, file.name);
    return request<UploadReply>('POST', `/hub/datasets/${datasetId}/imports`, { form });
  },
  get: (id: number, signal?: AbortSignal) => api.get<ImportView>(`/hub/imports/${id}`, undefined, signal),
  dryRun: (id: number, mapping: Mapping) => api.post<ImportView>(`/hub/imports/${id}/dry-run`, { mapping }),
  commit: (id: number) => api.post<ImportView>(`/hub/imports/${id}/commit`),
  errors: (id: number, page: number, pageSize: number, signal?: AbortSignal) =>
    api.get<Page<ImportError>>(`/hub/imports/${id}/errors`, { page, pageSize }, signal),
  errorsXlsxUrl: (id: number) => `/api/v1/hub/imports/${id}/errors.xlsx`,
};

export const formsApi = {
  list: (signal?: AbortSignal) => api.get<FormView[]>('/forms', undefined, signal),
  create: (body: FormBody) => api.post<{ id: number }>('/forms', body),
  update: (id: number, body: FormBody) => api.put<FormView>(`/forms/${id}`, body),
  coverage: (id: number, community: string, signal?: AbortSignal) =>
    api.get<CoverageReply>(`/forms/${id}/coverage`, { community }, signal),
  ledger: (id: number, community: string, signal?: AbortSignal) =>
    api.get<LedgerReply>(`/forms/${id}/ledger`, { community }, signal),
  /** One community, or (a department) every community of its area when `community` is omitted. */
  ledgerXlsxUrl: (id: number, community?: string) =>
    `/api/v1/forms/${id}/ledger.xlsx${community ? `?community=${enc(community)}` : ''}`,
};

export const collectApi = {
  sheet: (householdId: number, signal?: AbortSignal) =>
    api.get<CollectSheet>(`/households/${householdId}/collect`, undefined, signal),
  save: (householdId: number, entries: CollectEntry[]) =>
    api.post<{ saved: number }>(`/households/${householdId}/collect`, { entries }),
};
