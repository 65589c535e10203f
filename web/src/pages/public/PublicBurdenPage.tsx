// /public/burden — the burden index for anyone: aggregates only (index series, by department, by
// kind) for the city or one of its districts.
import { Suspense, lazy } from 'react';
import { Card, Col, Row, Select, Spin, Statistic } from 'antd';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { burdenApi } from '../../api/burdenEndpoints.js';
import { useDeploymentConfig } from '../../api/config.js';
import { orgsApi } from '../../api/endpoints.js';
import { keys, useApiQuery } from '../../api/queries.js';
import { PageHeader } from '../../components/PageHeader.js';
import { ProblemAlert } from '../../components/ProblemAlert.js';
import { formatAmount } from '../../i18n/format.js';
import { useBurdenLabels } from '../burden/useBurdenLabels.js';

const charts = () => import('../burden/BurdenCharts.js');
const IndexChart = lazy(() => charts().then((m) => ({ default: m.IndexChart })));
const HBarChart = lazy(() => charts().then((m) => ({ default: m.HBarChart })));
const DonutChart = lazy(() => charts().then((m) => ({ default: m.DonutChart })));

export function PublicBurdenPage() {
  const { t } = useTranslation();
  const labels = useBurdenLabels();
  const [params, setParams] = useSearchParams();
  const config = useDeploymentConfig();
  const city = config.root;
  const org = params.get('org') ?? config.defaultJurisdiction.code;
  const districts = useApiQuery({
    queryKey: keys.orgs.of('children', city.code, 1, 50),
    queryFn: ({ signal }) => orgsApi.children(city.code, 1, 50, signal),
  });
  const summary = useApiQuery({
    queryKey: keys.burden.of('publicSummary', org),
    queryFn: ({ signal }) => burdenApi.publicSummary({ org }, signal),
  });
  const s = summary.data;
  const latest = s ? [...s.series].reverse().find((p) => p.index !== null) : undefined;
  return (
    <div className="burden-page public-burden" data-testid="public-burden">
      <PageHeader
        title={t('burden.public.title')}
        subtitle={t('burden.public.intro')}
        extra={
          <Select
            style={{ width: 200 }}
            value={org}
            aria-label={t('burden.public.org')}
            onChange={(v) => setParams({ org: v })}
            options={[
              { value: city.code, label: city.name },
              ...(districts.data?.items ?? []).map((d) => ({ value: d.code, label: d.name })),
            ]}
          />
        }
      />
      {summary.error && <ProblemAlert error={summary.error} />}
      {!s ? (
        <Spin />
      ) : (
        <>
          <Row gutter={[16, 16]}>
            <Col xs={12} md={8}>
              <Card size="small">
                <Statistic
                  title={t('burden.kpi.latestIndex')}
                  value={latest?.index == null ? '—' : formatAmount(latest.index)}
                />
                <div className="muted small">
                  {latest?.month} · {t('burden.charts.baseline')} {s.baselineMonth ?? '—'}
                </div>
              </Card>
            </Col>
            <Col xs={12} md={8}>
              <Card size="small">
                <Statistic title={t('burden.kpi.total')} value={formatAmount(s.totalHours)} suffix="h" />
                <div className="muted small">
                  {s.from} — {s.to}
                </div>
              </Card>
            </Col>
          </Row>
          <Card title={t('burden.charts.index')} size="small" className="burden-row">
            <Suspense fallback={<Spin />}>
              <IndexChart series={s.series} />
            </Suspense>
          </Card>
          <Row gutter={[16, 16]} className="burden-row">
            <Col xs={24} lg={14}>
              <Card title={t('burden.charts.byDepartment')} size="small">
                <Suspense fallback={<Spin />}>
                  <HBarChart rows={s.byDepartment.map((x) => ({ key: x.code, name: x.name, value: x.hours }))} />
                </Suspense>
              </Card>
            </Col>
            <Col xs={24} lg={10}>
              <Card title={t('burden.charts.byKind')} size="small">
                <Suspense fallback={<Spin />}>
                  <DonutChart
                    rows={s.byKind.map((x) => ({ key: x.kind, name: labels.kind(x.kind), value: x.hours }))}
                  />
                </Suspense>
              </Card>
            </Col>
          </Row>
        </>
      )}
    </div>
  );
}
