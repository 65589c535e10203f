// /deliberation/overdue — the street's view: actions of its communities' decisions past their due date.
import { Card, Empty, List, Spin, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { deliberationApi } from '../../api/deliberationEndpoints.js';
import { keys, useApiQuery } from '../../api/queries.js';
import { useMe } from '../../api/session.js';
import { PageHeader } from '../../components/PageHeader.js';
import { ProblemAlert } from '../../components/ProblemAlert.js';

export function OverdueActionsPage() {
  const { t } = useTranslation();
  const me = useMe();
  const code = me.orgCode ?? '';
  const { data, error, loading, reload } = useApiQuery({
    queryKey: keys.deliberation.of('overdue', code),
    queryFn: ({ signal }) => deliberationApi.overdue(code, signal),
  });
  return (
    <div className="page" data-testid="deliberation-overdue">
      <PageHeader title={t('delib.overdueTitle')} subtitle={t('delib.overdueIntro')} />
      {error && <ProblemAlert error={error} onRetry={reload} />}
      {loading && !data && <Spin />}
      {data && (
        <List
          dataSource={data}
          locale={{ emptyText: <Empty description={t('delib.overdueEmpty')} /> }}
          renderItem={(a) => (
            <Card size="small" className="delib-topic" data-testid={`overdue-${a.id}`}>
              <Typography.Text strong>{a.title}</Typography.Text> <Tag color="red">{t('delib.topic.overdue')}</Tag>
              <div className="small">
                {a.communityName} · {a.topicTitle}
              </div>
              <div className="muted small">
                {t('delib.topic.owner')}：{a.owner} · {t('delib.daysOverdue', { date: a.dueOn })}
              </div>
              {a.progress && <div className="small">{a.progress}</div>}
            </Card>
          )}
        />
      )}
    </div>
  );
}
