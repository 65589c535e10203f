// The burden office's follow-up of an entry: warn the department, ask it to apply for admission, or
// resolve — always with a note.
import { useState } from 'react';
import { Alert, Form, Input, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/client.js';
import { informalApi } from '../../api/dispatchEndpoints.js';
import type { Demand } from '#common/api/dispatch.js';
import type { ReviewAction } from '#common/dispatch.js';

interface Props {
  demand: Demand;
  action: ReviewAction;
  onClose: () => void;
  onDone: (d: Demand) => void;
}

export function ReviewModal({ demand, action, onClose, onDone }: Props) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ note: string }>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const run = async (note: string) => {
    setBusy(true);
    setError(null);
    try {
      onDone(await informalApi.review(demand.id, action, note.trim()));
    } catch (err) {
      if (!isApiError(err)) throw err;
      setBusy(false);
      setError(err.problem.title);
    }
  };
  return (
    <Modal
      open
      title={`${t(`register.review.actions.${action}`)} · ${demand.department.name}`}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t(`register.review.actions.${action}`)}
      cancelText={t('common.cancel')}
      confirmLoading={busy}
      destroyOnHidden
      okButtonProps={{ 'data-testid': 'modal-confirm' }}
    >
      <Typography.Paragraph type="secondary">{t(`register.review.hints.${action}`)}</Typography.Paragraph>
      <div className="quote-block">{demand.content}</div>
      {error && <Alert type="error" showIcon className="modal-alert" title={error} />}
      <Form form={form} layout="vertical" onFinish={(v) => void run(v.note)} requiredMark={false}>
        <Form.Item
          name="note"
          label={t('register.review.note')}
          rules={[{ required: true, whitespace: true, message: t('register.review.noteRequired') }]}
        >
          <Input.TextArea data-testid="review-note" autoSize={{ minRows: 3, maxRows: 8 }} maxLength={2000} showCount />
        </Form.Item>
      </Form>
    </Modal>
  );
}
