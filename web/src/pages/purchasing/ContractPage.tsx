// /purchasing/:id — one purchased service: indicators with progress computed from the activities, the
// hours moved off the communities, activities (the organisation records them), the communities' monthly
// ratings (a covered community's worker rates the month) and milestones (the buyer accepts). Phone first.
import { useState } from 'react';
import dayjs from 'dayjs';
import { App, Button, Card, Empty, Form, Input, InputNumber, List, Progress, Rate, Select, Spin, Tag } from 'antd';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { ActivityBody, ContractDetail, RatingBody } from '#common/api/purchasing.js';
import { ACTIVITY_KINDS } from '#common/purchasing.js';
import { isApiError } from '../../api/client.js';
import { purchasingApi } from '../../api/purchasingEndpoints.js';
import { keys, useApiMutation, useApiQuery } from '../../api/queries.js';
import { PageHeader } from '../../components/PageHeader.js';
import { ProblemAlert } from '../../components/ProblemAlert.js';
import { FormModal } from '../../components/forms/FormModal.js';
import { problemLine, useFieldErrors } from '../../components/forms/useFieldErrors.js';
import { formatAmount, formatDate, formatYuan } from '../../i18n/format.js';
import { STATUS_COLOURS, pct } from './labels.js';
import { ActivityPhotos } from './ActivityPhotos.js';
import { RecordCard } from './RecordCard.js';

export function ContractPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const id = Number(useParams().id);
  const [recording, setRecording] = useState(false);
  const [rating, setRating] = useState(false);
  const {
    data: c,
    error,
    reload,
  } = useApiQuery({
    queryKey: keys.purchasing.of('contract', id),
    queryFn: ({ signal }) => purchasingApi.contract(id, signal),
  });
  const accept = useApiMutation(
    (m: { id: number }) => purchasingApi.accept(id, m.id, t('pur.accept')),
    [keys.purchasing],
  );
  return (
    <div className="page" data-testid="contract-page">
      <PageHeader
        title={c?.title ?? t('pur.title')}
        extra={
          <Link to="/purchasing">
            <Button icon={<ArrowLeftOutlined />}>{t('pur.back')}</Button>
          </Link>
        }
      />
      {error && <ProblemAlert error={error} onRetry={reload} />}
      {!c ? (
        !error && <Spin />
      ) : (
        <>
          <Card size="small">
            <div>
              {c.socialOrg.name} {c.socialOrg.grade && <Tag color="gold">{c.socialOrg.grade}</Tag>}
            </div>
            <div className="muted small">
              {t('pur.buyer')}：{c.buyer.name} · {t('pur.admission')}{' '}
              <Link className="mono" to={`/check/${encodeURIComponent(c.admissionNumber)}`}>
                {c.admissionNumber}
              </Link>{' '}
              {c.admissionTitle}
            </div>
            <div className="muted small">
              {c.startDate} — {c.endDate} · {formatYuan(c.budgetYuan)}
            </div>
            <div className="small">{c.communities.map((x) => x.name).join('、')}</div>
            <div className="small" data-testid="contract-shift">
              {t('pur.moved', { moved: formatAmount(c.shift.movedHours) })}
              {c.shift.gapHours > 0 && <> · {t('pur.gap', { gap: formatAmount(c.shift.gapHours) })}</>} ·{' '}
              {t('pur.hoursPerCommunityYear', { n: formatAmount(c.shift.hoursPerCommunityYear) })}
            </div>
            <div className="actions-row">
              {c.can.record && (
                <Button type="primary" onClick={() => setRecording(true)} data-testid="activity-new">
                  {t('pur.recordActivity')}
                </Button>
              )}
              {c.can.rate.length > 0 && (
                <Button type="primary" onClick={() => setRating(true)} data-testid="rating-new">
                  {t('pur.rate')}
                </Button>
              )}
            </div>
          </Card>
          <Card size="small" title={t('pur.progress')} data-testid="contract-indicators">
            {c.indicators.map((i) => (
              <div key={i.id} data-testid={`indicator-${i.id}`}>
                <div>
                  {i.name} <Tag color={STATUS_COLOURS[i.status]}>{t(`pur.status.${i.status}`)}</Tag>
                </div>
                <Progress percent={Math.min(100, Math.round(i.ratio * 100))} size="small" format={() => pct(i.ratio)} />
                <div className="muted small">
                  {t('pur.deliveredN', { n: i.delivered })} · {t('pur.expectedN', { n: i.expectedByNow })} ·{' '}
                  {t('pur.requiredN', { n: i.required })}
                </div>
              </div>
            ))}
          </Card>
          <Card size="small" title={t('pur.activities')}>
            <List
              size="small"
              dataSource={c.activities.slice(0, 30)}
              locale={{ emptyText: <Empty description={t('pur.activitiesEmpty')} /> }}
              renderItem={(a) => (
                <List.Item data-testid="activity-row">
                  <div>
                    <div>
                      {a.heldOn} · {a.community.name} · {t(`pur.kinds.${a.kind}`)} · {t('pur.beneficiariesServed')}{' '}
                      {a.beneficiaries}
                    </div>
                    {a.note && <div className="muted small">{a.note}</div>}
                    <ActivityPhotos contract={c} activity={a} />
                  </div>
                </List.Item>
              )}
            />
          </Card>
          <Card size="small" title={t('pur.ratings')}>
            <List
              size="small"
              dataSource={c.ratings.slice(0, 24)}
              locale={{ emptyText: <Empty description={t('pur.ratingsEmpty')} /> }}
              renderItem={(r) => (
                <List.Item data-testid="rating-row">
                  <div>
                    <div>
                      {r.month} · {r.community.name} · <Rate disabled value={r.score} />
                    </div>
                    {r.comment && <div className="muted small">{r.comment}</div>}
                  </div>
                </List.Item>
              )}
            />
          </Card>
          <RecordCard id={c.id} />
          {c.milestones.length > 0 && (
            <Card size="small" title={t('pur.milestones')}>
              <List
                size="small"
                dataSource={c.milestones}
                renderItem={(m) => (
                  <List.Item>
                    <div>
                      {m.name} · {m.dueDate} · {formatYuan(m.amountYuan)}{' '}
                      {m.acceptedAt ? (
                        <Tag color="green">{t('pur.accepted', { date: formatDate(m.acceptedAt) })}</Tag>
                      ) : (
                        c.can.accept && (
                          <Button
                            size="small"
                            loading={accept.isPending}
                            onClick={() =>
                              void accept
                                .mutateAsync({ id: m.id })
                                .then(() => void message.success(t('pur.saved')))
                                .catch((e: unknown) => isApiError(e) && void message.error(problemLine(e, '；')))
                            }
                          >
                            {t('pur.accept')}
                          </Button>
                        )
                      )}
                    </div>
                  </List.Item>
                )}
              />
            </Card>
          )}
        </>
      )}
      {c && recording && <ActivityModal c={c} onClose={() => setRecording(false)} />}
      {c && rating && <RatingModal c={c} onClose={() => setRating(false)} />}
    </div>
  );
}

