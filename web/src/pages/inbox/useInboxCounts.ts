// How many items each inbox tab holds: the counts come with every inbox reply, so one small request
// (a page of one item) answers all the tabs.
import { inboxApi } from '../../api/dispatchEndpoints.js';
import { keys, useApiQuery } from '../../api/queries.js';
import type { InboxTab } from './tabs.js';

export function useInboxCounts(community: string) {
  return useApiQuery({
    queryKey: keys.inbox.of('counts', community),
    queryFn: async ({ signal }) => {
      const { counts } = await inboxApi.list(community, { page: 1, pageSize: 1 }, signal);
      return new Map<InboxTab, number>(Object.entries(counts) as [InboxTab, number][]);
    },
  });
}
