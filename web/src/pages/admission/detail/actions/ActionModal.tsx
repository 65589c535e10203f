// One dialog for every workflow action: a reason where one must be recorded; communities and days for
// a consultation; a new expiry for a renewal; the tag and new figures for an amendment; otherwise a
// plain confirmation. The server's answer (the updated application) goes back to the page.
import { useState } from 'react';
import { Alert, DatePicker, Form, Input, InputNumber, Modal, Radio, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import dayjs, { type Dayjs } from 'dayjs';
import { FREQUENCIES, MAX_EXPIRY_MONTHS, isDecision, type Frequency } from '#common/admission.js';
import { isApiError } from '../../../../api/client.js';
import type { ActBody, AdmissionDetail, PrecheckResult } from '#common/api/admission.js';
import type { WorkflowAction } from '#common/admission.js';
import { admissionsApi } from '../../../../api/endpoints.js';
import { useLabels } from '../../../../i18n/labels.js';
import { DANGER_ACTIONS, REASON_ACTIONS } from './actionKinds.js';
import { ConsultationFields } from './ConsultationFields.js';

interface Values {
  reason?: string;
  opinion?: string;
  codes?: string[];
  workingDays?: number;
  expiryDate?: Dayjs;
  tag?: 'work_change' | 're_estimate';
  frequency?: Frequency;
  occurrencesPerYear?: number | null;
  minutesPerOccurrence?: number | null;
  ledgerFields?: number | null;
  ledgerRows?: number | null;
}

interface Props {
  a: AdmissionDetail;
  action: WorkflowAction;
  onClose: () => void;
  onDone: (updated: AdmissionDetail) => void;
  onBlocked: (checks: PrecheckResult[]) => void;
}

function bodyOf(action: WorkflowAction, v: Values): ActBody {
  const body: ActBody = { action };
  if (v.reason?.trim()) body.reason = v.reason.trim();
  if (isDecision(action)) body.opinion = v.opinion?.trim() ?? '';
  // No community chosen: the server asks every community in scope.
  if (action === 'start_consultation')
    body.consultation = { ...(v.codes?.length ? { codes: v.codes } : {}), workingDays: v.workingDays ?? 5 };
  if (action === 'renew' && v.expiryDate) body.expiryDate = v.expiryDate.format('YYYY-MM-DD');
  if (action === 'amend') {
    body.tag = v.tag;
    // Empty figures are left out (kept as they are): the server would read a null as 0.
    const figure = (n: number | null | undefined) => (n === null || n === undefined ? undefined : n);
    body.amendment = {
      frequency: v.frequency,
      occurrencesPerYear: figure(v.occurrencesPerYear),
      minutesPerOccurrence: figure(v.minutesPerOccurrence),
      ledgerFields: figure(v.ledgerFields),
      ledgerRows: figure(v.ledgerRows),
    };
  }
  return body;
}

export function ActionModal({ a, action, onClose, onDone, onBlocked }: Props) {
  const { t } = useTranslation();
  const labels = useLabels();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const needsReason = REASON_ACTIONS.includes(action);
  const needsOpinion = isDecision(action);
  const consult = a.consultationProgress;
  const waitsForConsultation = (action === 'approve' || action === 'sign_off') && consult.required && !consult.done;
  const today = dayjs();

  const run = async (v: Values) => {
    setBusy(true);
    setError(null);
    try {
      onDone(await admissionsApi.act(a.id, bodyOf(action, v)));
    } catch (err) {
      if (!isApiError(err)) throw err;
      setBusy(false);
      const checks = (err.problem as { checks?: PrecheckResult[] }).checks;
      if (err.code === 'precheck_blocked' && checks) return onBlocked(checks);
      const lines = err.problem.errors?.map((e) => e.message) ?? [];
      setError([err.problem.title, ...lines].join(t('common.listSeparator')));
    }
  };

  return (
    <Modal
      open
      title={t(`adm.actions.${action}`)}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t(`adm.actions.${action}`)}
      cancelText={t('common.cancel')}
      confirmLoading={busy}
      destroyOnHidden
      width={action === 'start_consultation' || action === 'amend' ? 640 : 520}
      okButtonProps={{ danger: DANGER_ACTIONS.includes(action), 'data-testid': 'action-confirm' }}
    >
      <div data-testid="action-modal" data-action={action}>
        <Typography.Paragraph type="secondary">{t(`adm.actionHints.${action}`)}</Typography.Paragraph>
        {waitsForConsultation && (
          <Alert
            type="warning"
            showIcon
            className="modal-alert"
            data-testid="action-consultation-warning"
            title={
              consult.started
                ? t('adm.detail.consultPending', {
                    answered: consult.answered,
                    total: consult.total,
                    date: consult.dueDate ?? '',
                  })
                : t('adm.detail.consultNotStarted')
            }
          />
        )}
        {error && <Alert type="error" showIcon className="modal-alert" title={error} data-testid="action-error" />}
        <Form<Values>
          form={form}
          layout="vertical"
          onFinish={(v) => void run(v)}
          initialValues={{
            workingDays: 5,
            tag: 're_estimate',
            frequency: a.frequency,
            occurrencesPerYear: a.occurrencesPerYear,
            minutesPerOccurrence: a.minutesPerOccurrence,
            ledgerFields: a.ledgerFields,
            ledgerRows: a.ledgerRows,
          }}
        >
          {action === 'start_consultation' && (
            <ConsultationFields a={a} onPickAll={(codes) => form.setFieldsValue({ codes })} />
          )}
          {action === 'renew' && (
            <Form.Item
              name="expiryDate"
              label={t('adm.renew.expiry')}
              rules={[{ required: true, message: t('adm.form.required') }]}
              extra={t('adm.renew.hint', { months: MAX_EXPIRY_MONTHS, current: a.expiryDate })}
            >
              <DatePicker
                data-testid="action-expiry"
                className="full-width"
                disabledDate={(d) =>
                  d.isBefore(today, 'day') || d.isAfter(today.add(MAX_EXPIRY_MONTHS, 'month'), 'day')
                }
              />
            </Form.Item>
          )}
          {action === 'amend' && (
            <>
              <Form.Item
                name="tag"
                label={t('adm.amend.tag')}
                rules={[{ required: true }]}
                extra={t('adm.amend.tagHint')}
              >
                <Radio.Group data-testid="action-tag">
                  <Radio value="work_change">{t('adm.amend.tags.work_change')}</Radio>
                  <Radio value="re_estimate">{t('adm.amend.tags.re_estimate')}</Radio>
                </Radio.Group>
              </Form.Item>
              <div className="amend-grid">
                <Form.Item name="frequency" label={t('adm.fields.frequency')}>
                  <Select options={FREQUENCIES.map((f) => ({ value: f, label: labels.frequency(f) }))} />
                </Form.Item>
                <Form.Item name="occurrencesPerYear" label={t('adm.fields.occurrencesPerYear')}>
                  <InputNumber min={0} max={10000} className="full-width" suffix={t('adm.units.times')} />
                </Form.Item>
                <Form.Item name="minutesPerOccurrence" label={t('adm.fields.minutesPerOccurrence')}>
                  <InputNumber
                    data-testid="action-minutes"
                    min={0}
                    max={100000}
                    className="full-width"
                    suffix={t('adm.units.minutes')}
                  />
                </Form.Item>
                {a.kind === 'ledger' && (
                  <>
                    <Form.Item name="ledgerFields" label={t('adm.fields.ledgerFields')}>
                      <InputNumber min={0} max={1000} className="full-width" />
                    </Form.Item>
                    <Form.Item name="ledgerRows" label={t('adm.fields.ledgerRows')}>
                      <InputNumber min={0} max={1000000} className="full-width" />
                    </Form.Item>
                  </>
                )}
              </div>
            </>
          )}
          {needsOpinion && (
            <Form.Item
              name="opinion"
              label={t('adm.opinion.label')}
              rules={[{ required: true, whitespace: true, message: t('adm.opinion.required') }]}
            >
              <Input.TextArea
                data-testid="action-opinion"
                autoSize={{ minRows: 3, maxRows: 8 }}
                maxLength={2000}
                showCount
                placeholder={t('adm.opinion.placeholder')}
              />
            </Form.Item>
          )}
          {needsReason && (
            <Form.Item
              name="reason"
              label={t('adm.reason.label')}
              rules={[{ required: true, whitespace: true, message: t('adm.reason.required') }]}
            >
              <Input.TextArea
                data-testid="action-reason"
                autoSize={{ minRows: 3, maxRows: 8 }}
                maxLength={2000}
                showCount
                placeholder={t(`adm.reason.placeholder`)}
              />
            </Form.Item>
          )}
        </Form>
      </div>
    </Modal>
  );
}
