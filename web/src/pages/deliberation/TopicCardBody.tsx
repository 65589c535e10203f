// A topic as the community's list and its public page both show it: title, stage, category, and while it
// collects supports, how far it is from the threshold.
import { Progress, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TopicSummary } from '#common/api/deliberation.js';
import { TopicStatusTag } from './labels.js';

export function TopicCardBody({ topic: x }: { topic: TopicSummary }) {
  const { t } = useTranslation();
  return (
    <>
      <div className="delib-topic-head">
        <Typography.Text strong>{x.title}</Typography.Text>
        <TopicStatusTag status={x.status} />
      </div>
      <Space size={4} wrap className="small">
        <Tag>{t(`delib.categories.${x.category}`)}</Tag>
        {x.isDemo && <Tag>{t('delib.topic.demo')}</Tag>}
      </Space>
      {x.status === 'proposed' && (
        <Progress
          percent={Math.min(100, Math.round((x.supports / x.supportsNeeded) * 100))}
          size="small"
          format={() => t('delib.supports', { n: x.supports, need: x.supportsNeeded })}
        />
      )}
    </>
  );
}
