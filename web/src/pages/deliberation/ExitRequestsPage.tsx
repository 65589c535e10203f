// /exit-requests — the 减负办's list of communities' exit requests (群众不认可→退出) on admissions of its
// jurisdiction: the topic, its supports and tally; the reviewer keeps, reviews or exits with a reason.
import { useState } from 'react';
import { Button, Card, Empty, Form, Input, List, Radio, Spin, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { ExitDecisionBody, ExitRequestView } from '#common/api/exit-requests.js';
import { exitRequestApi } from '../../api/exitRequestEndpoints.js';
import { keys, useApiQuery } from '../../api/queries.js';
import { PageHeader } from '../../components/PageHeader.js';
import { ProblemAlert } from '../../components/ProblemAlert.js';
import { FormModal } from '../../components/forms/FormModal.js';
import { formatDate } from '../../i18n/format.js';
import { useTopicAction } from './useTopicAction.js';

const STATUS_COLOURS = { pending: 'orange', review: 'blue', kept: 'default', exited: 'green' } as const;

export function ExitRequestsPage() {
  const { t } = useTranslation();
  const { data, error, loading, reload } = useApiQuery({
    queryKey: keys.deliberation.of('exit-requests'),
    queryFn: ({ signal }) => exitRequestApi.list(signal),
  });
  const [deciding, setDeciding] = useState<ExitRequestView | null>(null);
  return (
    <div className="page" data-testid="exit-requests">
      <PageHeader title={t('delib.exit.pageTitle')} subtitle={t('delib.exit.pageIntro')} />
      {error && <ProblemAlert error={error} onRetry={reload} />}
      {loading && !data && <Spin />}
      {data && (
        <List
          dataSource={data}
          locale={{ emptyText: <Empty description={t('delib.exit.empty')} /> }}
          renderItem={(r) => (
            <Card size="small" className="delib-topic" data-testid={`exit-request-${r.id}`}>
              <Typography.Text strong>{r.communityName}</Typography.Text>{' '}
              <Tag color={STATUS_COLOURS[r.status]} data-testid="exit-status">
                {t(`delib.exit.status.${r.status}`)}
              </Tag>
              <div className="small">
                <Link to={`/check/${encodeURIComponent(r.admissionNumber)}`} className="mono">
                  {r.admissionNumber}
                </Link>{' '}
                {r.admissionTitle}
              </div>
              <div className="small">{r.topicTitle}</div>
              <div className="muted small">
                {t('delib.exit.supports', { n: r.supports })} ·{' '}
                {t('delib.exit.tally', {
                  cast: r.tally.cast,
                  eligible: r.tally.eligible,
                  passed: t(r.tally.passed ? 'delib.exit.passed' : 'delib.exit.notPassed'),
                })}{' '}
                · {t('delib.exit.sentAt', { date: formatDate(r.sentAt) })}
              </div>
              {r.reason && <div className="small">{r.reason}</div>}
              {(r.status === 'pending' || r.status === 'review') && (
                <Button size="small" type="primary" onClick={() => setDeciding(r)} data-testid="exit-decide">
                  {t('delib.exit.decide')}
                </Button>
              )}
            </Card>
          )}
        />
      )}
      {deciding && <DecideModal request={deciding} onClose={() => setDeciding(null)} />}
    </div>
  );
}

function DecideModal({ request, onClose }: { request: ExitRequestView; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<ExitDecisionBody>();
  const { busy, run } = useTopicAction();
  const outcomes =
    request.status === 'review' ? (['kept', 'exited'] as const) : (['kept', 'review', 'exited'] as const);
  return (
    <FormModal<ExitDecisionBody>
      form={form}
      title={t('delib.exit.decideTitle')}
      okText={t('delib.submit')}
      okTestId="exit-decide-submit"
      formTestId="exit-decide-form"
      error={null}
      busy={busy}
      onClose={onClose}
      onFinish={(v) =>
        void run(() => exitRequestApi.decide(request.id, { outcome: v.outcome, reason: v.reason.trim() })).then(
          (ok) => ok && onClose(),
        )
      }
    >
      <Form.Item name="outcome" rules={[{ required: true }]}>
        <Radio.Group data-testid="exit-outcome">
          {outcomes.map((o) => (
            <Radio key={o} value={o} data-testid={`exit-outcome-${o}`}>
              {t(`delib.exit.outcome.${o}`)}
            </Radio>
          ))}
        </Radio.Group>
      </Form.Item>
      <Form.Item
        name="reason"
        label={t('delib.exit.reason')}
        rules={[{ required: true, whitespace: true, message: t('delib.exit.reasonRequired') }]}
      >
        <Input.TextArea data-testid="exit-reason" rows={3} maxLength={1000} />
      </Form.Item>
    </FormModal>
  );
}
