// Each community's state of one dispatch: status, when it moved, the completion note or the refusal
// with its reason, and the files it returned.
import type { HTMLAttributes } from 'react';
import type { TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import type { DispatchDetail } from '#common/api/dispatch.js';
import { AttachmentList } from '../../components/dispatch/AttachmentList.js';
import { RefusalAnswers, RefusalReasons, RefusalStateTag } from '../../components/dispatch/RefusalOutcome.js';
import { InboxStatusTag } from '../../components/dispatch/InboxStatusTag.js';
import { formatDateTime } from '../../i18n/format.js';
import { useLabels } from '../../i18n/labels.js';
import { ResponsiveTable } from '../../components/responsive/ResponsiveTable.js';

type Item = DispatchDetail['items'][number];

const ORDER: Record<string, number> = { refused: 0, overdue: 1, new: 2, acknowledged: 3, in_progress: 4, done: 5 };

function Times({ i }: { i: Item }) {
  const { t } = useTranslation();
  const rows = [
    i.acknowledgedAt && t('inbox.acknowledgedAt', { at: formatDateTime(i.acknowledgedAt) }),
    i.startedAt && t('inbox.startedAt', { at: formatDateTime(i.startedAt) }),
    i.completedAt && t('inbox.completedAt', { at: formatDateTime(i.completedAt) }),
    i.refusedAt && t('inbox.refusedAt', { at: formatDateTime(i.refusedAt) }),
  ].filter(Boolean);
  return rows.length ? (
    <div className="cell-stack small">
      {rows.map((r) => (
        <span key={String(r)}>{r}</span>
      ))}
    </div>
  ) : (
    <span className="muted">—</span>
  );
}

export function DispatchItemsTable({ items }: { items: Item[] }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const sorted = [...items].sort(
    (a, b) => ORDER[a.status] - ORDER[b.status] || a.community.code.localeCompare(b.community.code),
  );
  const columns: TableColumnsType<Item> = [
    {
      key: 'community',
      title: t('dispatch.fields.community'),
      width: 170,
      render: (_, i) => (
        <div className="cell-stack">
          <span>{i.community.name}</span>
          <span className="mono muted small">{i.community.code}</span>
        </div>
      ),
    },
    {
      key: 'status',
      title: t('dispatch.fields.status'),
      width: 150,
      render: (_, i) => (
        <div className="cell-stack">
          <span>
            <InboxStatusTag status={i.status} />
          </span>
          {i.status === 'overdue' && (
            <span className="muted small">{t('inbox.overdueWas', { status: labels.inboxStatus(i.storedStatus) })}</span>
          )}
        </div>
      ),
    },
    { key: 'times', title: t('dispatch.fields.times'), width: 210, render: (_, i) => <Times i={i} /> },
    {
      key: 'result',
      title: t('dispatch.fields.result'),
      render: (_, i) =>
        i.completionNote ? (
          <div className="cell-stack">
            <span>{i.completionNote}</span>
            <AttachmentList files={i.attachments} />
          </div>
        ) : i.refusalReasons.length ? (
          <div className="cell-stack">
            <span>
              <RefusalReasons item={i} />
              <RefusalStateTag state={i.refusalState} />
            </span>
            <span>{i.refusalText}</span>
            <RefusalAnswers item={i} />
          </div>
        ) : (
          <span className="muted">—</span>
        ),
    },
  ];
  return (
    <ResponsiveTable<Item>
      data-testid="dispatch-items"
      rowKey="id"
      dataSource={sorted}
      columns={columns}
      pagination={false}
      scroll={{ x: 860 }}
      rowClassName={(i) => (i.status === 'refused' ? 'row-refused' : i.status === 'overdue' ? 'row-overdue' : '')}
      onRow={(i) => ({ 'data-status': i.status, 'data-community': i.community.code }) as HTMLAttributes<HTMLElement>}
    />
  );
}
