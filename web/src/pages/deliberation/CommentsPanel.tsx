// Comments before the meeting: residents of the community and its workers post; the worker hides one with
// a reason that stays public.
import { useState } from 'react';
import { Button, Card, Empty, Input, List, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TopicView } from '#common/api/deliberation.js';
import { deliberationApi } from '../../api/deliberationEndpoints.js';
import { formatDateTime } from '../../i18n/format.js';
import { ReasonModal } from './ReasonModal.js';
import { useTopicAction } from './useTopicAction.js';

const OPEN = ['proposed', 'tabled', 'deliberated', 'voting'];

export function CommentsPanel({ topic }: { topic: TopicView }) {
  const { t } = useTranslation();
  const { busy, run } = useTopicAction();
  const [text, setText] = useState('');
  const [hiding, setHiding] = useState<number | null>(null);
  const canPost = (topic.viewer?.member || topic.viewer?.moderator) && OPEN.includes(topic.status);
  return (
    <Card size="small" title={t('delib.topic.comments')} data-testid="comments">
      <List
        dataSource={topic.comments}
        locale={{ emptyText: <Empty description={t('delib.topic.noComments')} /> }}
        renderItem={(c) => (
          <List.Item
            data-testid={`comment-${c.id}`}
            actions={
              topic.viewer?.moderator && !c.hidden
                ? [
                    <Button
                      key="hide"
                      size="small"
                      type="link"
                      onClick={() => setHiding(c.id)}
                      data-testid="hide-comment"
                    >
                      {t('delib.topic.hide')}
                    </Button>,
                  ]
                : []
            }
          >
            <div>
              <Typography.Text strong>{c.author}</Typography.Text>{' '}
              <span className="muted small">{formatDateTime(c.at)}</span>
              <div>
                {c.hidden ? (
                  <Typography.Text type="secondary">
                    {t('delib.topic.hidden', { reason: c.hiddenReason })}
                  </Typography.Text>
                ) : (
                  c.body
                )}
              </div>
            </div>
          </List.Item>
        )}
      />
      {canPost && (
        <Space.Compact block>
          <Input
            value={text}
            onChange={(e) => setText(e.target.value)}
            maxLength={1000}
            placeholder={t('delib.topic.commentPlaceholder')}
            data-testid="comment-input"
          />
          <Button
            type="primary"
            disabled={!text.trim()}
            loading={busy}
            data-testid="comment-send"
            onClick={() =>
              void run(() => deliberationApi.comment(topic.id, text.trim())).then((ok) => ok && setText(''))
            }
          >
            {t('delib.topic.send')}
          </Button>
        </Space.Compact>
      )}
      {hiding !== null && (
        <ReasonModal
          title={t('delib.topic.hideTitle')}
          onClose={() => setHiding(null)}
          onSubmit={(reason) => run(() => deliberationApi.hide(topic.id, hiding, reason))}
        />
      )}
    </Card>
  );
}
