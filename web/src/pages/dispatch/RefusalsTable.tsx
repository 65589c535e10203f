// Work the communities refused, with the reasons and what they said, and the answer: the department's
// own (it withdraws, resends or contests), or (for reviewers) the whole jurisdiction's with the department
// named (they decide what was contested).
import { Button, Space, Table, Typography, type TableColumnsType } from 'antd';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Refusal } from '#common/api/dispatch.js';
import type { RefusalAnswer } from '#common/dispatch.js';
import { RefusalAnswers, RefusalReasons, RefusalStateTag } from '../../components/dispatch/RefusalOutcome.js';
import type { Page } from '#common/api/schema.js';
import { formatDateTime, formatNumber } from '../../i18n/format.js';
import { useLabels } from '../../i18n/labels.js';

interface Props {
  data: Page<Refusal> | undefined;
  loading: boolean;
  page: number;
  pageSize: number;
  onPage: (page: number, pageSize: number) => void;
  showDepartment?: boolean;
  onAnswer?: (refusal: Refusal, answer: RefusalAnswer) => void;
  onDecide?: (refusal: Refusal) => void;
}

export function RefusalsTable({ data, loading, page, pageSize, onPage, showDepartment, onAnswer, onDecide }: Props) {
  const { t } = useTranslation();
  const labels = useLabels();
  const columns: TableColumnsType<Refusal> = [
    {
      key: 'title',
      title: t('dispatch.refusals.item'),
      width: 220,
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
          <span>
            <RefusalReasons item={r} />
          </span>
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
    {
      key: 'state',
      title: t('dispatch.refusals.state'),
      width: 230,
      render: (_, r) => (
        <div className="cell-stack refusal-answer-cell">
          <span>
            <RefusalStateTag state={r.refusalState} />
          </span>
          <RefusalAnswers item={r} />
        </div>
      ),
    },
    // Only when some row can be answered or decided: an empty column would only take the width.
    ...((onAnswer && data?.items.some((r) => r.allowedAnswers.length)) ||
    (onDecide && data?.items.some((r) => r.canDecide))
      ? [
          {
            key: 'actions',
            title: t('dispatch.refusals.actions'),
            width: 130,
            render: (_: unknown, r: Refusal) => (
              <Space orientation="vertical" size={4}>
                {onAnswer &&
                  r.allowedAnswers.map((a) => (
                    <Button
                      key={a}
                      size="small"
                      danger={a === 'withdraw'}
                      type={a === 'resend' ? 'primary' : 'default'}
                      onClick={() => onAnswer(r, a)}
                      data-testid={`refusal-answer-${a}`}
                    >
                      {labels.refusalAnswer(a)}
                    </Button>
                  ))}
                {onDecide && r.canDecide && (
                  <Button size="small" type="primary" onClick={() => onDecide(r)} data-testid="refusal-decide">
                    {t('dispatch.refusals.decide')}
                  </Button>
                )}
              </Space>
            ),
          },
        ]
      : []),
  ];
  return (
    <Table<Refusal>
      data-testid="refusals-table"
      rowKey="id"
      onRow={(r) => ({ 'data-testid': `refusal-row-${r.id}`, 'data-state': r.refusalState ?? '' }) as object}
      loading={loading}
      dataSource={data?.items ?? []}
      columns={columns}
      scroll={{ x: 1000 }}
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
