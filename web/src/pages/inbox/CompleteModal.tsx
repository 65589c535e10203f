// 办结: a note on the result (required) and, optionally, one result file.
import { useState } from 'react';
import { Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../components/forms/FormModal.js';
import { problemLine } from '../../components/forms/useFieldErrors.js';
import { isApiError } from '../../api/client.js';
import { inboxApi } from '../../api/dispatchEndpoints.js';
import type { InboxItem } from '#common/api/dispatch.js';
import { FilePicker } from '../../components/dispatch/FilePicker.js';

interface Values {
  note: string;
  files?: File[];
}

interface Props {
  item: InboxItem;
  onClose: () => void;
  onDone: (updated: InboxItem) => void;
}

export function CompleteModal({ item, onClose, onDone }: Props) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const run = async (v: Values) => {
    setBusy(true);
    setError(null);
    try {
      onDone(await inboxApi.act(item.id, { action: 'complete', note: v.note.trim() }, v.files ?? []));
    } catch (err) {
      if (!isApiError(err)) throw err;
      setBusy(false);
      setError(problemLine(err, t('common.listSeparator')));
    }
  };

  return (
    <FormModal<Values>
      form={form}
      title={t('inbox.complete.title', { title: item.title })}
      okText={t('inbox.actions.complete')}
      okTestId="modal-confirm"
      hint={t('inbox.complete.hint')}
      error={error}
      errorTestId="modal-error"
      busy={busy}
      onClose={onClose}
      onFinish={(v) => void run(v)}
    >
      <Form.Item
        name="note"
        label={t('inbox.complete.note')}
        rules={[{ required: true, whitespace: true, message: t('inbox.complete.noteRequired') }]}
      >
        <Input.TextArea
          data-testid="complete-note"
          autoSize={{ minRows: 3, maxRows: 8 }}
          maxLength={2000}
          showCount
          placeholder={t('inbox.complete.notePlaceholder')}
        />
      </Form.Item>
      <Form.Item name="files" label={t('inbox.complete.file')}>
        <FilePicker max={1} testId="complete-file" />
      </Form.Item>
    </FormModal>
  );
}
