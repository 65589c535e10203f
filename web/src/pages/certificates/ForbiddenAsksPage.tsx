// /certificates/asks — for the 减负办 (and streets, admins): which bodies residents report as still
// asking for certificates the community must not issue, per body, over a period. Reporters never show.
import { useState } from 'react';
import { Card, DatePicker, Space, Tag } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { ForbiddenAskCount } from '#common/api/certificates.js';
import { certificatesApi } from '../../api/certificatesEndpoints.js';
import { keys, useApiQuery } from '../../api/queries.js';
import { useMe } from '../../api/session.js';
import { PageHeader } from '../../components/PageHeader.js';
import { ProblemAlert } from '../../components/ProblemAlert.js';
import { ResponsiveTable } from '../../components/responsive/ResponsiveTable.js';
import { formatNumber } from '../../i18n/format.js';

export function ForbiddenAsksPage() {
  const { t } = useTranslation();
  const me = useMe();
  const [range, setRange] = useState<{ from?: string; to?: string }>({});
  const { data, error, loading, reload } = useApiQuery({
    queryKey: keys.certificates.of('asks', me.org.code, range.from, range.to),
    queryFn: ({ signal }) => certificatesApi.asks(me.org.code, range, signal),
  });
  return (
    <div className="page" data-testid="forbidden-asks">
      <PageHeader
        title={t('cert.asks.title')}
        subtitle={t('cert.asks.intro')}
        extra={
          <Space wrap>
            <span className="muted">{t('cert.asks.range')}</span>
            <DatePicker.RangePicker
              allowClear
              value={data ? [dayjs(data.from), dayjs(data.to)] : null}
              onChange={(v) =>
                setRange(v?.[0] && v[1] ? { from: v[0].format('YYYY-MM-DD'), to: v[1].format('YYYY-MM-DD') } : {})
              }
            />
          </Space>
        }
      />
      {error && <ProblemAlert error={error} onRetry={reload} />}
      <Card title={data ? `${data.org.name} · ${t('cert.asks.total', { n: formatNumber(data.total) })}` : undefined}>
        <ResponsiveTable<ForbiddenAskCount>
          data-testid="forbidden-asks-table"
          rowKey={(b) => `${b.askerKind}|${b.askerName}`}
          loading={loading}
          dataSource={data?.bodies ?? []}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          locale={{ emptyText: t('cert.asks.empty') }}
          columns={[
            { key: 'body', title: t('cert.asks.body'), render: (_, b) => <strong>{b.askerName}</strong> },
            {
              key: 'kind',
              title: t('cert.asks.kind'),
              width: 110,
              render: (_, b) => <Tag>{t(`cert.askerKinds.${b.askerKind}`)}</Tag>,
            },
            { key: 'reports', title: t('cert.asks.reports'), width: 90, align: 'right', dataIndex: 'reports' },
            {
              key: 'communities',
              title: t('cert.asks.communities'),
              width: 90,
              align: 'right',
              dataIndex: 'communities',
            },
            {
              key: 'items',
              title: t('cert.asks.items'),
              render: (_, b) => b.items.map((i) => `${i.name} ×${i.reports}`).join('、'),
            },
            { key: 'lastOn', title: t('cert.asks.lastOn'), width: 110, dataIndex: 'lastOn' },
          ]}
        />
      </Card>
    </div>
  );
}
