// 工作台 card: how many units of each level lie within the user's org.
import { Card, Empty, Statistic } from 'antd';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ORG_LEVELS } from '#common/roles.js';
import { orgsApi } from '../../api/endpoints.js';
import { keys, useApiQuery } from '../../api/queries.js';
import { ProblemAlert } from '../../components/ProblemAlert.js';
import { descendantCounts } from '../../i18n/format.js';

export function JurisdictionCard({ code, name }: { code: string; name: string }) {
  const { t } = useTranslation();
  const { data, error, loading, reload } = useApiQuery({
    queryKey: keys.orgs.of('get', code),
    queryFn: ({ signal }) => orgsApi.get(code, signal),
  });
  const counts = data ? descendantCounts(data) : {};
  const levels = ORG_LEVELS.filter((l) => (counts[l] ?? 0) > 0);
  return (
    <Card
      title={`${t('home.jurisdiction')} · ${name}`}
      loading={loading && !data}
      className="home-card"
      extra={<Link to={`/orgs/${code}`}>{t('home.open')}</Link>}
      data-testid="home-jurisdiction"
    >
      {error ? (
        <ProblemAlert error={error} onRetry={reload} />
      ) : levels.length ? (
        <div className="stat-row">
          {levels.map((l) => (
            <Statistic key={l} title={t(`levels.${l}`)} value={counts[l] ?? 0} />
          ))}
        </div>
      ) : (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('home.noSubordinates')} />
      )}
    </Card>
  );
}
