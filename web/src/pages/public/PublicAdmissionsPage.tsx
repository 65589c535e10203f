// /public/admissions?jurisdiction= — the admissions in force in a jurisdiction, each with its number
// (opening the check page), department, scope, burden and term.
import { Card, Select, Tag, Typography } from 'antd';
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { PublicAdmission } from '#common/api/admission.js';
import { publicApi } from '../../api/endpoints.js';
import { keys, useApiQuery } from '../../api/queries.js';
import { PageHeader } from '../../components/PageHeader.js';
import { ProblemAlert } from '../../components/ProblemAlert.js';
import { formatAmount, formatNumber } from '../../i18n/format.js';
import { useLabels } from '../../i18n/labels.js';
import { useDefaultJurisdiction, useJurisdictions } from './useJurisdictions.js';
import { ResponsiveTable } from '../../components/responsive/ResponsiveTable.js';

export function PublicAdmissionsPage() {
  const { t } = useTranslation();
  const labels = useLabels();
  const [params, setParams] = useSearchParams();
  const preferred = useDefaultJurisdiction();
  const jurisdiction = params.get('jurisdiction') ?? preferred;
  const jurisdictions = useJurisdictions();
  const { data, error, loading, reload } = useApiQuery({
    queryKey: keys.public.of('admissions', jurisdiction),
    queryFn: ({ signal }) => publicApi.admissions(jurisdiction, signal),
  });
  const name = jurisdictions.data?.find((j) => j.code === jurisdiction)?.name ?? jurisdiction;
  const items = data ?? [];
  const hours = items.reduce((a, i) => a + i.burden.totalHoursYear, 0);

  return (
    <div className="page public-page">
      <PageHeader
        title={t('pub.admissions.title', { name })}
        subtitle={t('pub.admissions.intro')}
        extra={
          <Select
            data-testid="public-admissions-jurisdiction"
            value={jurisdiction}
            onChange={(code: string) => setParams({ jurisdiction: code })}
            className="catalogue-select"
            options={(jurisdictions.data ?? []).map((j) => ({ value: j.code, label: j.name }))}
          />
        }
      />
      <Card>
        <div className="stat-strip">
          <div>
            <strong>{formatNumber(items.length)}</strong>
            <span>{t('pub.admissions.count')}</span>
          </div>
          <div>
            <strong>{formatAmount(hours)}</strong>
            <span>{t('pub.admissions.hours')}</span>
          </div>
        </div>
        {error ? (
          <ProblemAlert error={error} onRetry={reload} />
        ) : (
          <ResponsiveTable<PublicAdmission>
            data-testid="public-admissions"
            rowKey="code"
            loading={loading}
            dataSource={items}
            pagination={false}
            locale={{ emptyText: t('pub.admissions.empty') }}
            columns={[
              {
                key: 'number',
                title: t('adm.fields.number'),
                width: 150,
                render: (_, a) => (
                  <Link to={`/check/${encodeURIComponent(a.code)}`} className="nowrap">
                    {a.number}
                  </Link>
                ),
              },
              {
                key: 'title',
                title: t('adm.fields.title'),
                render: (_, a) => (
                  <div className="cell-stack">
                    <Typography.Text strong>{a.title}</Typography.Text>
                    <span className="muted small">
                      {labels.objectKind(a.kind)} · {a.department.name}
                    </span>
                  </div>
                ),
              },
              {
                key: 'scope',
                title: t('adm.fields.scope'),
                width: 120,
                render: (_, a) => t('adm.scope.communityCount', { n: formatNumber(a.communityCount) }),
              },
              {
                key: 'burden',
                title: t('adm.fields.burden'),
                width: 150,
                align: 'right',
                render: (_, a) => t('adm.burden.perCommunity', { n: formatAmount(a.burden.hoursPerCommunityYear) }),
              },
              {
                key: 'term',
                title: t('adm.fields.term'),
                width: 210,
                render: (_, a) => (
                  <span className="nowrap">{t('adm.termRange', { start: a.startDate, end: a.expiryDate })}</span>
                ),
              },
              {
                key: 'status',
                title: t('adm.fields.status'),
                width: 90,
                render: () => <Tag color="success">{t('pub.status.valid')}</Tag>,
              },
            ]}
          />
        )}
      </Card>
    </div>
  );
}
