// The 议事会 that heard a topic: date, place, who took part (by type), the minutes and the opinions heard.
import { Card, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TopicView } from '#common/api/deliberation.js';
import { deliberationApi } from '../../api/deliberationEndpoints.js';
import { keys, useApiQuery } from '../../api/queries.js';

export function MeetingsCard({ topic }: { topic: TopicView }) {
  const { t } = useTranslation();
  const { data } = useApiQuery({
    queryKey: keys.deliberation.of('meetings', topic.communityCode),
    queryFn: ({ signal }) => deliberationApi.meetings(topic.communityCode, signal),
    enabled: topic.meetings.length > 0,
  });
  if (topic.meetings.length === 0) return null;
  const heard = (data ?? []).filter((m) => m.topics.some((x) => x.id === topic.id));
  return (
    <Card size="small" title={t('delib.topic.meetings')} data-testid="topic-meetings">
      {heard.map((m) => (
        <div key={m.id} className="delib-meeting">
          <Typography.Text strong>
            {m.heldOn} · {m.online ? t('delib.meeting.online') : m.place}
          </Typography.Text>
          <Space size={4} wrap className="delib-meeting-people">
            {m.participants.map((p) => (
              <Tag key={p.type}>
                {t(`delib.participants.${p.type}`)} {t('delib.meeting.count', { n: p.count })}
              </Tag>
            ))}
          </Space>
          <Typography.Paragraph className="delib-description">{m.minutes}</Typography.Paragraph>
          {m.opinions && (
            <Typography.Paragraph type="secondary" className="delib-description">
              {t('delib.meeting.opinions')}：{m.opinions}
            </Typography.Paragraph>
          )}
        </div>
      ))}
    </Card>
  );
}
