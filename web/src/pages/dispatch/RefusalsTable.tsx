// Work the communities refused, with the reason and what they said: the department's own, or (for
// reviewers) the whole jurisdiction's with the department named.
import { Table, Tag, Typography, type TableColumnsType } from 'antd';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Refusal } from '../../api/dispatchTypes.js';
import type { Page } from '../../api/types.js';
import { formatDateTime, formatNumber } from '../../i18n/format.js';
import { useLabels } from '../../i18n/labels.js';

interface Props {
  data: Page<Refusal> | undefined;
  loading: boolean;
  page: number;
  pageSize: number;
  onPage: (page: number, pageSize: number) => void;
  showDepartment?: boolean;
}

export function RefusalsTable({ data, loading, page, pageSize, onPage, showDepartment }: Props) {
  const { t } = useTranslation();
  const labels = useLabels();
  const columns: TableColumnsType<Refusal> = [
    {
      key: 'title',
      title: t('dispatch.refusals.item'),
      render: (_, r) => (
        <div className="cell-stack">
          <Link to={`/dispatches/${r.dispatchId}`}>
            <Typography.Text strong className="link-text">
              {r.title}
            </Typography.Text>
          </Link>
          <span className="mono adm-number-cell">{r.admissionNumber}</span>
        </div>
      ),
    },
    ...(showDepartment
      ? [
          {
            key: 'dept',
            title: t('dispatch.refusals.department'),
            width: 160,
            render: (_: unknown, r: Refusal) => r.department.name,
          },
        ]
      : []),
    { key: 'community', title: t('dispatch.refusals.community'), width: 150, render: (_, r) => r.community.name },
    {
      key: 'reason',
      title: t('dispatch.refusals.reason'),
      render: (_, r) => (
        <div className="cell-stack">
          {r.refusalReason && (
            <span>
              <Tag color="volcano" className="status-tag" data-reason={r.refusalReason}>
                {labels.refusalReason(r.refusalReason)}
              </Tag>
            </span>
          )}
          <Typography.Paragraph className="cell-clamp" ellipsis={{ rows: 2, tooltip: r.refusalText }}>
            {r.refusalText}
          </Typography.Paragraph>
        </div>
      ),
    },
    {
      key: 'at',
      title: t('dispatch.refusals.at'),
      width: 140,
      className: 'nowrap',
      render: (_, r) => formatDateTime(r.refusedAt),
    },
  ];
  return (
    <Table<Refusal>
      data-testid="refusals-table"
      rowKey="id"
      loading={loading}
      dataSource={data?.items ?? []}
      columns={columns}
      scroll={{ x: 860 }}
      locale={{ emptyText: t('dispatch.refusals.empty') }}
      pagination={{
        current: page,
        pageSize,
        total: data?.total ?? 0,
        showTotal: (n) => t('common.total', { total: formatNumber(n) }),
        onChange: onPage,
      }}
    />
  );
}
