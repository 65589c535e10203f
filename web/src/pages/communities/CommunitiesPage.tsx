// /communities — a street's communities at a glance for the street officer (own street) and the
// reviewer (any street of the district): open, overdue, refused and done work per community, and the
// way into each community's inbox, inspection calendar and apps.
import { Card, Col, Empty, Row, Select, Space, Spin } from 'antd';
import { CalendarOutlined, InboxOutlined, MobileOutlined } from '@ant-design/icons';
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { allChildren } from '../../api/endpoints.js';
import { inboxApi } from '../../api/dispatchEndpoints.js';
import type { OrgView } from '#common/api/orgs.js';
import { useMe } from '../../api/session.js';
import { keys, useApiQuery } from '../../api/queries.js';
import { skipToken } from '@tanstack/react-query';
import { useJurisdictionStreets } from '../../components/admission/useScopeOrgs.js';
import { PageHeader } from '../../components/PageHeader.js';
import { ProblemAlert } from '../../components/ProblemAlert.js';
import { formatNumber } from '../../i18n/format.js';

const STATS = ['open', 'overdue', 'refused', 'done'] as const;

function CommunityCard({ c }: { c: OrgView }) {
  const { t } = useTranslation();
  const counts = useApiQuery({
    queryKey: keys.inbox.of('stats', c.code),
    // One request: every inbox reply carries the counts per status.
    queryFn: async ({ signal }) => {
      const { counts: n } = await inboxApi.list(c.code, { page: 1, pageSize: 1 }, signal);
      const open = n.new + n.acknowledged + n.in_progress;
      return new Map<(typeof STATS)[number], number>([
        ['open', open],
        ['overdue', n.overdue],
        ['refused', n.refused],
        ['done', n.done],
      ]);
    },
  });
  return (
    <Card
      size="small"
      className="community-card"
      data-testid={`community-${c.code}`}
      title={c.name}
      extra={<span className="mono muted small">{c.code}</span>}
    >
      <div className="community-stats">
        {STATS.map((s) => (
          <div
            key={s}
            className={`community-stat community-stat-${s}${counts.data?.get(s) ? '' : ' community-stat-zero'}`}
          >
            <strong>{counts.data ? formatNumber(counts.data.get(s) ?? 0) : '–'}</strong>
            <span>{t(`communities.${s}`)}</span>
          </div>
        ))}
      </div>
      <Space size={4} wrap className="community-links">
        <Link to={`/communities/${c.code}/inbox`} data-testid={`community-inbox-${c.code}`}>
          <InboxOutlined /> {t('communities.views.inbox')}
        </Link>
        <Link to={`/communities/${c.code}/inspections`}>
          <CalendarOutlined /> {t('communities.views.inspections')}
        </Link>
        <Link to={`/communities/${c.code}/apps`}>
          <MobileOutlined /> {t('communities.views.apps')}
        </Link>
      </Space>
    </Card>
  );
}

export function CommunitiesPage() {
  const { t } = useTranslation();
  const me = useMe();
  const [params, setParams] = useSearchParams();
  const isStreet = me.org.level === 'street';
  const streets = useJurisdictionStreets(me.org.code);
  const list = streets.data?.streets ?? [];
  // The reviewer opens on her busiest street (most overdue, then most open work), not on a quiet one.
  const workload = useApiQuery({
    queryKey: keys.inbox.of('workload', me.org.code),
    queryFn: isStreet ? skipToken : ({ signal }) => inboxApi.workload(signal),
  });
  const load = new Map((workload.data?.streets ?? []).map((s) => [s.code, s]));
  const fallback = !workload.data && !workload.error ? '' : (workload.data?.defaultStreet ?? list[0]?.code ?? '');
  const street = isStreet ? me.org.code : (params.get('street') ?? fallback);
  const communities = useApiQuery({
    queryKey: keys.orgs.of('allChildren', street),
    queryFn: street ? ({ signal }) => allChildren(street, signal) : skipToken,
  });

  return (
    <div className="page">
      <PageHeader
        title={t('communities.title')}
        subtitle={t('communities.intro', { org: me.org.name })}
        extra={
          !isStreet && (
            <Select
              data-testid="communities-street"
              className="filter-select-wide"
              value={street || undefined}
              loading={streets.loading}
              placeholder={t('communities.pickStreet')}
              showSearch={{ optionFilterProp: 'label' }}
              onChange={(s: string) => setParams({ street: s }, { replace: true })}
              options={list.map((s) => {
                const name = s.parentName ? `${s.parentName} ${s.name}` : s.name;
                const w = load.get(s.code);
                return {
                  value: s.code,
                  label: w ? t('communities.streetLoad', { name, open: w.open, overdue: w.overdue }) : name,
                };
              })}
            />
          )
        }
      />
      {communities.error ? (
        <ProblemAlert error={communities.error} onRetry={communities.reload} />
      ) : !communities.data || !street ? (
        <div className="center-block">
          <Spin size="large" />
        </div>
      ) : communities.data.length === 0 ? (
        <Card>
          <Empty description={t('communities.empty')} />
        </Card>
      ) : (
        <Row gutter={[16, 16]} data-testid="communities-grid">
          {communities.data.map((c) => (
            <Col key={c.code} xs={24} md={12} xl={8}>
              <CommunityCard c={c} />
            </Col>
          ))}
        </Row>
      )}
    </div>
  );
}
