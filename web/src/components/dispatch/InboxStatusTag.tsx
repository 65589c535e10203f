// The status of a dispatched item as a community sees it (overdue when open past its due date).
import { Tag } from 'antd';
import type { InboxStatus } from '#common/dispatch.js';
import { useLabels } from '../../i18n/labels.js';

export const INBOX_STATUS_COLORS: Record<InboxStatus, string> = {
  new: 'blue',
  acknowledged: 'cyan',
  in_progress: 'processing',
  done: 'success',
  refused: 'volcano',
  withdrawn: 'default',
  overdue: 'error',
};

export function InboxStatusTag({ status, testId }: { status: InboxStatus; testId?: string }) {
  const labels = useLabels();
  return (
    <Tag color={INBOX_STATUS_COLORS[status]} data-testid={testId} data-status={status} className="status-tag">
      {labels.inboxStatus(status)}
    </Tag>
  );
}
