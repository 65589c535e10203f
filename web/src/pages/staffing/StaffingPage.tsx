// /staffing — the staffing table (定人定岗): an org's residents, households, staff and what the three
// standards require (per 10,000 residents, grid workers per households, WISN by workload), the gap and
// the size band; the level below ranked by gap, filtered, drilled down city → district → street →
// community, with a bar chart of the gaps. A community shows its workload (WISN items) and leads to its
// grid plan. Community workers see their own community (the page works at 390 px).
import { Suspense, lazy, useState } from 'react';
import {
  Breadcrumb,
  Button,
  Card,
  Checkbox,
  Col,
  Empty,
  Input,
  Row,
  Space,
  Spin,
  Statistic,
  Table,
  Tag,
  Tooltip,
} from 'antd';
import {
  ApartmentOutlined,
  DownloadOutlined,
  FormOutlined,
  QuestionCircleOutlined,
  SettingOutlined,
  TeamOutlined,
} from '@ant-design/icons';
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { StaffingRow } from '#common/api/staffing.js';
import type { SizeBand } from '#common/staffing.js';
import { staffingApi } from '../../api/staffingEndpoints.js';
import { useMe } from '../../api/session.js';
import { keys, useApiQuery } from '../../api/queries.js';
import { PageHeader } from '../../components/PageHeader.js';
import { ProblemAlert } from '../../components/ProblemAlert.js';
import { ResponsiveTable } from '../../components/responsive/ResponsiveTable.js';
import { formatAmount } from '../../i18n/format.js';
import { LadderCard } from './LadderCard.js';
import { StandardDrawer } from './StandardDrawer.js';
import { StatisticsModal } from './StatisticsModal.js';

const GapChart = lazy(() => import('./StaffingCharts.js').then((m) => ({ default: m.GapChart })));
const HouseholdsPerWorkerChart = lazy(() =>
  import('./StaffingCharts.js').then((m) => ({ default: m.HouseholdsPerWorkerChart })),
);

/** Where a row's residents and households come from, when not (only) the hub. */
function PopulationTag({ row }: { row: StaffingRow }) {
  const { t } = useTranslation();
  if (row.official)
    return (
      <Tooltip title={t('staffing.official', { source: row.official.source, date: row.official.asOf })}>
        <Tag color="blue" data-testid={`staffing-official-${row.org.code}`}>
          {t('staffing.population.official')}
        </Tag>
      </Tooltip>
    );
  if (row.populationSource === 'mixed' || row.populationSource === 'official')
    return <Tag color="blue">{t(`staffing.population.${row.populationSource}`)}</Tag>;
  return null;
}

const BAND_COLOR: Record<SizeBand, string> = { below: 'gold', within: 'green', above: 'volcano' };

function Gap({ gap, noPopulation }: { gap: number | null; noPopulation?: boolean }) {
  const { t } = useTranslation();
  if (gap === null) return <Tag>{noPopulation ? t('staffing.noPopulation') : t('staffing.notEntered')}</Tag>;
  return (
    <span className={gap < 0 ? 'staffing-short' : 'staffing-ok'}>
      {gap > 0 ? `+${formatAmount(gap)}` : formatAmount(gap)}
    </span>
  );
}

