// /burden — the burden dashboard: the index over time, who asks the most, by kind and source, the
// level below (click to drill down city → district → street → community), communities ranked by
// burden ratio, before/after a chosen month, a community's month in detail, and the XLSX export.
import { Suspense, lazy, useState } from 'react';
import { Alert, Breadcrumb, Button, Card, Col, DatePicker, Empty, Row, Space, Spin, Statistic, Tooltip } from 'antd';
import { DownloadOutlined, QuestionCircleOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { burdenApi } from '../../api/burdenEndpoints.js';
import type { BurdenDashboard } from '#common/api/burden.js';
import { useDeploymentConfig } from '../../api/config.js';
import { useMe } from '../../api/session.js';
import { keys, useApiQuery } from '../../api/queries.js';
import { PageHeader } from '../../components/PageHeader.js';
import { ProblemAlert } from '../../components/ProblemAlert.js';
import { formatAmount } from '../../i18n/format.js';
import { MonthEvents } from './MonthEvents.js';
import { PurchasedShiftCard } from '../purchasing/ShiftCard.js';
import { percent, useBurdenLabels } from './useBurdenLabels.js';
import { ResponsiveTable } from '../../components/responsive/ResponsiveTable.js';

const charts = () => import('./BurdenCharts.js');
const IndexChart = lazy(() => charts().then((m) => ({ default: m.IndexChart })));
const HBarChart = lazy(() => charts().then((m) => ({ default: m.HBarChart })));
const DonutChart = lazy(() => charts().then((m) => ({ default: m.DonutChart })));

const MONTH = 'YYYY-MM';

/** The org and its ancestors down from the user's own scope (codes nest: 4, 6, 9, 12 digits). */
function drillPath(code: string, scope: string): string[] {
  return [4, 6, 9, 12].filter((n) => n <= code.length && n >= scope.length).map((n) => code.slice(0, n));
}

export function BurdenDashboardPage() {
  const { t } = useTranslation();
  const me = useMe();
  const config = useDeploymentConfig();
  const [params, setParams] = useSearchParams();
  const org = params.get('org') ?? me.orgCode;
  const from = params.get('from') ?? undefined;
  const to = params.get('to') ?? undefined;
  const split = params.get('split') ?? undefined;
  const [names, setNames] = useState<Record<string, string>>({});
  const [month, setMonth] = useState<string | null>(null);
  const q = { org, from, to, split };
  const dash = useApiQuery({
    queryKey: keys.burden.of('dashboard', org, from, to, split),
    queryFn: async ({ signal }) => {
      const d = await burdenApi.dashboard(q, signal);
      setNames((n) => ({
        ...n,
        [d.org.code]: d.org.name,
        ...Object.fromEntries(d.children.map((c) => [c.code, c.name])),
      }));
      return d;
    },
  });
  const set = (patch: Record<string, string | undefined>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(patch)) {
      if (v) next.set(k, v);
      else next.delete(k);
    }
    setParams(next);
  };
  const d = dash.data;

  return (
    <div className="burden-page" data-testid="burden-dashboard">
      <PageHeader
        title={t('burden.title')}
        subtitle={t('burden.intro')}
        extra={
          <Button icon={<DownloadOutlined />} href={burdenApi.exportUrl({ org, from, to })} data-testid="burden-export">
            {t('burden.export')}
          </Button>
        }
      />
      {config.demo && config.demoDistrict && (org.startsWith(config.demoDistrict) || org === config.root.code) ? (
        <Alert type="info" showIcon title={t('burden.demo')} className="burden-demo-note" />
      ) : null}
      <Card size="small" className="burden-toolbar">
        <Space wrap size="large">
          <Breadcrumb
            data-testid="burden-path"
            items={drillPath(org, me.orgCode).map((c) => ({
              key: c,
              title:
                c === org ? (
                  <b>{names[c] ?? c}</b>
                ) : (
                  <a
                    onClick={() => {
                      setMonth(null);
                      set({ org: c });
                    }}
                  >
                    {names[c] ?? c}
                  </a>
                ),
            }))}
          />
          <span>
            {t('burden.from')}{' '}
            <DatePicker.RangePicker
              picker="month"
              allowEmpty={[true, true]}
              value={[from ? dayjs(from) : d ? dayjs(d.from) : null, to ? dayjs(to) : d ? dayjs(d.to) : null]}
              onChange={(v) => set({ from: v?.[0]?.format(MONTH), to: v?.[1]?.format(MONTH) })}
            />
          </span>
          <span>
            {t('burden.split')}{' '}
            <DatePicker
              picker="month"
              placeholder={t('burden.splitPlaceholder')}
              value={split ? dayjs(split) : null}
              onChange={(v: Dayjs | null) => set({ split: v?.format(MONTH) })}
              data-testid="burden-split"
            />
          </span>
        </Space>
      </Card>
      {dash.error && <ProblemAlert error={dash.error} />}
      {!d ? (
        <Spin />
      ) : (
        <Dashboard
          d={d}
          split={split}
          month={month}
          onMonth={setMonth}
          onDrill={(c) => {
            setMonth(null);
            set({ org: c });
          }}
        />
      )}
    </div>
  );
}

