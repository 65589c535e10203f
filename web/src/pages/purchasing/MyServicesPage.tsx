// /me/purchased-services — a resident's view of the services the government buys for their community: who
// delivers them, how much was done here, and their own rating (once per contract period). Phone first.
import { useState } from 'react';
import { App, Button, Card, Empty, Input, List, Rate, Spin, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ResidentService } from '#common/api/purchasing-catalogue.js';
import { isApiError } from '../../api/client.js';
import { purchasingBApi } from '../../api/purchasingEndpoints.js';
import { keys, useApiMutation, useApiQuery } from '../../api/queries.js';
import { PageHeader } from '../../components/PageHeader.js';
import { ProblemAlert } from '../../components/ProblemAlert.js';
import { problemLine } from '../../components/forms/useFieldErrors.js';

export function MyServicesPage() {
  const { t } = useTranslation();
  const { data, error, loading, reload } = useApiQuery({
    queryKey: keys.purchasing.of('mine'),
    queryFn: ({ signal }) => purchasingBApi.mine(signal),
  });
  return (
    <div className="page" data-testid="my-purchased-services">
      <PageHeader title={t('purb.mineTitle')} subtitle={t('purb.mineIntro')} />
      {error && <ProblemAlert error={error} onRetry={reload} />}
      {loading && !data && <Spin />}
      {data && (
        <List
          dataSource={data.items}
          locale={{ emptyText: <Empty description={t('purb.mineEmpty')} /> }}
          renderItem={(s) => <ServiceCard s={s} />}
        />
      )}
    </div>
  );
}

function ServiceCard({ s }: { s: ResidentService }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [score, setScore] = useState(0);
  const [comment, setComment] = useState('');
  const rate = useApiMutation(
    () => purchasingBApi.rateAsResident(s.id, { score, comment: comment.trim() }),
    [keys.purchasing],
  );
  return (
    <Card size="small" className="delib-topic" data-testid={`service-${s.id}`}>
      <Typography.Text strong>{s.title}</Typography.Text> {s.closed && <Tag>{t('purb.closedNote')}</Tag>}
      <div className="small">{s.socialOrg}</div>
      <div className="muted small">
        {s.startDate} — {s.endDate} · {t('purb.activitiesHere', { n: s.activitiesHere })}
      </div>
      {s.myRating ? (
        <div className="small" data-testid="my-rating">
          {t('purb.myRating', { score: s.myRating.score })} <Rate disabled value={s.myRating.score} />
        </div>
      ) : (
        s.canRate && (
          <div data-testid="rate-form">
            <div className="small">{t('purb.rateIt')}</div>
            <Rate value={score} onChange={setScore} data-testid="rate-stars" />
            <Input.TextArea
              value={comment}
              onChange={(e) => setComment(e.target.value)}
              maxLength={300}
              autoSize={{ minRows: 1, maxRows: 3 }}
              placeholder={t('purb.comment')}
              data-testid="rate-comment"
            />
            <Button
              type="primary"
              block
              disabled={score === 0}
              loading={rate.isPending}
              onClick={() =>
                void rate
                  .mutateAsync()
                  .then(() => void message.success(t('purb.rated')))
                  .catch((e: unknown) => isApiError(e) && void message.error(problemLine(e, '；')))
              }
              data-testid="rate-submit"
            >
              {t('purb.submit')}
            </Button>
          </div>
        )
      )}
    </Card>
  );
}
