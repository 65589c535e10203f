// /me/grid — 我的网格: which grid a resident lives in (or a community worker looks after) and its grid
// workers. A phone page (390 px): one card, names and posts only.
import { Card, Empty, List, Spin, Tag, Typography } from 'antd';
import { ApartmentOutlined, UserOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { staffingApi } from '../../api/staffingEndpoints.js';
import { keys, useApiQuery } from '../../api/queries.js';
import { PageHeader } from '../../components/PageHeader.js';
import { ProblemAlert } from '../../components/ProblemAlert.js';
import { useMe } from '../../api/session.js';

export function MyGridPage() {
  const { t } = useTranslation();
  const me = useMe();
  const state = useApiQuery({
    queryKey: keys.staffing.of('my-grid'),
    queryFn: ({ signal }) => staffingApi.myGrid(signal),
  });
  const g = state.data;
  return (
    <div className="staffing-page my-grid-page" data-testid="my-grid-page">
      <PageHeader
        title={t('staffing.myGrid.title')}
        subtitle={me.role === 'resident' ? t('staffing.myGrid.introResident') : t('staffing.myGrid.introWorker')}
      />
      {state.error && <ProblemAlert error={state.error} onRetry={state.reload} />}
      {!g ? (
        !state.error && <Spin />
      ) : !g.community || !g.grid ? (
        <Card size="small">
          <Empty
            image={Empty.PRESENTED_IMAGE_SIMPLE}
            description={g.community ? t('staffing.myGrid.noGrid') : t('staffing.myGrid.noCommunity')}
            data-testid="my-grid-none"
          />
        </Card>
      ) : (
        <Card size="small" data-testid="my-grid">
          <Typography.Title level={4} className="my-grid-name">
            <ApartmentOutlined /> {g.grid.name}
          </Typography.Title>
          <Typography.Paragraph type="secondary">{g.community.name}</Typography.Paragraph>
          <Typography.Text strong>{t('staffing.myGrid.workers')}</Typography.Text>
          <List
            size="small"
            dataSource={g.workers}
            locale={{ emptyText: t('staffing.grid.noWorker') }}
            renderItem={(w) => (
              <List.Item data-testid="my-grid-worker">
                <span>
                  <UserOutlined /> {w.name}
                </span>
                <Tag>{t(`staffing.roster.post.${w.post}`)}</Tag>
              </List.Item>
            )}
          />
          {me.role === 'resident' && (
            <Typography.Paragraph type="secondary" className="my-grid-contact">
              {t('staffing.myGrid.contact')}
            </Typography.Paragraph>
          )}
        </Card>
      )}
    </div>
  );
}