function Dashboard({
  d,
  split,
  month,
  onMonth,
  onDrill,
}: {
  d: BurdenDashboard;
  split?: string;
  month: string | null;
  onMonth: (m: string) => void;
  onDrill: (code: string) => void;
}) {
  const { t } = useTranslation();
  const labels = useBurdenLabels();
  const latest = [...d.series].reverse().find((s) => s.index !== null);
  const community = d.org.level === 'community';
  const ba = d.beforeAfter;
  const change =
    ba && ba.beforeMonthlyHours && ba.afterMonthlyHours
      ? (ba.afterMonthlyHours - ba.beforeMonthlyHours) / ba.beforeMonthlyHours
      : null;
  return (
    <>
      <Row gutter={[16, 16]}>
        <Col xs={12} xl={6}>
          <Card size="small">
            <Statistic title={t('burden.kpi.total')} value={formatAmount(d.totalHours)} suffix="h" />
            <div className="muted small">
              {d.from} — {d.to}
            </div>
          </Card>
        </Col>
        <Col xs={12} xl={6}>
          <Card size="small">
            <Statistic
              title={t('burden.kpi.latestIndex')}
              value={latest?.index == null ? '—' : formatAmount(latest.index)}
              styles={{ content: { color: (latest?.index ?? 0) > 100 ? '#cf1322' : undefined } }}
            />
            <div className="muted small">
              {latest?.month} · {t('burden.charts.baseline')} {d.baselineMonth}
            </div>
          </Card>
        </Col>
        <Col xs={12} xl={6}>
          <Card size="small">
            <Statistic
              title={
                <span>
                  {t('burden.kpi.ratio')}{' '}
                  <Tooltip title={t('burden.kpi.ratioHint')}>
                    <QuestionCircleOutlined />
                  </Tooltip>
                </span>
              }
              value={d.capacity.ratio === null ? t('burden.kpi.noCapacity') : percent(d.capacity.ratio)}
            />
            <div className="muted small">
              {t('burden.kpi.hours', { n: formatAmount(d.capacity.burdenHours12) })} /{' '}
              {t('burden.kpi.hours', { n: formatAmount(d.capacity.availableHours12) })}
            </div>
          </Card>
        </Col>
        <Col xs={12} xl={6}>
          <Card size="small">
            <Statistic title={t('burden.kpi.staff')} value={formatAmount(d.capacity.staff)} />
            <div className="muted small">{t('burden.kpi.staffOf', { n: d.capacity.communitiesWithStaff })}</div>
          </Card>
        </Col>
      </Row>
      <PurchasedShiftCard org={d.org.code} />
      <Row gutter={[16, 16]} className="burden-row">
        <Col xs={24} xl={ba ? 18 : 24}>
          <Card title={t('burden.charts.index')} size="small" data-testid="burden-index">
            <Suspense fallback={<Spin />}>
              <IndexChart series={d.series} split={split} onPickMonth={community ? onMonth : undefined} />
            </Suspense>
          </Card>
        </Col>
        {ba && (
          <Col xs={24} xl={6}>
            <Card title={t('burden.beforeAfter.title')} size="small" data-testid="burden-before-after">
              <Statistic
                title={t('burden.beforeAfter.before', { split: ba.split })}
                value={ba.beforeMonthlyHours === null ? '—' : formatAmount(ba.beforeMonthlyHours)}
                suffix="h"
              />
              <Statistic
                title={t('burden.beforeAfter.after', { split: ba.split })}
                value={ba.afterMonthlyHours === null ? '—' : formatAmount(ba.afterMonthlyHours)}
                suffix="h"
              />
              <Statistic
                title={t('burden.beforeAfter.change')}
                value={change === null ? '—' : `${change > 0 ? '+' : ''}${percent(change)}`}
                styles={{ content: { color: (change ?? 0) > 0 ? '#cf1322' : '#389e0d' } }}
              />
            </Card>
          </Col>
        )}
      </Row>
      {!ba && <div className="muted small burden-hint">{t('burden.beforeAfter.hint')}</div>}
      <Row gutter={[16, 16]} className="burden-row">
        <Col xs={24} xl={12}>
          <Card title={t('burden.charts.byDepartment')} size="small" data-testid="burden-by-department">
            {d.byDepartment.length === 0 ? (
              <Empty />
            ) : (
              <Suspense fallback={<Spin />}>
                <HBarChart rows={d.byDepartment.map((x) => ({ key: x.code, name: x.name, value: x.hours }))} />
              </Suspense>
            )}
          </Card>
        </Col>
        <Col xs={24} xl={12}>
          <Card title={t('burden.charts.byKind')} size="small" data-testid="burden-by-kind">
            <Suspense fallback={<Spin />}>
              <DonutChart rows={d.byKind.map((x) => ({ key: x.kind, name: labels.kind(x.kind), value: x.hours }))} />
            </Suspense>
          </Card>
          <Card title={t('burden.charts.bySource')} size="small" className="burden-row">
            <Suspense fallback={<Spin />}>
              <DonutChart
                rows={d.bySource
                  .filter((x) => x.hours > 0)
                  .map((x) => ({ key: x.source, name: labels.source(x.source), value: x.hours }))}
              />
            </Suspense>
            <MovedOff bySource={d.bySource} />
          </Card>
        </Col>
      </Row>
      {!community && (
        <Row gutter={[16, 16]} className="burden-row">
          <Col xs={24} xl={12}>
            <Card title={t('burden.charts.children')} size="small" data-testid="burden-children">
              <Suspense fallback={<Spin />}>
                <HBarChart
                  rows={d.children.map((x) => ({ key: x.code, name: x.name, value: x.hours }))}
                  onPick={onDrill}
                  max={20}
                />
              </Suspense>
              {/* The same drill-down without the chart: by keyboard, and for screen readers. */}
              <nav className="burden-child-links" aria-label={t('burden.charts.children')}>
                {d.children.map((x) => (
                  <Button
                    key={x.code}
                    type="link"
                    size="small"
                    onClick={() => onDrill(x.code)}
                    data-testid={`burden-child-${x.code}`}
                  >
                    {x.name}
                  </Button>
                ))}
              </nav>
            </Card>
          </Col>
          <Col xs={24} xl={12}>
            <Card title={t('burden.charts.ranking')} size="small" data-testid="burden-ranking">
              <ResponsiveTable
                size="small"
                rowKey="code"
                dataSource={d.ranking}
                pagination={{ pageSize: 10, showSizeChanger: false }}
                onRow={(r) => ({ onClick: () => onDrill(r.code), className: 'clickable-row' })}
                columns={[
                  { key: 'i', title: '#', width: 44, render: (_, __, i) => i + 1 },
                  { key: 'name', title: t('burden.table.community'), dataIndex: 'name' },
                  {
                    key: 'hours',
                    title: t('burden.table.hours'),
                    align: 'right',
                    render: (_, r) => formatAmount(r.hours),
                  },
                  {
                    key: 'ratio',
                    title: t('burden.table.ratio'),
                    align: 'right',
                    render: (_, r) => (
                      <span className={(r.ratio ?? 0) > 0.5 ? 'text-warning' : undefined}>{percent(r.ratio)}</span>
                    ),
                  },
                ]}
              />
            </Card>
          </Col>
        </Row>
      )}
      {community && <MonthEvents community={d.org.code} month={month ?? d.to} onMonth={onMonth} />}
    </>
  );
}

/** 购买服务承接: the hours purchased services took off (negative in the figures) and the gap they left. */
function MovedOff({ bySource }: { bySource: BurdenDashboard['bySource'] }) {
  const { t } = useTranslation();
  const of = (s: string) => bySource.find((x) => x.source === s)?.hours ?? 0;
  const gap = of('purchase_gap');
  const moved = Math.round(-(of('purchased_service') + gap) * 10) / 10;
  if (!of('purchased_service')) return null;
  return (
    <div className="small" data-testid="burden-moved-off">
      <div style={{ color: '#389e0d' }}>{t('burden.charts.movedOff', { moved: formatAmount(moved) })}</div>
      {gap > 0 && <div className="text-warning">{t('burden.charts.movedGap', { gap: formatAmount(gap) })}</div>}
    </div>
  );
}
