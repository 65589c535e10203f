// /public/communities/:code — a community's deliberation for anyone, without login: its topics with their
// stage and supports (each opening the topic's public page: meetings, the tally, the follow-up), and its 居民公约 and 议事规则 with every version. Supporting and voting stay with the
// community's residents (signed in).
import { Card, Empty, List, Spin } from 'antd';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { deliberationApi } from '../../api/deliberationEndpoints.js';
import { keys, useApiQuery } from '../../api/queries.js';
import { PageHeader } from '../../components/PageHeader.js';
import { ProblemAlert } from '../../components/ProblemAlert.js';
import { CommunityDocuments } from '../deliberation/CommunityDocuments.js';
import { TopicCardBody } from '../deliberation/TopicCardBody.js';

export function PublicCommunityPage() {
  const { t } = useTranslation();
  const code = useParams().code ?? '';
  const rules = useApiQuery({
    queryKey: keys.deliberation.of('rules', code),
    queryFn: ({ signal }) => deliberationApi.rules(code, signal),
  });
  const topics = useApiQuery({
    queryKey: keys.deliberation.of('topics', code, 'all'),
    queryFn: ({ signal }) => deliberationApi.topics(code, undefined, signal),
  });
  if (rules.error) return <ProblemAlert error={rules.error} onRetry={rules.reload} />;
  if (!rules.data) return <Spin />;
  return (
    <div className="page delib-docs" data-testid="public-community">
      <PageHeader
        title={t('delib.docs.publicTitle', { name: rules.data.communityName })}
        subtitle={t('delib.docs.publicIntro')}
      />
      <Card size="small" title={t('delib.docs.topicsTitle')} data-testid="public-topics">
        {topics.error && <ProblemAlert error={topics.error} onRetry={topics.reload} />}
        {topics.data ? (
          <List
            dataSource={topics.data}
            locale={{ emptyText: <Empty description={t('delib.empty')} /> }}
            renderItem={(x) => (
              <List.Item data-testid={`public-topic-${x.id}`}>
                <Link to={`/public/topics/${x.id}`} className="delib-public-topic delib-topic-link">
                  <TopicCardBody topic={x} />
                </Link>
              </List.Item>
            )}
          />
        ) : (
          <Spin />
        )}
      </Card>
      <CommunityDocuments community={code} canPublish={false} />
    </div>
  );
}
