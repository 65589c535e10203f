// 拒绝: one reason from the fixed list and an explanation; both go back to the department.
import { useState } from 'react';
import { Alert, Form, Input, Modal, Radio, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { REFUSAL_REASONS, type RefusalReason } from '../../../../common/src/dispatch.js';
import { isApiError } from '../../api/client.js';
import { inboxApi } from '../../api/dispatchEndpoints.js';
import type { InboxItem } from '../../api/dispatchTypes.js';
import { useLabels } from '../../i18n/labels.js';

interface Values {
  reason: RefusalReason;
  text: string;
}

interface Props {
  item: InboxItem;
  onClose: () => void;
  onDone: (updated: InboxItem) => void;
}

export function RefuseModal({ item, onClose, onDone }: Props) {
  const { t } = useTranslation();
  const labels = useLabels();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const run = async (v: Values) => {
    setBusy(true);
    setError(null);
    try {
      onDone(await inboxApi.act(item.id, { action: 'refuse', reason: v.reason, text: v.text.trim() }));
    } catch (err) {
      if (!isApiError(err)) throw err;
      setBusy(false);
      setError(
        [err.problem.title, ...(err.problem.errors?.map((e) => e.message) ?? [])].join(t('common.listSeparator')),
      );
    }
  };

  return (
    <Modal
      open
      title={t('inbox.refuse.title', { title: item.title })}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('inbox.actions.refuse')}
      cancelText={t('common.cancel')}
      confirmLoading={busy}
      destroyOnHidden
      width={560}
      okButtonProps={{ danger: true, 'data-testid': 'modal-confirm' }}
    >
      <Typography.Paragraph type="secondary">{t('inbox.refuse.hint')}</Typography.Paragraph>
      {error && <Alert type="error" showIcon className="modal-alert" title={error} data-testid="modal-error" />}
      <Form<Values> form={form} layout="vertical" onFinish={(v) => void run(v)} requiredMark={false}>
        <Form.Item
          name="reason"
          label={t('inbox.refuse.reason')}
          rules={[{ required: true, message: t('inbox.refuse.reasonRequired') }]}
        >
          <Radio.Group className="refuse-reasons">
            {REFUSAL_REASONS.map((r) => (
              <Radio key={r} value={r}>
                <span data-testid={`refuse-reason-${r}`}>{labels.refusalReason(r)}</span>
              </Radio>
            ))}
          </Radio.Group>
        </Form.Item>
        <Form.Item
          name="text"
          label={t('inbox.refuse.text')}
          rules={[{ required: true, whitespace: true, message: t('inbox.refuse.textRequired') }]}
        >
          <Input.TextArea
            data-testid="refuse-text"
            autoSize={{ minRows: 3, maxRows: 8 }}
            maxLength={2000}
            showCount
            placeholder={t('inbox.refuse.textPlaceholder')}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
