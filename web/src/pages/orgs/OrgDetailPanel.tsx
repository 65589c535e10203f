// The right side of the org browser: facts of one org, its profile, its children.
import { Card, Descriptions, Result, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { orgsApi } from '../../api/endpoints.js';
import { keys, useApiQuery } from '../../api/queries.js';
import { OrgPath } from '../../components/OrgPath.js';
import { ProblemAlert } from '../../components/ProblemAlert.js';
import { countsLine, descendantCounts } from '../../i18n/format.js';
import { OrgChildrenTable } from './OrgChildrenTable.js';
import { OrgProfileSection } from './OrgProfileSection.js';

export function OrgDetailPanel({ code }: { code: string }) {
  const { t } = useTranslation();
  const {
    data: org,
    error,
    loading,
    reload,
  } = useApiQuery({ queryKey: keys.orgs.of('get', code), queryFn: ({ signal }) => orgsApi.get(code, signal) });

  if (error?.status === 404) {
    return (
      <Card className="org-card">
        <Result
          status="404"
          title={t('orgs.notFound', { code })}
          subTitle={t('orgs.selectHint')}
          data-testid="org-not-found"
        />
      </Card>
    );
  }
  if (error) return <ProblemAlert error={error} onRetry={reload} />;
  if (!org || org.code !== code) return <Card className="org-card" loading={loading} />;

  const counts = countsLine(t, descendantCounts(org));
  return (
    <Space orientation="vertical" size={16} className="full-width">
      <Card className="org-card">
        <div className="org-detail-head">
          <Typography.Title level={4} className="org-detail-title" data-testid="org-detail-title">
            {org.name}
          </Typography.Title>
          <Tag color="blue">{t(`levels.${org.level}`)}</Tag>
          {org.isDemo && <Tag color="orange">{t('orgs.demoData')}</Tag>}
        </div>
        <div className="org-detail-path">
          <OrgPath
            path={org.path}
            self={{ code: org.code, name: org.name }}
            linkSelf={false}
            testId="org-detail-path"
          />
        </div>
        <Descriptions
          bordered
          size="small"
          column={{ xs: 1, lg: 2 }}
          styles={{ label: { width: 120 } }}
          items={[
            { key: 'fullName', label: t('orgs.fullName'), children: org.fullName },
            { key: 'code', label: t('orgs.code'), children: <span className="mono">{org.code}</span> },
            { key: 'level', label: t('orgs.level'), children: t(`levels.${org.level}`) },
            {
              key: 'path',
              label: t('orgs.path'),
              children: org.path.length ? org.path.map((p) => p.name).join(' / ') : '—',
            },
            {
              key: 'counts',
              label: t('orgs.counts'),
              span: 'filled',
              children: <span data-testid="org-detail-counts">{counts || t('orgs.noDescendants')}</span>,
            },
          ]}
        />
      </Card>
      <OrgProfileSection code={org.code} />
      {org.childCount > 0 && <OrgChildrenTable code={org.code} total={org.childCount} />}
    </Space>
  );
}
