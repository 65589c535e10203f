// How many items each inbox tab holds: one small request per tab (the inbox reply has no counts).
import { inboxApi } from '../../api/dispatchEndpoints.js';
import { keys, useApiQuery } from '../../api/queries.js';
import { INBOX_TABS, type InboxTab } from './tabs.js';

export function useInboxCounts(community: string) {
  return useApiQuery({
    queryKey: keys.inbox.of('counts', community),
    queryFn: ({ signal }) =>
      Promise.all(
        INBOX_TABS.map(async (tab) => {
          const r = await inboxApi.list(
            community,
            { status: tab === 'all' ? undefined : tab, page: 1, pageSize: 1 },
            signal,
          );
          return [tab, r.total] as const;
        }),
      ).then((pairs) => new Map<InboxTab, number>(pairs)),
  });
}
