// The community's worker publishes a new version of the 居民公约: its title, full text and a note.
import { useState } from 'react';
import { Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CovenantView } from '#common/api/deliberation.js';
import { isApiError } from '../../api/client.js';
import { deliberationApi } from '../../api/deliberationEndpoints.js';
import { FormModal } from '../../components/forms/FormModal.js';
import { useFieldErrors, type FieldMap } from '../../components/forms/useFieldErrors.js';

interface Values {
  title: string;
  body: string;
  note: string;
}

const FIELDS: FieldMap<Values> = { title: 'title', body: 'body', note: 'note' };

export function CovenantModal({
  community,
  current,
  onClose,
  onDone,
}: {
  community: string;
  current: CovenantView | undefined;
  onClose: () => void;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const fieldErrors = useFieldErrors(form, FIELDS);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const run = async (v: Values) => {
    setBusy(true);
    setError(null);
    try {
      await deliberationApi.publishCovenant(community, {
        title: v.title.trim(),
        body: v.body.trim(),
        note: (v.note ?? '').trim(),
      });
      onDone();
    } catch (err) {
      if (!isApiError(err)) throw err;
      setBusy(false);
      fieldErrors(err);
      if (!err.problem.errors?.length) setError(err.problem.title);
    }
  };
  return (
    <FormModal<Values>
      form={form}
      title={t('delib.docs.covenantForm.title')}
      hint={t('delib.docs.covenantForm.hint')}
      okText={t('delib.docs.publish')}
      okTestId="covenant-submit"
      formTestId="covenant-form"
      error={error}
      busy={busy}
      initialValues={{ title: current?.title ?? '', body: current?.body ?? '' }}
      onClose={onClose}
      onFinish={(v) => void run(v)}
    >
      <Form.Item
        name="title"
        label={t('delib.docs.covenantForm.titleLabel')}
        rules={[{ required: true, whitespace: true, message: t('delib.docs.covenantForm.titleRequired') }]}
      >
        <Input data-testid="covenant-title" maxLength={80} />
      </Form.Item>
      <Form.Item
        name="body"
        label={t('delib.docs.covenantForm.body')}
        rules={[{ required: true, whitespace: true, message: t('delib.docs.covenantForm.bodyRequired') }]}
      >
        <Input.TextArea data-testid="covenant-body" rows={8} maxLength={10000} />
      </Form.Item>
      <Form.Item name="note" label={t('delib.docs.covenantForm.note')}>
        <Input.TextArea data-testid="covenant-note" rows={2} maxLength={500} />
      </Form.Item>
    </FormModal>
  );
}
