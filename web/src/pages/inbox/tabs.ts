// The inbox tabs, in the order a community worker reads them.
export const INBOX_TABS = ['all', 'new', 'acknowledged', 'in_progress', 'overdue', 'done', 'refused'] as const;
export type InboxTab = (typeof INBOX_TABS)[number];

export function asTab(v: string | null): InboxTab {
  return (INBOX_TABS as readonly string[]).includes(v ?? '') ? (v as InboxTab) : 'all';
}
