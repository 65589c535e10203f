// The delivery record of a contract, on its page: the buyer's closing evaluation (or the button that closes
// it), residents' ratings, the organisation's monthly reports with numbers computed from the activities
// (never typed) and the months still missing one; the organisation files a report here.
import { useState } from 'react';
import { App, Button, Card, Empty, Form, Input, InputNumber, List, Select, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { EvaluationBody, ReportBody } from '#common/api/purchasing-catalogue.js';
import { gradeOfScore } from '#common/purchasing.js';
import { isApiError } from '../../api/client.js';
import { purchasingBApi } from '../../api/purchasingEndpoints.js';
import { keys, useApiMutation, useApiQuery } from '../../api/queries.js';
import { ProblemAlert } from '../../components/ProblemAlert.js';
import { FormModal } from '../../components/forms/FormModal.js';
import { problemLine, useFieldErrors } from '../../components/forms/useFieldErrors.js';
import { formatDate } from '../../i18n/format.js';

const GRADE_COLOURS = { excellent: 'green', good: 'blue', pass: 'gold', fail: 'red' } as const;

export function RecordCard({ id }: { id: number }) {
  const { t } = useTranslation();
  const [evaluating, setEvaluating] = useState(false);
  const [reporting, setReporting] = useState(false);
  const {
    data: r,
    error,
    reload,
  } = useApiQuery({
    queryKey: keys.purchasing.of('record', id),
    queryFn: ({ signal }) => purchasingBApi.record(id, signal),
  });
  if (error) return <ProblemAlert error={error} onRetry={reload} />;
  if (!r) return null;
  const e = r.evaluation;
  return (
    <>
      <Card size="small" title={t('purb.evaluation')} data-testid="contract-evaluation">
        {e ? (
          <div data-testid="evaluation-done">
            <div>
              <Typography.Text strong>{e.score}</Typography.Text>{' '}
              <Tag color={GRADE_COLOURS[e.grade]}>{t(`purb.grades.${e.grade}`)}</Tag>{' '}
              <span className="muted small">{t('purb.closedOn', { date: formatDate(e.evaluatedAt) })}</span>
            </div>
            <div className="small">{e.text}</div>
          </div>
        ) : (
          r.can.evaluate && (
            <Button type="primary" onClick={() => setEvaluating(true)} data-testid="evaluation-new">
              {t('purb.evaluate')}
            </Button>
          )
        )}
        <div className="muted small" data-testid="resident-score">
          {r.residentScore === null
            ? t('purb.residentNone')
            : t('purb.residentScore', { score: r.residentScore, n: r.residentRatings })}
        </div>
      </Card>
      <Card
        size="small"
        title={t('purb.reports')}
        data-testid="contract-reports"
        extra={
          r.can.report && (
            <Button size="small" type="primary" onClick={() => setReporting(true)} data-testid="report-new">
              {t('purb.fileReport')}
            </Button>
          )
        }
      >
        {r.missingReports.length > 0 && (
          <Typography.Text type="warning" className="small" data-testid="reports-missing">
            {t('purb.missing', { months: r.missingReports.join('、') })}
          </Typography.Text>
        )}
        <List
          size="small"
          dataSource={r.reports}
          locale={{ emptyText: <Empty description={t('purb.reportsEmpty')} /> }}
          renderItem={(rep) => (
            <List.Item data-testid="report-row">
              <div>
                <Typography.Text strong>{rep.month}</Typography.Text>
                <div className="small">{t('purb.numbers', rep.numbers)}</div>
                {rep.numbers.indicators.map((i) => (
                  <div key={i.name} className="muted small">
                    {t('purb.indicatorAt', i)}
                  </div>
                ))}
                <div className="small">{rep.text}</div>
              </div>
            </List.Item>
          )}
        />
      </Card>
      {evaluating && <EvaluationModal id={id} onClose={() => setEvaluating(false)} />}
      {reporting && (
        <ReportModal
          id={id}
          months={r.reportable}
          initial={r.missingReports.at(-1) ?? r.reportable[0]}
          onClose={() => setReporting(false)}
        />
      )}
    </>
  );
}

function EvaluationModal({ id, onClose }: { id: number; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<EvaluationBody>();
  const show = useFieldErrors(form, ['score', 'grade', 'text']);
  const [error, setError] = useState<string | null>(null);
  const score = Form.useWatch('score', form);
  const save = useApiMutation((b: EvaluationBody) => purchasingBApi.evaluate(id, b), [keys.purchasing]);
  return (
    <FormModal<EvaluationBody>
      form={form}
      title={t('purb.evaluateTitle')}
      okText={t('purb.evaluate')}
      okTestId="evaluation-submit"
      formTestId="evaluation-form"
      error={error}
      busy={save.isPending}
      onClose={onClose}
      onFinish={(v) =>
        void save
          .mutateAsync(v)
          .then(() => {
            void message.success(t('pur.saved'));
            onClose();
          })
          .catch((err: unknown) => {
            if (isApiError(err)) {
              const rest = show(err);
              setError(rest.length || !err.problem.errors?.length ? problemLine(err, '；') : null);
            }
          })
      }
    >
      <Form.Item name="score" label={t('purb.evalScore')} rules={[{ required: true, message: t('pur.required') }]}>
        <InputNumber min={0} max={100} className="full-width" data-testid="evaluation-score" />
      </Form.Item>
      {typeof score === 'number' && (
        <div className="small" data-testid="evaluation-grade">
          {t('purb.evalGrade')}：{t(`purb.grades.${gradeOfScore(score)}`)}
        </div>
      )}
      <Form.Item
        name="text"
        label={t('purb.evalText')}
        extra={t('purb.evalTextHint')}
        rules={[{ required: true, min: 10, message: t('purb.evalTextHint') }]}
      >
        <Input.TextArea maxLength={2000} autoSize={{ minRows: 3, maxRows: 6 }} data-testid="evaluation-text" />
      </Form.Item>
    </FormModal>
  );
}

/** `initial`: the latest month that is due without a report, else this month. */
function ReportModal({
  id,
  months,
  initial,
  onClose,
}: {
  id: number;
  months: string[];
  initial: string | undefined;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<ReportBody>();
  const show = useFieldErrors(form, ['month', 'text']);
  const [error, setError] = useState<string | null>(null);
  const save = useApiMutation((b: ReportBody) => purchasingBApi.report(id, b), [keys.purchasing]);
  return (
    <FormModal<ReportBody>
      form={form}
      title={t('purb.fileReport')}
      hint={t('purb.reportNumbersHint')}
      okText={t('purb.submit')}
      okTestId="report-submit"
      formTestId="report-form"
      error={error}
      busy={save.isPending}
      initialValues={{ month: initial }}
      onClose={onClose}
      onFinish={(v) =>
        void save
          .mutateAsync(v)
          .then(() => {
            void message.success(t('pur.saved'));
            onClose();
          })
          .catch((err: unknown) => {
            if (isApiError(err)) {
              const rest = show(err);
              setError(rest.length || !err.problem.errors?.length ? problemLine(err, '；') : null);
            }
          })
      }
    >
      <Form.Item name="month" label={t('purb.reportMonth')} rules={[{ required: true }]}>
        <Select options={months.map((m) => ({ value: m, label: m }))} data-testid="report-month" />
      </Form.Item>
      <Form.Item name="text" label={t('purb.reportText')} rules={[{ required: true, message: t('pur.required') }]}>
        <Input.TextArea maxLength={2000} autoSize={{ minRows: 3, maxRows: 6 }} data-testid="report-text" />
      </Form.Item>
    </FormModal>
  );
}
