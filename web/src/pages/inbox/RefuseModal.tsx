// 拒绝: one or more reasons from the fixed list (超出准入频次/工时, 其他 …) and an explanation; both go back
// to the department.
import { useState } from 'react';
import { Checkbox, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../components/forms/FormModal.js';
import { problemLine } from '../../components/forms/useFieldErrors.js';
import { REFUSAL_REASONS, type RefusalReason } from '#common/dispatch.js';
import { isApiError } from '../../api/client.js';
import { inboxApi } from '../../api/dispatchEndpoints.js';
import type { InboxItem } from '#common/api/dispatch.js';
import { useLabels } from '../../i18n/labels.js';

interface Values {
  reasons: RefusalReason[];
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
      onDone(await inboxApi.act(item.id, { action: 'refuse', reasons: v.reasons, text: v.text.trim() }));
    } catch (err) {
      if (!isApiError(err)) throw err;
      setBusy(false);
      setError(problemLine(err, t('common.listSeparator')));
    }
  };

  return (
    <FormModal<Values>
      form={form}
      title={t('inbox.refuse.title', { title: item.title })}
      okText={t('inbox.actions.refuse')}
      okTestId="modal-confirm"
      hint={t('inbox.refuse.hint')}
      error={error}
      errorTestId="modal-error"
      busy={busy}
      danger
      width={560}
      onClose={onClose}
      onFinish={(v) => void run(v)}
    >
      <Form.Item
        name="reasons"
        label={t('inbox.refuse.reason')}
        rules={[{ required: true, type: 'array', min: 1, message: t('inbox.refuse.reasonRequired') }]}
      >
        <Checkbox.Group className="refuse-reasons">
          {REFUSAL_REASONS.map((r) => (
            <Checkbox key={r} value={r}>
              <span data-testid={`refuse-reason-${r}`}>{labels.refusalReason(r)}</span>
            </Checkbox>
          ))}
        </Checkbox.Group>
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
    </FormModal>
  );
}
