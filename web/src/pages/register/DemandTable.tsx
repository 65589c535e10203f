// The register's entries: when, which department, through which channel, what, how long, who
// recorded it (or 匿名), and how the burden office followed up.
import type { HTMLAttributes, ReactNode } from 'react';
import { Tag, Typography, type TableColumnsType } from 'antd';
import { EyeInvisibleOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { DemandStatus } from '#common/dispatch.js';
import type { Demand } from '#common/api/dispatch.js';
import type { Page } from '#common/api/schema.js';
import { formatAmount, formatNumber } from '../../i18n/format.js';
import { useLabels } from '../../i18n/labels.js';
import { ResponsiveTable } from '../../components/responsive/ResponsiveTable.js';

export const DEMAND_STATUS_COLORS: Record<DemandStatus, string> = {
  open: 'orange',
  warned: 'gold',
  asked_to_apply: 'blue',
  resolved: 'green',
};

interface Props {
  data: Page<Demand> | undefined;
  loading: boolean;
  page: number;
  pageSize: number;
  onPage: (page: number, pageSize: number) => void;
  showCommunity?: boolean;
  /** Reporters a reviewer revealed on this page (id → name). */
  revealed?: ReadonlyMap<number, string>;
  actions?: (d: Demand) => ReactNode;
}

export function useDurationText() {
  const { t } = useTranslation();
  return (minutes: number) =>
    minutes >= 60
      ? t('register.hours', { n: formatAmount(minutes / 60) })
      : t('register.minutes', { n: formatAmount(minutes) });
}

export function DemandTable({ data, loading, page, pageSize, onPage, showCommunity, revealed, actions }: Props) {
  const { t } = useTranslation();
  const labels = useLabels();
  const duration = useDurationText();
  const reporter = (d: Demand) => {
    const name = d.reporter ?? revealed?.get(d.id);
    return (
      <span data-testid="demand-reporter">
        {name ?? (
          <Tag icon={<EyeInvisibleOutlined />} className="status-tag">
            {t('register.anonymous')}
          </Tag>
        )}
        {name && d.anonymous && (
          <Tag className="inline-tag status-tag" icon={<EyeInvisibleOutlined />}>
            {t('register.anonymous')}
          </Tag>
        )}
      </span>
    );
  };
  const columns: TableColumnsType<Demand> = [
    {
      key: 'date',
      title: showCommunity
        ? `${t('register.fields.occurredOn')} / ${t('register.fields.community')}`
        : t('register.fields.occurredOn'),
      width: 120,
      render: (_, d) => (
        <div className="cell-stack">
          <span className="nowrap">{d.occurredOn}</span>
          {showCommunity && <span className="muted small">{d.community.name}</span>}
        </div>
      ),
    },
    {
      key: 'dept',
      title: t('register.fields.department'),
      width: 150,
      render: (_, d) => (
        <div className="cell-stack">
          <span>{d.department.name}</span>
          {d.sourceNote && <span className="muted small">{d.sourceNote}</span>}
        </div>
      ),
    },
    {
      key: 'content',
      title: `${t('register.fields.channel')} / ${t('register.fields.content')}`,
      render: (_, d) => (
        <div className="cell-stack">
          <span>
            <Tag className="status-tag" data-channel={d.channel}>
              {labels.channel(d.channel)}
            </Tag>
          </span>
          <Typography.Paragraph className="cell-clamp" ellipsis={{ rows: 2, tooltip: d.content }}>
            {d.content}
          </Typography.Paragraph>
        </div>
      ),
    },
    {
      key: 'time',
      title: t('register.fields.time'),
      width: 90,
      align: 'right',
      render: (_, d) => duration(d.estimatedMinutes),
    },
    { key: 'reporter', title: t('register.fields.reporter'), width: 112, render: (_, d) => reporter(d) },
    {
      key: 'status',
      title: t('register.fields.status'),
      width: 140,
      render: (_, d) => (
        <div className="cell-stack">
          <span>
            <Tag color={DEMAND_STATUS_COLORS[d.status]} className="status-tag" data-status={d.status}>
              {labels.demandStatus(d.status)}
            </Tag>
          </span>
          {d.reviewNote && <span className="muted small">{d.reviewNote}</span>}
        </div>
      ),
    },
    ...(actions
      ? [{ key: 'actions', title: t('common.actions'), width: 130, render: (_: unknown, d: Demand) => actions(d) }]
      : []),
  ];
  return (
    <ResponsiveTable<Demand>
      data-testid="demand-list"
      rowKey="id"
      loading={loading}
      dataSource={data?.items ?? []}
      columns={columns}
      scroll={{ x: 960 }}
      locale={{ emptyText: t('register.empty') }}
      onRow={(d) =>
        ({ 'data-testid': `demand-row-${d.id}`, 'data-anonymous': String(d.anonymous) }) as HTMLAttributes<HTMLElement>
      }
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
