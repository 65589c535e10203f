// A community's month in detail: each hour with its department and admission number (or none).
import { Card, DatePicker, Tag } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { burdenApi } from '../../api/burdenEndpoints.js';
import type { BurdenEvent } from '#common/api/burden.js';
import { keys, useApiQuery } from '../../api/queries.js';
import { ProblemAlert } from '../../components/ProblemAlert.js';
import { formatAmount } from '../../i18n/format.js';
import { useBurdenLabels } from './useBurdenLabels.js';
import { ResponsiveTable } from '../../components/responsive/ResponsiveTable.js';

export function MonthEvents({
  community,
  month,
  onMonth,
}: {
  community: string;
  month: string;
  onMonth: (m: string) => void;
}) {
  const { t } = useTranslation();
  const labels = useBurdenLabels();
  const events = useApiQuery({
    queryKey: keys.burden.of('events', community, month),
    queryFn: ({ signal }) => burdenApi.events(community, month, signal),
  });
  return (
    <Card
      size="small"
      className="burden-row"
      title={t('burden.month.title', { month })}
      extra={
        <DatePicker
          picker="month"
          value={dayjs(month)}
          allowClear={false}
          onChange={(v) => v && onMonth(v.format('YYYY-MM'))}
        />
      }
      data-testid="burden-month"
    >
      {events.error && <ProblemAlert error={events.error} />}
      <ResponsiveTable<BurdenEvent>
        size="small"
        loading={events.loading}
        rowKey={(r, i) => `${r.ref}-${i}`}
        dataSource={events.data ?? []}
        locale={{ emptyText: t('burden.month.empty') }}
        pagination={{ pageSize: 12, showSizeChanger: false }}
        columns={[
          { key: 'dept', title: t('burden.table.department'), render: (_, r) => r.department.name },
          {
            key: 'number',
            title: t('burden.table.number'),
            render: (_, r) =>
              r.admissionNumber ? r.admissionNumber : <Tag color="red">{t('burden.table.noNumber')}</Tag>,
          },
          { key: 'source', title: t('burden.table.source'), render: (_, r) => labels.source(r.source) },
          { key: 'kind', title: t('burden.table.kind'), render: (_, r) => labels.kind(r.objectKind) },
          {
            key: 'hours',
            title: t('burden.table.hours'),
            align: 'right',
            render: (_, r) => (
              <span>
                {formatAmount(r.hours)} {r.reestimate && <Tag>{t('burden.table.reestimate')}</Tag>}
              </span>
            ),
          },
        ]}
      />
    </Card>
  );
}
