// Exit of an app or work group (its owner or the burden office), with the reason.
import { useState } from 'react';
import { Alert, Form, Input, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/client.js';
import { appsApi } from '../../api/dispatchEndpoints.js';
import type { RegisteredApp } from '#common/api/apps.js';

interface Props {
  app: RegisteredApp;
  onClose: () => void;
  onDone: (a: RegisteredApp) => void;
}

export function ExitModal({ app, onClose, onDone }: Props) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ reason: string }>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const run = async (reason: string) => {
    setBusy(true);
    setError(null);
    try {
      onDone(await appsApi.exit(app.id, reason.trim()));
    } catch (err) {
      if (!isApiError(err)) throw err;
      setBusy(false);
      setError(err.problem.title);
    }
  };
  return (
    <Modal
      open
      title={t('apps.exitTitle', { name: app.name })}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('apps.exit')}
      cancelText={t('common.cancel')}
      confirmLoading={busy}
      destroyOnHidden
      okButtonProps={{ danger: true, 'data-testid': 'modal-confirm' }}
    >
      <Typography.Paragraph type="secondary">{t('apps.exitHint')}</Typography.Paragraph>
      {error && <Alert type="error" showIcon className="modal-alert" title={error} />}
      <Form form={form} layout="vertical" onFinish={(v) => void run(v.reason)} requiredMark={false}>
        <Form.Item
          name="reason"
          label={t('apps.exitReason')}
          rules={[{ required: true, whitespace: true, message: t('apps.exitReasonRequired') }]}
        >
          <Input.TextArea
            data-testid="exit-reason"
            autoSize={{ minRows: 2, maxRows: 6 }}
            maxLength={1000}
            showCount
            placeholder={t('apps.exitReasonPlaceholder')}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
