// The signed-in user's to-do counts and unread notifications: one request shared by the bell, the menu
// badges and the 工作台, refreshed every minute and on every page change.
import { useEffect } from 'react';
import { useLocation } from 'react-router';
import type { TodoReply } from '#common/api/notifications.js';
import { notificationsApi } from '../../api/notificationsEndpoints.js';
import { keys, useApiQuery, useInvalidate } from '../../api/queries.js';

export const TODO_KEY = keys.notifications.of('todo');

export function useTodo() {
  return useApiQuery<TodoReply>({
    queryKey: TODO_KEY,
    queryFn: ({ signal }) => notificationsApi.todo(signal),
    refetchInterval: 60_000,
    gcTime: 60_000,
  });
}

/** Refreshes the counts when the user moves to another page (work done there changes them). */
export function useTodoFollowsPages(): void {
  const { pathname } = useLocation();
  const invalidate = useInvalidate();
  useEffect(() => {
    void invalidate(keys.notifications);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once per page change
  }, [pathname]);
}

/** The badge count per menu entry: the sum of its kinds' counts. */
export function menuBadges(todo: TodoReply | undefined): Map<string, number> {
  const out = new Map<string, number>();
  for (const i of todo?.items ?? []) if (i.menu && i.count > 0) out.set(i.menu, (out.get(i.menu) ?? 0) + i.count);
  return out;
}
