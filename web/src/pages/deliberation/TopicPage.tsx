// /deliberation/topics/:id — one topic: what it is, its stage, supports against the threshold, comments,
// the meetings that heard it, the vote (the tally once closed) and the follow-up. Residents of the
// community support, comment and vote; its worker tables, declines, moderates, votes and follows up.
// Also public at /public/topics/:id (read only without login).
import { useState } from 'react';
import { App, Button, Card, Progress, Space, Spin, Tag, Typography } from 'antd';
import { ArrowLeftOutlined, LikeOutlined } from '@ant-design/icons';
import { Link, useLocation, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { deliberationApi } from '../../api/deliberationEndpoints.js';
import { keys, useApiQuery } from '../../api/queries.js';
import { ProblemAlert } from '../../components/ProblemAlert.js';
import { ActionsPanel } from './ActionsPanel.js';
import { CommentsPanel } from './CommentsPanel.js';
import { MeetingsCard } from './MeetingsCard.js';
import { TopicAttachments } from './TopicAttachments.js';
import { ReasonModal } from './ReasonModal.js';
import { ExitRequestModal } from './ExitRequestModal.js';
import { exitRequestApi } from '../../api/exitRequestEndpoints.js';
import { VotePanel } from './VotePanel.js';
import { TopicStatusTag } from './labels.js';
import { useTopicAction } from './useTopicAction.js';

export function TopicPage() {
  const { t } = useTranslation();
  const id = Number(useParams().id);
  const { busy, run } = useTopicAction();
  const [rejecting, setRejecting] = useState(false);
  const [sendingExit, setSendingExit] = useState(false);
  const { message } = App.useApp();
  // The same page without login under /public/topics/:id leads back to the community's public page.
  const isPublic = useLocation().pathname.startsWith('/public/');
  const {
    data: topic,
    error,
    loading,
    reload,
  } = useApiQuery({
    queryKey: keys.deliberation.of('topic', id),
    queryFn: ({ signal }) => deliberationApi.topic(id, signal),
  });
  if (error) return <ProblemAlert error={error} onRetry={reload} />;
  if (!topic) return loading ? <Spin /> : null;
  const v = topic.viewer;
  return (
    <div className="page delib-topic-page" data-testid="topic">
      <Link to={isPublic ? `/public/communities/${topic.communityCode}` : '/deliberation'} className="small">
        <ArrowLeftOutlined /> {t('delib.topic.back')}
      </Link>
      <Card size="small">
        <div className="delib-topic-head">
          <Typography.Title level={4} className="delib-topic-title" data-testid="topic-title">
            {topic.title}
          </Typography.Title>
          <TopicStatusTag status={topic.status} />
        </div>
        <Space size={4} wrap className="small">
          <Tag>{t(`delib.categories.${topic.category}`)}</Tag>
          <Tag>{topic.origin === 'worker' ? t('delib.topic.byWorker') : t('delib.topic.byResident')}</Tag>
          {topic.isDemo && <Tag>{t('delib.topic.demo')}</Tag>}
          <span className="muted">{topic.communityName}</span>
        </Space>
        {topic.description && (
          <Typography.Paragraph className="delib-description">{topic.description}</Typography.Paragraph>
        )}
        {topic.statusNote && (
          <Typography.Paragraph type="secondary">
            {t('delib.topic.statusNote', { note: topic.statusNote })}
          </Typography.Paragraph>
        )}
        {(topic.status === 'proposed' || topic.origin === 'resident') && (
          <Progress
            percent={Math.min(100, Math.round((topic.supports / topic.supportsNeeded) * 100))}
            size="small"
            format={() => t('delib.supports', { n: topic.supports, need: topic.supportsNeeded })}
            data-testid="supports"
          />
        )}
        {v && !v.member && !v.moderator && (
          <Typography.Paragraph type="secondary">{t('delib.topic.notMember')}</Typography.Paragraph>
        )}
        <Space wrap className="delib-actions">
          {v?.member &&
            topic.status === 'proposed' &&
            (v.supported ? (
              <Tag color="green" data-testid="supported">
                {t('delib.topic.supported')}
              </Tag>
            ) : (
              <Button
                type="primary"
                icon={<LikeOutlined />}
                loading={busy}
                data-testid="support"
                onClick={() => void run(() => deliberationApi.support(topic.id))}
              >
                {t('delib.topic.support')}
              </Button>
            ))}
          {v?.moderator && topic.status === 'proposed' && (
            <Button
              type="primary"
              loading={busy}
              data-testid="table"
              onClick={() => void run(() => deliberationApi.table(topic.id))}
            >
              {t('delib.topic.table')}
            </Button>
          )}
          {v?.moderator && ['proposed', 'tabled', 'deliberated'].includes(topic.status) && (
            <Button danger onClick={() => setRejecting(true)} data-testid="reject">
              {t('delib.topic.reject')}
            </Button>
          )}
          {v?.moderator && ['decided', 'done'].includes(topic.status) && (
            <Button onClick={() => setSendingExit(true)} data-testid="exit-send">
              {t('delib.exit.send')}
            </Button>
          )}
        </Space>
      </Card>
      <TopicAttachments topic={topic} />
      <MeetingsCard topic={topic} />
      <VotePanel topic={topic} key={`vote-${topic.status}`} />
      <ActionsPanel topic={topic} />
      <CommentsPanel topic={topic} />
      {sendingExit && (
        <ExitRequestModal
          onClose={() => setSendingExit(false)}
          onSubmit={(n) =>
            run(async () => {
              await exitRequestApi.send(topic.id, n);
              void message.success(t('delib.exit.sent'));
            })
          }
        />
      )}
      {rejecting && (
        <ReasonModal
          title={t('delib.topic.rejectTitle')}
          onClose={() => setRejecting(false)}
          onSubmit={(reason) => run(() => deliberationApi.reject(topic.id, reason))}
        />
      )}
    </div>
  );
}
