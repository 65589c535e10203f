// The registry of apps and work groups: name and type, department, number, purpose, time a day,
// communities, expiry, last use and status; actions where the reader may act.
import type { HTMLAttributes, ReactNode } from 'react';
import { Tag, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import type { RegisteredApp } from '#common/api/apps.js';
import { formatDateTime, formatNumber } from '../../i18n/format.js';
import { useLabels } from '../../i18n/labels.js';
import { AppStatusTag } from './AppStatusTag.js';
import { ResponsiveTable } from '../../components/responsive/ResponsiveTable.js';

interface Props {
  apps: RegisteredApp[];
  loading: boolean;
  showDepartment?: boolean;
  showCommunities?: boolean;
  actions?: (a: RegisteredApp) => ReactNode;
}

const ORDER = { zombie: 0, active: 1, expired: 2, exited: 3 } as const;

export function AppsTable({ apps, loading, showDepartment, showCommunities = true, actions }: Props) {
  const { t } = useTranslation();
  const labels = useLabels();
  const columns: TableColumnsType<RegisteredApp> = [
    {
      key: 'name',
      title: t('apps.fields.name'),
      render: (_, a) => (
        <div className="cell-stack">
          <span>
            <Typography.Text strong>{a.name}</Typography.Text>
            <Tag className="inline-tag status-tag">{labels.appType(a.type)}</Tag>
          </span>
          {a.purpose && <span className="muted small">{a.purpose}</span>}
          {a.status === 'exited' && (
            <span className="muted small">
              {t('apps.exitedAt', { at: formatDateTime(a.exitedAt), reason: a.exitReason })}
            </span>
          )}
        </div>
      ),
    },
    ...(showDepartment
      ? [
          {
            key: 'dept',
            title: t('apps.fields.department'),
            width: 150,
            render: (_: unknown, a: RegisteredApp) => a.department.name,
          },
        ]
      : []),
    {
      key: 'number',
      title: t('apps.fields.number'),
      width: 140,
      render: (_, a) => <span className="mono adm-number-cell">{a.admissionNumber}</span>,
    },
    {
      key: 'minutes',
      title: t('apps.fields.minutesPerDay'),
      width: 104,
      align: 'right',
      render: (_, a) => t('apps.minutesPerDay', { n: formatNumber(a.minutesPerDay) }),
    },
    ...(showCommunities
      ? [
          {
            key: 'communities',
            title: t('apps.fields.communities'),
            width: 90,
            align: 'right' as const,
            render: (_: unknown, a: RegisteredApp) => t('apps.communityCount', { n: formatNumber(a.communityCount) }),
          },
        ]
      : []),
    {
      key: 'dates',
      title: `${t('apps.fields.expiryDate')} / ${t('apps.fields.lastUsedOn')}`,
      width: 130,
      className: 'nowrap',
      render: (_, a) => (
        <div className="cell-stack">
          <span>{a.expiryDate}</span>
          <span className={a.status === 'zombie' ? 'text-warning small' : 'muted small'}>{a.lastUsedOn}</span>
        </div>
      ),
    },
    { key: 'status', title: t('apps.fields.status'), width: 84, render: (_, a) => <AppStatusTag status={a.status} /> },
    ...(actions
      ? [
          {
            key: 'actions',
            title: t('common.actions'),
            width: 170,
            render: (_: unknown, a: RegisteredApp) => actions(a),
          },
        ]
      : []),
  ];
  return (
    <ResponsiveTable<RegisteredApp>
      data-testid="apps-list"
      rowKey="id"
      loading={loading}
      dataSource={[...apps].sort((a, b) => ORDER[a.status] - ORDER[b.status] || a.name.localeCompare(b.name))}
      columns={columns}
      pagination={false}
      scroll={{ x: 1020 }}
      locale={{ emptyText: t('apps.empty') }}
      rowClassName={(a) => (a.status === 'zombie' ? 'row-zombie' : a.status === 'exited' ? 'row-exited' : '')}
      onRow={(a) => ({ 'data-testid': `app-row-${a.id}`, 'data-status': a.status }) as HTMLAttributes<HTMLElement>}
    />
  );
}