export function StaffingPage() {
  const { t } = useTranslation();
  const me = useMe();
  const [params, setParams] = useSearchParams();
  const org = params.get('org') ?? me.orgCode;
  const [q, setQ] = useState('');
  const [onlyShort, setOnlyShort] = useState(false);
  const [onlyBand, setOnlyBand] = useState(false);
  const [standardOpen, setStandardOpen] = useState(false);
  const [statisticsOpen, setStatisticsOpen] = useState(false);
  const summary = useApiQuery({
    queryKey: keys.staffing.of('org', org),
    queryFn: ({ signal }) => staffingApi.org(org, signal),
  });
  const children = useApiQuery({
    queryKey: keys.staffing.of('children', org),
    queryFn: ({ signal }) => staffingApi.children(org, signal),
  });
  const go = (code: string) => setParams(code === me.orgCode ? {} : { org: code });
  const d = summary.data;
  const isCommunity = d?.org.level === 'community';

  const rows = (children.data?.items ?? [])
    .filter((r) => !q.trim() || r.org.name.includes(q.trim()))
    .filter((r) => !onlyShort || (r.gap !== null && r.gap < 0))
    .filter((r) => !onlyBand || (r.sizeBand ? r.sizeBand !== 'within' : r.outsideBand > 0))
    .sort((a, b) => (a.gap ?? Infinity) - (b.gap ?? Infinity));

  const path = d
    ? [...d.path.filter((p) => p.code.length >= me.orgCode.length), { code: d.org.code, name: d.org.name }]
    : [];

  const columns = [
    {
      title: t('staffing.col.org'),
      key: 'org',
      render: (_: unknown, r: StaffingRow) => (
        <a onClick={() => go(r.org.code)} data-testid={`staffing-drill-${r.org.code}`}>
          {r.org.name}
        </a>
      ),
    },
    {
      title: t('staffing.col.residents'),
      dataIndex: 'residents',
      align: 'right' as const,
      render: formatAmount,
      sorter: (a: StaffingRow, b: StaffingRow) => a.residents - b.residents,
    },
    {
      title: t('staffing.col.households'),
      key: 'households',
      align: 'right' as const,
      render: (_: unknown, r: StaffingRow) => (
        <>
          <PopulationTag row={r} />
          {formatAmount(r.households)}
        </>
      ),
      sorter: (a: StaffingRow, b: StaffingRow) => a.households - b.households,
    },
    {
      title: t('staffing.col.staff'),
      dataIndex: 'staff',
      align: 'right' as const,
      render: (v: number | null) => (v === null ? <Tag>{t('staffing.notEntered')}</Tag> : formatAmount(v)),
    },
    {
      title: t('staffing.col.per10k'),
      key: 'per10k',
      align: 'right' as const,
      render: (_: unknown, r: StaffingRow) => formatAmount(r.required.per10k),
    },
    {
      title: t('staffing.col.gridWorkers'),
      key: 'grid',
      align: 'right' as const,
      render: (_: unknown, r: StaffingRow) => formatAmount(r.required.gridWorkers),
    },
    {
      title: t('staffing.col.wisn'),
      key: 'wisn',
      align: 'right' as const,
      render: (_: unknown, r: StaffingRow) => formatAmount(r.required.wisn),
    },
    {
      title: t('staffing.col.gap'),
      key: 'gap',
      align: 'right' as const,
      render: (_: unknown, r: StaffingRow) => <Gap gap={r.gap} noPopulation={r.populationMissing === r.communities} />,
      sorter: (a: StaffingRow, b: StaffingRow) => (a.gap ?? Infinity) - (b.gap ?? Infinity),
    },
    {
      title: t('staffing.col.wisnRatio'),
      dataIndex: 'wisnRatio',
      align: 'right' as const,
      render: (v: number | null) => (v === null ? '—' : v.toFixed(2)),
    },
    {
      title: t('staffing.col.sizeBand'),
      key: 'band',
      render: (_: unknown, r: StaffingRow) =>
        r.sizeBand ? (
          <Tag color={BAND_COLOR[r.sizeBand]}>{t(`staffing.sizeBand.${r.sizeBand}`)}</Tag>
        ) : r.outsideBand ? (
          t('staffing.outsideBand', { n: r.outsideBand })
        ) : (
          '—'
        ),
    },
    {
      key: 'actions',
      render: (_: unknown, r: StaffingRow) =>
        r.org.level === 'community' ? (
          <Link to={`/staffing/grids/${r.org.code}`} data-testid={`staffing-grids-${r.org.code}`}>
            <ApartmentOutlined /> {t('staffing.gridPlan')}
          </Link>
        ) : null,
    },
  ];

  return (
    <div className="staffing-page" data-testid="staffing-page">
      <StandardDrawer code={org} open={standardOpen} onClose={() => setStandardOpen(false)} />
      {statisticsOpen && d && (
        <StatisticsModal
          code={d.org.code}
          name={d.org.name}
          initial={
            d.official
              ? { residents: d.residents, households: d.households, source: d.official.source, asOf: d.official.asOf }
              : undefined
          }
          onClose={() => setStatisticsOpen(false)}
        />
      )}
      <PageHeader
        title={t('staffing.title')}
        subtitle={t('staffing.intro')}
        extra={
          <Space wrap>
            <Button
              icon={<SettingOutlined />}
              onClick={() => setStandardOpen(true)}
              data-testid="staffing-standard-open"
            >
              {t('staffing.standard.button')}
            </Button>
            <Button icon={<DownloadOutlined />} href={staffingApi.exportUrl(org)} data-testid="staffing-export">
              {t('staffing.export')}
            </Button>
          </Space>
        }
      />
      {summary.error && <ProblemAlert error={summary.error} onRetry={summary.reload} />}
      {path.length > 1 && (
        <Card size="small" className="staffing-toolbar">
          <Breadcrumb
            data-testid="staffing-path"
            items={path.map((p) => ({
              key: p.code,
              title: p.code === org ? <b>{p.name}</b> : <a onClick={() => go(p.code)}>{p.name}</a>,
            }))}
          />
        </Card>
      )}
      {!d ? (
        !summary.error && <Spin />
      ) : (
        <>
          <Card size="small" className="staffing-kpis" data-testid="staffing-kpis">
            <Row gutter={[16, 16]}>
              <Col xs={12} md={4}>
                <Statistic
                  title={t('staffing.kpi.residents')}
                  value={d.residents}
                  formatter={(v) => formatAmount(Number(v))}
                />
              </Col>
              <Col xs={12} md={4}>
                <Statistic
                  title={t('staffing.kpi.households')}
                  value={d.households}
                  formatter={(v) => formatAmount(Number(v))}
                />
                <PopulationTag row={d} />
              </Col>
              <Col xs={12} md={4}>
                <Statistic
                  title={t('staffing.kpi.staff')}
                  value={d.staff ?? '—'}
                  suffix={d.staffMissing ? <Tag>{t('staffing.kpi.staffMissing', { n: d.staffMissing })}</Tag> : null}
                />
                {d.staffSource && (
                  <Tag data-testid="staffing-staff-source" color={d.staffSource === 'roster' ? 'green' : undefined}>
                    {t(`staffing.roster.source.${d.staffSource}`)}
                  </Tag>
                )}
              </Col>
              {d.populationMissing > 0 && (
                <Col xs={12} md={4}>
                  <Statistic
                    title={t('staffing.kpi.populationMissing')}
                    value={d.populationMissing}
                    data-testid="staffing-population-missing"
                  />
                </Col>
              )}
              {d.certifiedShare !== null && (
                <Col xs={12} md={4}>
                  <Statistic
                    title={t('staffing.roster.certifiedShare')}
                    value={`${Math.round(d.certifiedShare * 100)}%`}
                    data-testid="staffing-certified-share"
                  />
                  <Tag color="green">{t('staffing.roster.source.roster')}</Tag>
                </Col>
              )}
              <Col xs={12} md={4}>
                <Statistic title={t('staffing.col.per10k')} value={d.required.per10k} />
              </Col>
              <Col xs={12} md={4}>
                <Statistic title={t('staffing.col.gridWorkers')} value={d.required.gridWorkers} />
              </Col>
              <Col xs={12} md={4}>
                <Statistic title={t('staffing.col.wisn')} value={d.required.wisn} />
              </Col>
              <Col xs={12} md={4}>
                <Statistic
                  title={
                    <Tooltip title={t('staffing.kpi.gapHint')}>
                      {t('staffing.kpi.gap')} <QuestionCircleOutlined />
                    </Tooltip>
                  }
                  value={d.gap ?? '—'}
                  valueStyle={{ color: d.gap !== null && d.gap < 0 ? '#cf1322' : undefined }}
                />
              </Col>
              <Col xs={12} md={4}>
                <Statistic
                  title={
                    <Tooltip title={t('staffing.kpi.wisnRatioHint')}>
                      {t('staffing.kpi.wisnRatio')} <QuestionCircleOutlined />
                    </Tooltip>
                  }
                  value={d.wisnRatio === null ? '—' : d.wisnRatio.toFixed(2)}
                  data-testid="staffing-wisn-ratio"
                />
              </Col>
              <Col xs={24} md={16}>
                <Space wrap>
                  {d.sizeBand && <Tag color={BAND_COLOR[d.sizeBand]}>{t(`staffing.sizeBand.${d.sizeBand}`)}</Tag>}
                  {d.official && (
                    <span className="staffing-official" data-testid="staffing-official">
                      {t('staffing.official', { source: d.official.source, date: d.official.asOf })}
                    </span>
                  )}
                  <span className="staffing-standard">
                    {d.standardFrom
                      ? t('staffing.standardFrom', { name: d.standardFrom.name, version: d.standardFrom.version })
                      : t('staffing.standardDefault')}
                  </span>
                  {isCommunity && (
                    <Link to={`/staffing/grids/${d.org.code}`} data-testid="staffing-grid-plan">
                      <Button icon={<ApartmentOutlined />}>{t('staffing.gridPlan')}</Button>
                    </Link>
                  )}
                  {isCommunity && me.role === 'data_steward' && (
                    <Button
                      icon={<FormOutlined />}
                      onClick={() => setStatisticsOpen(true)}
                      data-testid="staffing-statistics-open"
                    >
                      {t('staffing.statistics.button')}
                    </Button>
                  )}
                  {isCommunity && (
                    <Link to={`/staffing/roster/${d.org.code}`} data-testid="staffing-roster">
                      <Button icon={<TeamOutlined />}>{t('staffing.roster.button')}</Button>
                    </Link>
                  )}
                </Space>
              </Col>
            </Row>
          </Card>
          {!isCommunity && (
            <Card size="small" className="staffing-children">
              <Space wrap className="table-filters">
                <Input.Search
                  allowClear
                  className="filter-search"
                  placeholder={t('staffing.search')}
                  value={q}
                  onChange={(e) => setQ(e.target.value)}
                />
                <Checkbox
                  checked={onlyShort}
                  onChange={(e) => setOnlyShort(e.target.checked)}
                  data-testid="staffing-only-short"
                >
                  {t('staffing.onlyShort')}
                </Checkbox>
                <Checkbox checked={onlyBand} onChange={(e) => setOnlyBand(e.target.checked)}>
                  {t('staffing.onlyOutsideBand')}
                </Checkbox>
              </Space>
              {children.error && <ProblemAlert error={children.error} onRetry={children.reload} />}
              <ResponsiveTable<StaffingRow>
                rowKey={(r) => r.org.code}
                size="small"
                loading={children.loading}
                columns={columns}
                dataSource={rows}
                pagination={rows.length > 50 ? { pageSize: 50 } : false}
                scroll={{ x: 'max-content' }}
                locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} /> }}
                cardTestId={(r) => `staffing-row-${r.org.code}`}
              />
            </Card>
          )}
          {!isCommunity && rows.some((r) => r.gap !== null) && (
            <Card size="small" title={t('staffing.gapChart')} className="staffing-chart">
              <Suspense fallback={<Spin />}>
                <GapChart
                  rows={rows
                    .filter((r) => r.gap !== null)
                    .slice(0, 30)
                    .map((r) => ({ key: r.org.code, name: r.org.name, gap: r.gap! }))}
                  onPick={go}
                />
              </Suspense>
            </Card>
          )}
          {!isCommunity && d.householdsPerWorker.some((b) => b.communities > 0) && (
            <Card size="small" title={t('staffing.distChart')} className="staffing-chart" data-testid="staffing-dist">
              <Suspense fallback={<Spin />}>
                <HouseholdsPerWorkerChart
                  bands={d.householdsPerWorker}
                  label={(b) =>
                    b.to === null
                      ? t('staffing.distBandOpen', { from: b.from })
                      : t('staffing.distBand', { from: b.from, to: b.to })
                  }
                />
              </Suspense>
            </Card>
          )}
          <LadderCard row={d} ladderName={d.ladderName} />
          <Card size="small" title={t('staffing.wisn.title')} className="staffing-wisn" data-testid="staffing-wisn">
            <Space wrap size="large" className="staffing-wisn-figures">
              <Tooltip title={t('staffing.wisn.availableHint', { days: d.wisn.workingDays })}>
                <span>
                  {t('staffing.wisn.available')}:{' '}
                  <b>{t('staffing.wisn.hours', { n: formatAmount(d.wisn.availableHoursPerWorker) })}</b>{' '}
                  <QuestionCircleOutlined />
                </span>
              </Tooltip>
              <span>
                {t('staffing.wisn.workload')}:{' '}
                <b>{t('staffing.wisn.hours', { n: formatAmount(d.wisn.workloadHours) })}</b>
              </span>
            </Space>
            <Table
              size="small"
              rowKey="key"
              pagination={false}
              dataSource={d.wisn.items}
              columns={[
                { title: t('staffing.wisn.item'), dataIndex: 'name' },
                {
                  title: t('staffing.wisn.hoursPerYear'),
                  dataIndex: 'hoursPerYear',
                  align: 'right' as const,
                  render: (v: number) => formatAmount(v),
                },
              ]}
            />
          </Card>
        </>
      )}
    </div>
  );
}
