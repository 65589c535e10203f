// API calls of 从模板导入 (a template file or pasted header → a form draft) and of stewards' wordings.
import { api, request } from './client.js';
import type { Correction, SynonymView, TemplateDraft } from '#common/api/templates.js';
import type { Relation } from '#common/relations.js';
import type { Page } from '#common/api/schema.js';

type Subject = 'resident' | 'household';

export const templatesApi = {
  upload: (file: File, opts: { subjectType: Subject; community?: string }) => {
    const form = new FormData();
    form.append('file', file, file.name);
    return request<TemplateDraft>('POST', '/forms/templates', { form, query: opts });
  },
  text: (text: string, opts: { subjectType: Subject; community?: string }) =>
    api.post<TemplateDraft>('/forms/templates/text', { text, ...opts }),
};

export const synonymsApi = {
  correct: (corrections: Correction[]) =>
    api.post<{ confirmed: number; queued: number; readings: number }>('/hub/synonyms', { corrections }),
  list: (
    query: { status: 'pending' | 'confirmed'; q?: string; page: number; pageSize: number },
    signal?: AbortSignal,
  ) => api.get<Page<SynonymView>>('/hub/synonyms', query, signal),
  decide: (
    id: number,
    body: { action: 'accept' | 'rebind' | 'form_only'; element?: string; relation?: Relation | null },
  ) => request<null>('POST', `/hub/synonyms/${id}/decision`, { body }),
};
