// The worker sends a decided topic to the 减负办, naming the admitted item the community asks to exit.
import { useState } from 'react';
import { Form, Input, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../components/forms/FormModal.js';

export function ExitRequestModal({
  onClose,
  onSubmit,
}: {
  onClose: () => void;
  onSubmit: (admissionNumber: string) => Promise<boolean>;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ number: string }>();
  const [busy, setBusy] = useState(false);
  return (
    <FormModal<{ number: string }>
      form={form}
      title={t('delib.exit.sendTitle')}
      okText={t('delib.submit')}
      okTestId="exit-submit"
      formTestId="exit-form"
      error={null}
      busy={busy}
      onClose={onClose}
      onFinish={(v) => {
        setBusy(true);
        void onSubmit(v.number.trim()).then((ok) => (ok ? onClose() : setBusy(false)));
      }}
    >
      <Typography.Paragraph className="muted small">{t('delib.exit.sendHint')}</Typography.Paragraph>
      <Form.Item
        name="number"
        label={t('delib.exit.number')}
        extra={t('delib.exit.numberHint')}
        rules={[{ required: true, whitespace: true, message: t('delib.exit.numberRequired') }]}
      >
        <Input data-testid="exit-number" maxLength={60} />
      </Form.Item>
    </FormModal>
  );
}
