// /inspections — a district's annual inspection plan for the reviewer (who also sets the caps), the
// street and the departments (who enter their inspections): caps, merge suggestions, month by month.
import { Button, Card, Select, Space, Spin } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useNavigate, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import dayjs from 'dayjs';
import { allChildren } from '../../api/endpoints.js';
import { inspectionsApi } from '../../api/dispatchEndpoints.js';
import { useMe } from '../../api/session.js';
import { keys, useApiQuery, useInvalidate } from '../../api/queries.js';
import { skipToken } from '@tanstack/react-query';
import { PageHeader } from '../../components/PageHeader.js';
import { ProblemAlert } from '../../components/ProblemAlert.js';
import { formatAmount, formatNumber } from '../../i18n/format.js';
import { CapsCard } from './CapsCard.js';
import { MergeSuggestions } from './MergeSuggestions.js';
import { PlanByMonth } from './PlanByMonth.js';
import { YearSelect } from './YearSelect.js';

export function InspectionPlanPage() {
  const { t } = useTranslation();
  const me = useMe();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const year = Number(params.get('year')) || dayjs().year();
  // Users of a district or below plan in their own district; city users choose one.
  const ownDistrict = me.org.code.length >= 6 ? me.org.code.slice(0, 6) : null;
  const invalidate = useInvalidate();
  const districts = useApiQuery({
    queryKey: keys.orgs.of('allChildren', me.org.code),
    queryFn: ownDistrict ? skipToken : ({ signal }) => allChildren(me.org.code, signal),
  });
  const district = ownDistrict ?? params.get('district') ?? districts.data?.[0]?.code ?? '';
  const plan = useApiQuery({
    queryKey: keys.inspections.of('plan', district, year),
    queryFn: district ? ({ signal }) => inspectionsApi.plan(district, year, signal) : skipToken,
  });
  const set = (patch: Record<string, string>) =>
    setParams({ year: String(year), ...(ownDistrict ? {} : { district }), ...patch }, { replace: true });
  const p = plan.data;
  const visits = p?.items.reduce((n, i) => n + i.communities.length, 0) ?? 0;
  const hours = p?.items.reduce((n, i) => n + i.totalHours, 0) ?? 0;

  return (
    <div className="page">
      <PageHeader
        title={t('insp.title')}
        subtitle={t('insp.intro', { org: me.org.name })}
        extra={
          <Space>
            {!ownDistrict && (
              <Select
                className="filter-select"
                value={district || undefined}
                placeholder={t('insp.district')}
                loading={districts.loading}
                onChange={(d: string) => set({ district: d })}
                options={(districts.data ?? []).map((d) => ({ value: d.code, label: d.name }))}
              />
            )}
            <YearSelect value={year} onChange={(y) => set({ year: String(y) })} />
            {me.role === 'department_officer' && (
              <Button
                type="primary"
                icon={<PlusOutlined />}
                onClick={() => void navigate('/inspections/new')}
                data-testid="inspection-new"
              >
                {t('insp.create')}
              </Button>
            )}
          </Space>
        }
      />
      {plan.error ? (
        <ProblemAlert error={plan.error} onRetry={plan.reload} />
      ) : !p ? (
        <Card>
          <div className="center-block">
            <Spin size="large" />
          </div>
        </Card>
      ) : (
        <>
          <div className="plan-top">
            <div className="stat-strip plan-stats">
              <div>
                <strong>{formatNumber(p.items.length)}</strong>
                <span>{t('insp.stats.inspections')}</span>
              </div>
              <div>
                <strong>{formatNumber(visits)}</strong>
                <span>{t('insp.stats.visits')}</span>
              </div>
              <div>
                <strong>{formatAmount(hours)}</strong>
                <span>{t('insp.stats.hours')}</span>
              </div>
              <div>
                <strong className={p.suggestions.length ? 'text-warning' : undefined}>
                  {formatNumber(p.suggestions.length)}
                </strong>
                <span>{t('insp.stats.merges')}</span>
              </div>
            </div>
            <CapsCard
              district={district}
              caps={p.caps}
              editable={me.role === 'reviewer'}
              onSaved={() => void invalidate(keys.inspections)}
            />
          </div>
          <MergeSuggestions suggestions={p.suggestions} items={p.items} />
          <PlanByMonth year={year} items={p.items} suggestions={p.suggestions} />
        </>
      )}
    </div>
  );
}
