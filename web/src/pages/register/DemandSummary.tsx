// The burden office's summary of the register: entries, hours and open entries per department, as a
// chart and a table; picking a department filters the list below.
import { Suspense, lazy } from 'react';
import { Card, Col, Empty, Row, Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import type { DemandSummaryRow } from '#common/api/dispatch.js';
import { formatAmount, formatNumber } from '../../i18n/format.js';
import { ResponsiveTable } from '../../components/responsive/ResponsiveTable.js';

// echarts is loaded only when the summary is shown (it is the largest dependency of the app).
const SummaryChart = lazy(() => import('./SummaryChart.js').then((m) => ({ default: m.SummaryChart })));

interface Props {
  rows: DemandSummaryRow[];
  selected?: string;
  onPick: (departmentCode: string | undefined) => void;
}

export function DemandSummary({ rows, selected, onPick }: Props) {
  const { t } = useTranslation();
  const toggle = (code: string) => onPick(code === selected ? undefined : code);
  return (
    <Card
      title={t('register.summary.title')}
      extra={<span className="muted small">{t('register.summary.filterHint')}</span>}
      className="demand-summary"
      data-testid="demand-summary"
    >
      {rows.length === 0 ? (
        <Empty description={t('register.summary.empty')} />
      ) : (
        <Row gutter={24}>
          <Col xs={24} xl={13}>
            <div className="muted small chart-title">{t('register.summary.chart')}</div>
            <Suspense fallback={<Spin />}>
              <SummaryChart rows={rows} selected={selected} onPick={toggle} />
            </Suspense>
          </Col>
          <Col xs={24} xl={11}>
            <ResponsiveTable<DemandSummaryRow>
              size="small"
              rowKey={(r) => r.department.code}
              dataSource={[...rows].sort((a, b) => b.hours - a.hours)}
              pagination={false}
              rowClassName={(r) => (r.department.code === selected ? 'row-selected clickable-row' : 'clickable-row')}
              onRow={(r) => ({ onClick: () => toggle(r.department.code) })}
              columns={[
                { key: 'dept', title: t('register.fields.department'), render: (_, r) => r.department.name },
                {
                  key: 'entries',
                  title: t('register.summary.entries'),
                  align: 'right',
                  width: 70,
                  render: (_, r) => formatNumber(r.entries),
                },
                {
                  key: 'hours',
                  title: t('register.summary.hours'),
                  align: 'right',
                  width: 100,
                  render: (_, r) => formatAmount(r.hours),
                },
                {
                  key: 'open',
                  title: t('register.summary.open'),
                  align: 'right',
                  width: 80,
                  render: (_, r) => (
                    <span className={r.open > 0 ? 'text-warning' : 'muted'}>{formatNumber(r.open)}</span>
                  ),
                },
              ]}
            />
          </Col>
        </Row>
      )}
    </Card>
  );
}
