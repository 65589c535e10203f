// /public/purchased-services — 政府购买服务 for anyone, phone first: what departments and streets of a jurisdiction
// buy from social organisations, under which admission number, for how much, from whom, and how it is going
// (delivery against the indicators, the communities' ratings). No login, no personal data: organisations by
// name, credit code and grade only.
import { Card, Empty, Progress, Rate, Select, Space, Spin, Statistic, Tag } from 'antd';
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useDeploymentConfig } from '../../api/config.js';
import { orgsApi } from '../../api/endpoints.js';
import { purchasingApi } from '../../api/purchasingEndpoints.js';
import { keys, useApiQuery } from '../../api/queries.js';
import { PageHeader } from '../../components/PageHeader.js';
import { ProblemAlert } from '../../components/ProblemAlert.js';
import { formatAmount, formatNumber } from '../../i18n/format.js';

export function PublicPurchasedServicesPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const config = useDeploymentConfig();
  const city = config.root;
  const jurisdiction = params.get('jurisdiction') ?? config.defaultJurisdiction.code;
  const districts = useApiQuery({
    queryKey: keys.orgs.of('children', city.code, 1, 50),
    queryFn: ({ signal }) => orgsApi.children(city.code, 1, 50, signal),
  });
  const services = useApiQuery({
    queryKey: keys.purchasing.of('public', jurisdiction),
    queryFn: ({ signal }) => purchasingApi.publicServices(jurisdiction, signal),
  });
  const orgs = useApiQuery({
    queryKey: keys.purchasing.of('publicOrgs', jurisdiction),
    queryFn: ({ signal }) => purchasingApi.publicOrgs(jurisdiction, signal),
  });
  const grade = new Map((orgs.data?.items ?? []).map((o) => [o.name, o.grade]));
  const s = services.data;
  const budget = (s?.contracts ?? []).reduce((n, c) => n + c.budgetYuan, 0);
  return (
    <div className="public-purchased" data-testid="public-purchased">
      <PageHeader
        title={t('pur.public.title')}
        subtitle={t('pur.public.intro')}
        extra={
          <Select
            style={{ width: 200 }}
            value={jurisdiction}
            aria-label={t('pur.public.jurisdiction')}
            onChange={(v) => setParams({ jurisdiction: v })}
            options={[
              { value: city.code, label: city.name },
              ...(districts.data?.items ?? []).map((d) => ({ value: d.code, label: d.name })),
            ]}
          />
        }
      />
      {services.error && <ProblemAlert error={services.error} />}
      {!s ? (
        <Spin />
      ) : (
        <Space orientation="vertical" size={12} className="full-width">
          <Card size="small">
            <Space size={32} wrap>
              <Statistic title={t('pur.public.contracts')} value={formatNumber(s.contracts.length)} />
              <Statistic
                title={t('pur.public.budget')}
                value={formatAmount(budget / 10000)}
                suffix={t('pur.public.wan')}
              />
            </Space>
          </Card>
          {s.contracts.length === 0 && <Empty description={t('pur.public.empty')} />}
          {s.contracts.map((c) => (
            <Card
              key={c.id}
              size="small"
              title={<span className="wrap-title">{c.title}</span>}
              data-testid="public-contract"
            >
              <dl className="public-contract-facts">
                <dt>{t('pur.public.buyer')}</dt>
                <dd>{c.buyer}</dd>
                <dt>{t('pur.public.number')}</dt>
                <dd>
                  <Link className="mono" to={`/check/${encodeURIComponent(c.admissionNumber)}`}>
                    {c.admissionNumber}
                  </Link>
                </dd>
                <dt>{t('pur.public.org')}</dt>
                <dd>
                  {c.socialOrg} {grade.get(c.socialOrg) && <Tag color="gold">{grade.get(c.socialOrg)}</Tag>}
                  {c.socialOrgCreditCode && <div className="mono muted small">{c.socialOrgCreditCode}</div>}
                </dd>
                <dt>{t('pur.public.term')}</dt>
                <dd>
                  {c.startDate} — {c.endDate}
                </dd>
                <dt>{t('pur.public.budgetOne')}</dt>
                <dd>¥{formatNumber(c.budgetYuan)}</dd>
                <dt>{t('pur.public.communities')}</dt>
                <dd>{formatNumber(c.communities)}</dd>
                <dt>{t('pur.public.delivery')}</dt>
                <dd>
                  <Progress percent={Math.round(c.deliveryRatio * 100)} size="small" />
                </dd>
                <dt>{t('pur.public.score')}</dt>
                <dd data-testid="public-contract-score">
                  {c.averageScore === null ? (
                    <span className="muted">{t('pur.public.noScore')}</span>
                  ) : (
                    <>
                      <Rate disabled allowHalf value={Math.round(c.averageScore * 2) / 2} />{' '}
                      <span className="small">
                        {t('pur.public.scoreOf', { score: c.averageScore, n: formatNumber(c.ratings) })}
                      </span>
                    </>
                  )}
                </dd>
              </dl>
            </Card>
          ))}
          <div className="muted small">{t('pur.public.note')}</div>
        </Space>
      )}
    </div>
  );
}