const ACTIVITY_FIELDS = ['heldOn', 'communityCode', 'kind', 'participants', 'beneficiaries', 'note'] as const;

function ActivityModal({ c, onClose }: { c: ContractDetail; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<ActivityBody>();
  const show = useFieldErrors(form, ACTIVITY_FIELDS);
  const [error, setError] = useState<string | null>(null);
  const save = useApiMutation((b: ActivityBody) => purchasingApi.record(c.id, b), [keys.purchasing]);
  return (
    <FormModal<ActivityBody>
      form={form}
      title={t('pur.recordActivity')}
      okText={t('pur.recordActivity')}
      okTestId="activity-submit"
      formTestId="activity-form"
      error={error}
      busy={save.isPending}
      initialValues={{ kind: 'visit', participants: 1, beneficiaries: 1, note: '' }}
      onClose={onClose}
      onFinish={(v) =>
        void save
          .mutateAsync({ ...v, note: v.note ?? '' })
          .then(onClose)
          .catch((e: unknown) => {
            if (isApiError(e)) {
              const rest = show(e);
              setError(rest.length || !e.problem.errors?.length ? problemLine(e, '；') : null);
            }
          })
      }
    >
      <Form.Item name="heldOn" label={t('pur.heldOn')} rules={[{ required: true, message: t('pur.required') }]}>
        <Input type="date" data-testid="activity-date" />
      </Form.Item>
      <Form.Item
        name="communityCode"
        label={t('pur.community')}
        rules={[{ required: true, message: t('pur.required') }]}
      >
        <Select
          data-testid="activity-community"
          options={c.communities.map((x) => ({ value: x.code, label: x.name }))}
        />
      </Form.Item>
      <Form.Item name="kind" label={t('pur.kind')}>
        <Select
          data-testid="activity-kind"
          options={ACTIVITY_KINDS.map((k) => ({ value: k, label: t(`pur.kinds.${k}`) }))}
        />
      </Form.Item>
      <Form.Item name="participants" label={t('pur.participants')}>
        <InputNumber min={0} data-testid="activity-participants" />
      </Form.Item>
      <Form.Item name="beneficiaries" label={t('pur.beneficiariesServed')}>
        <InputNumber min={0} data-testid="activity-beneficiaries" />
      </Form.Item>
      <Form.Item name="note" label={t('pur.note')} extra={t('pur.noteHint')}>
        <Input.TextArea rows={2} maxLength={500} data-testid="activity-note" />
      </Form.Item>
    </FormModal>
  );
}

function RatingModal({ c, onClose }: { c: ContractDetail; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<RatingBody>();
  const show = useFieldErrors(form, ['month', 'score', 'comment'] as const);
  const [error, setError] = useState<string | null>(null);
  const save = useApiMutation((b: RatingBody) => purchasingApi.rate(c.id, b), [keys.purchasing]);
  // This month unless the term is over: then its last month.
  const today = dayjs().format('YYYY-MM');
  const month = c.endDate.slice(0, 7) < today ? c.endDate.slice(0, 7) : today;
  return (
    <FormModal<RatingBody>
      form={form}
      title={t('pur.rateTitle', { month })}
      okText={t('pur.rate')}
      okTestId="rating-submit"
      formTestId="rating-form"
      error={error}
      busy={save.isPending}
      initialValues={{ month, score: 5, comment: '', communityCode: c.can.rate[0] }}
      onClose={onClose}
      onFinish={(v) =>
        void save
          .mutateAsync({ ...v, communityCode: c.can.rate[0], comment: v.comment ?? '' })
          .then(onClose)
          .catch((e: unknown) => {
            if (isApiError(e)) {
              const rest = show(e);
              setError(rest.length || !e.problem.errors?.length ? problemLine(e, '；') : null);
            }
          })
      }
    >
      <Form.Item name="month" label={t('pur.month')}>
        <Input type="month" data-testid="rating-month" />
      </Form.Item>
      <Form.Item name="score" label={t('pur.score')}>
        <Rate data-testid="rating-score" />
      </Form.Item>
      <Form.Item name="comment" label={t('pur.comment')}>
        <Input.TextArea rows={2} maxLength={500} data-testid="rating-comment" />
      </Form.Item>
    </FormModal>
  );
}
