// /deliberation — the community's topics for its residents and its workers: the rules in one line, the
// topics by stage (supports so far against the threshold), 提出议题, and for the worker 记录议事会.
// Phone first: one card per topic.
import { useState } from 'react';
import { Button, Card, Empty, List, Segmented, Space, Spin, Typography } from 'antd';
import { FileTextOutlined, PlusOutlined, TeamOutlined } from '@ant-design/icons';
import { Link, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { TOPIC_STATUSES, type TopicStatus } from '#common/deliberation.js';
import type { RulesView } from '#common/api/deliberation.js';
import { deliberationApi } from '../../api/deliberationEndpoints.js';
import { keys, useApiQuery, useInvalidate } from '../../api/queries.js';
import { useMe } from '../../api/session.js';
import { PageHeader } from '../../components/PageHeader.js';
import { ProblemAlert } from '../../components/ProblemAlert.js';
import { MeetingModal } from './MeetingModal.js';
import { ProposeModal } from './ProposeModal.js';
import { TopicCardBody } from './TopicCardBody.js';

function RulesLine({ rules }: { rules: RulesView }) {
  const { t } = useTranslation();
  const th = rules.doc.supportThreshold;
  const threshold =
    th.kind === 'households'
      ? t('delib.rulesThresholdHouseholds', { n: rules.supportsNeeded })
      : t('delib.rulesThresholdPercent', { pct: th.value, n: rules.supportsNeeded });
  return (
    <Typography.Paragraph type="secondary" className="small" data-testid="delib-rules">
      {t('delib.rules', {
        threshold,
        unit: rules.doc.supportUnit === 'household' ? t('delib.unitHousehold') : t('delib.unitResident'),
        ballot: rules.doc.ballot === 'secret' ? t('delib.ballotSecret') : t('delib.ballotOpen'),
      })}
    </Typography.Paragraph>
  );
}

export function DeliberationPage() {
  const { t } = useTranslation();
  const me = useMe();
  const navigate = useNavigate();
  const invalidate = useInvalidate();
  const community = me.orgCode ?? '';
  const worker = me.role === 'community_worker';
  const [status, setStatus] = useState<TopicStatus | 'all'>('all');
  const [modal, setModal] = useState<'propose' | 'meeting' | null>(null);
  const rules = useApiQuery({
    queryKey: keys.deliberation.of('rules', community),
    queryFn: ({ signal }) => deliberationApi.rules(community, signal),
  });
  const topics = useApiQuery({
    queryKey: keys.deliberation.of('topics', community, status),
    queryFn: ({ signal }) => deliberationApi.topics(community, status === 'all' ? undefined : status, signal),
  });
  const agenda = useApiQuery({
    queryKey: keys.deliberation.of('topics', community, 'agenda'),
    queryFn: async ({ signal }) =>
      (await deliberationApi.topics(community, undefined, signal)).filter((x) =>
        ['tabled', 'deliberated'].includes(x.status),
      ),
    enabled: worker && modal === 'meeting',
  });
  return (
    <div className="page" data-testid="deliberation">
      <PageHeader
        title={t('delib.title')}
        subtitle={t('delib.intro')}
        extra={
          <Space wrap>
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setModal('propose')} data-testid="propose">
              {t('delib.propose')}
            </Button>
            {worker && (
              <Button icon={<TeamOutlined />} onClick={() => setModal('meeting')} data-testid="record-meeting">
                {t('delib.recordMeeting')}
              </Button>
            )}
          </Space>
        }
      />
      {rules.data && <RulesLine rules={rules.data} />}
      <Typography.Paragraph className="small">
        <Link to="/deliberation/documents" data-testid="delib-documents-link">
          <FileTextOutlined /> {t('delib.docs.link')}
        </Link>
      </Typography.Paragraph>
      <div className="delib-filter">
        <Segmented
          data-testid="topic-filter"
          value={status}
          onChange={(v) => setStatus(v as TopicStatus | 'all')}
          options={[
            { value: 'all', label: t('delib.all') },
            ...TOPIC_STATUSES.map((s) => ({ value: s, label: t(`delib.statuses.${s}`) })),
          ]}
        />
      </div>
      {topics.error && <ProblemAlert error={topics.error} onRetry={topics.reload} />}
      {topics.loading && !topics.data && <Spin />}
      {topics.data && (
        <List
          dataSource={topics.data}
          locale={{ emptyText: <Empty description={t('delib.empty')} /> }}
          renderItem={(x) => (
            <Link to={`/deliberation/topics/${x.id}`} className="delib-topic-link">
              <Card size="small" className="delib-topic" data-testid={`topic-${x.id}`}>
                <TopicCardBody topic={x} />
              </Card>
            </Link>
          )}
        />
      )}
      {modal === 'propose' && (
        <ProposeModal
          community={community}
          worker={worker}
          onClose={() => setModal(null)}
          onDone={(topic) => {
            setModal(null);
            void invalidate(keys.deliberation);
            void navigate(`/deliberation/topics/${topic.id}`);
          }}
        />
      )}
      {modal === 'meeting' && (
        <MeetingModal
          community={community}
          topics={agenda.data ?? []}
          onClose={() => setModal(null)}
          onDone={() => {
            setModal(null);
            void invalidate(keys.deliberation);
          }}
        />
      )}
    </div>
  );
}
