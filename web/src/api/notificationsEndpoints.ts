// API calls of the notification centre (the bell) and the to-do counts.
import { api } from './client.js';
import type { MarkReadReply, NotificationPage, TodoReply } from '#common/api/notifications.js';

export const notificationsApi = {
  list: (q: { page: number; pageSize: number; unread?: boolean }, signal?: AbortSignal) =>
    api.get<NotificationPage>('/me/notifications', q, signal),
  markRead: (ids: number[]) => api.post<MarkReadReply>('/me/notifications/read', { ids }),
  markAllRead: () => api.post<MarkReadReply>('/me/notifications/read', { all: true }),
  todo: (signal?: AbortSignal) => api.get<TodoReply>('/me/todo', undefined, signal),
};
