// 应用与工作群 — the apps and work groups one community must use and what they cost it a day; the
// community's own workers at /community-apps, the street and the reviewers at /communities/:code/apps.
import { Alert, Card, Spin } from 'antd';
import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { appsApi } from '../../api/dispatchEndpoints.js';
import { useMe } from '../../api/session.js';
import { keys, useApiQuery } from '../../api/queries.js';
import { ProblemAlert } from '../../components/ProblemAlert.js';
import { formatAmount, formatNumber } from '../../i18n/format.js';
import { CommunityPageHeader } from '../communities/CommunityPageHeader.js';
import { AppsTable } from './AppsTable.js';

/** Working days in a month, for the monthly figure. */
const WORKDAYS_PER_MONTH = 21.75;

export function CommunityAppsPage({ code }: { code: string }) {
  const { t } = useTranslation();
  const me = useMe();
  const { data, error, loading, reload } = useApiQuery({
    queryKey: keys.apps.of('ofCommunity', code),
    queryFn: ({ signal }) => appsApi.ofCommunity(code, signal),
  });
  const own = me.role === 'community_worker';
  const name = data?.community.name ?? (own ? me.org.name : undefined);
  return (
    <div className="page">
      <CommunityPageHeader
        code={code}
        name={name}
        view="apps"
        title={own ? t('apps.community.title') : t('apps.community.titleOf', { name: name ?? code })}
        subtitle={t('apps.community.intro')}
      />
      {error ? (
        <ProblemAlert error={error} onRetry={reload} />
      ) : !data ? (
        <div className="center-block">
          <Spin size="large" />
        </div>
      ) : (
        <>
          <div className="stat-strip app-stats" data-testid="community-apps-stats" data-minutes={data.minutesPerDay}>
            <div>
              <strong>{formatNumber(data.counts.total)}</strong>
              <span>{t('apps.community.total')}</span>
            </div>
            <div>
              <strong className={data.counts.zombie ? 'text-warning' : undefined}>
                {formatNumber(data.counts.zombie)}
              </strong>
              <span>{t('apps.community.zombie')}</span>
            </div>
            <div>
              <strong>{formatNumber(data.minutesPerDay)}</strong>
              <span>{t('apps.community.minutes')}</span>
            </div>
            <div className="muted">
              {t('apps.community.minutesLine', {
                n: formatNumber(data.minutesPerDay),
                h: formatAmount((data.minutesPerDay * WORKDAYS_PER_MONTH) / 60),
              })}
            </div>
          </div>
          {data.counts.zombie > 0 && (
            <Alert type="warning" showIcon className="page-alert" title={t('apps.community.zombieNote')} />
          )}
          <Card>
            <AppsTable apps={data.items} loading={loading} showDepartment showCommunities={false} />
          </Card>
        </>
      )}
    </div>
  );
}

export function MyAppsRoute() {
  const me = useMe();
  return <CommunityAppsPage code={me.org.code} />;
}

export function CommunityAppsRoute() {
  const code = useParams().code ?? '';
  return <CommunityAppsPage key={code} code={code} />;
}
