// 查看完整信息: asks for the reason (required; it becomes the audit entry's purpose), then fetches one
// record — a subject, or one ledger row — in clear and hands it to the caller to show.
import { useState } from 'react';
import { Alert, Button, Form, Input, Modal } from 'antd';
import { EyeOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/client.js';
import { privacyApi, type UnmaskBody, type UnmaskReply } from '../../api/privacyEndpoints.js';

interface Props {
  target: Omit<UnmaskBody, 'reason'>;
  onUnmasked: (r: UnmaskReply) => void;
  size?: 'small' | 'middle';
  testId?: string;
}

export function UnmaskButton({ target, onUnmasked, size = 'middle', testId = 'unmask' }: Props) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [form] = Form.useForm<{ reason: string }>();

  const submit = async ({ reason }: { reason: string }) => {
    setSaving(true);
    setError(null);
    try {
      onUnmasked(await privacyApi.unmask({ ...target, reason: reason.trim() }));
      setOpen(false);
      form.resetFields();
    } catch (err) {
      setError(isApiError(err) ? err.problem.title : String(err));
    } finally {
      setSaving(false);
    }
  };

  return (
    <>
      <Button size={size} icon={<EyeOutlined />} onClick={() => setOpen(true)} data-testid={`${testId}-button`}>
        {t('privacy.unmask.button')}
      </Button>
      <Modal
        open={open}
        title={t('privacy.unmask.title')}
        onCancel={() => setOpen(false)}
        onOk={() => form.submit()}
        okText={t('privacy.unmask.confirm')}
        cancelText={t('common.cancel')}
        confirmLoading={saving}
        destroyOnHidden
      >
        <Alert type="warning" showIcon title={t('privacy.unmask.notice')} className="hub-gap" />
        <Form form={form} layout="vertical" onFinish={(v) => void submit(v)} data-testid={`${testId}-form`}>
          <Form.Item
            name="reason"
            label={t('privacy.unmask.reason')}
            rules={[
              { required: true, whitespace: true, message: t('privacy.unmask.reasonRequired') },
              { min: 2, message: t('privacy.unmask.reasonShort') },
            ]}
          >
            <Input.TextArea
              rows={3}
              maxLength={200}
              showCount
              placeholder={t('privacy.unmask.reasonPlaceholder')}
              data-testid={`${testId}-reason`}
            />
          </Form.Item>
        </Form>
        {error && <Alert type="error" showIcon title={error} />}
      </Modal>
    </>
  );
}
