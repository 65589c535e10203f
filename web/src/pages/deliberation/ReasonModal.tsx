// A reason the worker must give (hiding a comment, declining a topic): shown to everyone.
import { useState } from 'react';
import { Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../components/forms/FormModal.js';

export function ReasonModal({
  title,
  onClose,
  onSubmit,
}: {
  title: string;
  onClose: () => void;
  onSubmit: (reason: string) => Promise<boolean>;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ reason: string }>();
  const [busy, setBusy] = useState(false);
  return (
    <FormModal<{ reason: string }>
      form={form}
      title={title}
      okText={t('delib.submit')}
      okTestId="reason-submit"
      formTestId="reason-form"
      error={null}
      busy={busy}
      onClose={onClose}
      onFinish={(v) => {
        setBusy(true);
        void onSubmit(v.reason.trim()).then((ok) => (ok ? onClose() : setBusy(false)));
      }}
    >
      <Form.Item
        name="reason"
        label={t('delib.topic.reason')}
        rules={[{ required: true, whitespace: true, message: t('delib.topic.reasonRequired') }]}
      >
        <Input.TextArea data-testid="reason-input" rows={3} maxLength={500} />
      </Form.Item>
    </FormModal>
  );
}
