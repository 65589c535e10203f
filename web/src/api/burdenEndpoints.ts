// Calls of the burden API.
import { api } from './client.js';
import type {
  BurdenAggregates,
  BurdenAlert,
  BurdenDashboard,
  BurdenEvent,
  BurdenQuery,
  BurdenSettings,
  CapacityQuery,
  CapacityRow,
} from '#common/api/burden.js';
import type { Page } from '#common/api/schema.js';

export const burdenApi = {
  dashboard: (q: BurdenQuery, signal?: AbortSignal) => api.get<BurdenDashboard>('/burden', q, signal),
  publicSummary: (q: BurdenQuery & { org: string }, signal?: AbortSignal) =>
    api.get<BurdenAggregates>('/public/burden', q, signal),
  events: (community: string, month: string, signal?: AbortSignal) =>
    api.get<BurdenEvent[]>('/burden/events', { community, month }, signal),
  alerts: (org: string | undefined, signal?: AbortSignal) => api.get<BurdenAlert[]>('/burden/alerts', { org }, signal),
  capacity: (q: CapacityQuery, signal?: AbortSignal) => api.get<Page<CapacityRow>>('/burden/capacity', q, signal),
  setCapacity: (items: { community: string; staff: number; leaveDays?: number }[]) =>
    api.put<void>('/burden/capacity', { items }),
  settings: (code: string, signal?: AbortSignal) =>
    api.get<BurdenSettings>(`/burden/settings/${encodeURIComponent(code)}`, undefined, signal),
  setSettings: (code: string, s: Omit<BurdenSettings, 'jurisdiction'>) =>
    api.put<BurdenSettings>(`/burden/settings/${encodeURIComponent(code)}`, s),
  exportUrl: (q: BurdenQuery) =>
    `/api/v1/burden.xlsx?${new URLSearchParams(Object.entries(q).filter(([, v]) => v) as [string, string][]).toString()}`,
};
