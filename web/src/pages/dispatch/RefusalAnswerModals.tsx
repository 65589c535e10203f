// Answering a refusal: the department withdraws the work, resends it fixed (a note on what was added, files,
// a later due date) or contests it to the 减负办; the 减负办 decides a contest with its reasons.
import { useState } from 'react';
import { DatePicker, Form, Input, Radio } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { Refusal } from '#common/api/dispatch.js';
import { REFUSAL_DECISIONS, type RefusalAnswer, type RefusalDecision } from '#common/dispatch.js';
import { isApiError } from '../../api/client.js';
import { dispatchApi } from '../../api/dispatchEndpoints.js';
import { FilePicker } from '../../components/dispatch/FilePicker.js';
import { FormModal } from '../../components/forms/FormModal.js';
import { problemLine } from '../../components/forms/useFieldErrors.js';
import { useLabels } from '../../i18n/labels.js';

interface AnswerValues {
  note: string;
  dueDate?: Dayjs;
  files?: File[];
}

interface AnswerProps {
  refusal: Refusal;
  answer: RefusalAnswer;
  onClose: () => void;
  onDone: (updated: Refusal) => void;
}

function useSubmit<V, T>(call: (v: V) => Promise<T>, onDone: (r: T) => void) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const run = async (v: V) => {
    setBusy(true);
    setError(null);
    try {
      onDone(await call(v));
    } catch (err) {
      if (!isApiError(err)) throw err;
      setBusy(false);
      setError(problemLine(err, t('common.listSeparator')));
    }
  };
  return { busy, error, run };
}

export function AnswerModal({ refusal, answer, onClose, onDone }: AnswerProps) {
  const { t } = useTranslation();
  const labels = useLabels();
  const [form] = Form.useForm<AnswerValues>();
  const { busy, error, run } = useSubmit(
    (v: AnswerValues) =>
      dispatchApi.answer(
        refusal.id,
        {
          answer,
          note: v.note.trim(),
          dueDate: answer === 'resend' ? v.dueDate?.format('YYYY-MM-DD') : undefined,
        },
        answer === 'resend' ? (v.files ?? []) : [],
      ),
    onDone,
  );
  const today = dayjs().startOf('day');
  return (
    <FormModal<AnswerValues>
      form={form}
      title={t('dispatch.answer.title', {
        answer: labels.refusalAnswer(answer),
        title: refusal.title,
        community: refusal.community.name,
      })}
      okText={labels.refusalAnswer(answer)}
      okTestId="answer-confirm"
      hint={t(`dispatch.answer.hint.${answer}`)}
      error={error}
      errorTestId="answer-error"
      busy={busy}
      danger={answer === 'withdraw'}
      width={560}
      formTestId="answer-form"
      onClose={onClose}
      onFinish={(v) => void run(v)}
    >
      <Form.Item
        name="note"
        label={t('dispatch.answer.note')}
        rules={[{ required: true, whitespace: true, message: t('dispatch.answer.noteRequired') }]}
      >
        <Input.TextArea
          data-testid="answer-note"
          autoSize={{ minRows: 3, maxRows: 8 }}
          maxLength={2000}
          showCount
          placeholder={t(`dispatch.answer.notePlaceholder.${answer}`)}
        />
      </Form.Item>
      {answer === 'resend' && (
        <>
          <Form.Item name="dueDate" label={t('dispatch.answer.due')}>
            <DatePicker
              data-testid="answer-due"
              className="date-field"
              disabledDate={(d) => d.isBefore(today, 'day')}
            />
          </Form.Item>
          <Form.Item name="files" label={t('dispatch.answer.files')}>
            <FilePicker testId="answer-files" />
          </Form.Item>
        </>
      )}
    </FormModal>
  );
}

interface DecisionValues {
  decision: RefusalDecision;
  note: string;
}

export function DecisionModal({
  refusal,
  onClose,
  onDone,
}: {
  refusal: Refusal;
  onClose: () => void;
  onDone: (updated: Refusal) => void;
}) {
  const { t } = useTranslation();
  const labels = useLabels();
  const [form] = Form.useForm<DecisionValues>();
  const { busy, error, run } = useSubmit(
    (v: DecisionValues) => dispatchApi.decide(refusal.id, { decision: v.decision, note: v.note.trim() }),
    onDone,
  );
  return (
    <FormModal<DecisionValues>
      form={form}
      title={t('dispatch.decision.title', { title: refusal.title, community: refusal.community.name })}
      okText={t('dispatch.refusals.decide')}
      okTestId="decision-confirm"
      hint={t('dispatch.decision.hint')}
      error={error}
      errorTestId="decision-error"
      busy={busy}
      width={560}
      formTestId="decision-form"
      onClose={onClose}
      onFinish={(v) => void run(v)}
    >
      <Form.Item
        name="decision"
        label={t('dispatch.decision.decision')}
        rules={[{ required: true, message: t('dispatch.decision.decision') }]}
      >
        <Radio.Group>
          {REFUSAL_DECISIONS.map((d) => (
            <Radio key={d} value={d}>
              <span data-testid={`decision-${d}`}>{labels.refusalDecision(d)}</span>
            </Radio>
          ))}
        </Radio.Group>
      </Form.Item>
      <Form.Item
        name="note"
        label={t('dispatch.decision.note')}
        rules={[{ required: true, whitespace: true, message: t('dispatch.decision.noteRequired') }]}
      >
        <Input.TextArea
          data-testid="decision-note"
          autoSize={{ minRows: 3, maxRows: 8 }}
          maxLength={2000}
          showCount
          placeholder={t('dispatch.decision.notePlaceholder')}
        />
      </Form.Item>
    </FormModal>
  );
}
