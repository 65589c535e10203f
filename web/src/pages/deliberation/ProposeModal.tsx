// A resident (or the community's worker) proposes a topic: title, details, category.
import { useState } from 'react';
import { Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { TOPIC_CATEGORIES, type TopicCategory } from '#common/deliberation.js';
import type { TopicView } from '#common/api/deliberation.js';
import { isApiError } from '../../api/client.js';
import { deliberationApi } from '../../api/deliberationEndpoints.js';
import { FormModal } from '../../components/forms/FormModal.js';
import { useFieldErrors, type FieldMap } from '../../components/forms/useFieldErrors.js';

interface Values {
  title: string;
  description: string;
  category: TopicCategory;
}

const FIELDS: FieldMap<Values> = { title: 'title', description: 'description', category: 'category' };

export function ProposeModal({
  community,
  worker,
  onClose,
  onDone,
}: {
  community: string;
  worker: boolean;
  onClose: () => void;
  onDone: (t: TopicView) => void;
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
      onDone(
        await deliberationApi.propose(community, {
          title: v.title.trim(),
          description: (v.description ?? '').trim(),
          category: v.category,
        }),
      );
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
      title={t('delib.proposeTitle')}
      hint={worker ? t('delib.workerProposeHint') : t('delib.proposeHint')}
      okText={t('delib.submit')}
      okTestId="propose-submit"
      formTestId="propose-form"
      error={error}
      busy={busy}
      onClose={onClose}
      onFinish={(v) => void run(v)}
    >
      <Form.Item
        name="title"
        label={t('delib.titleLabel')}
        rules={[{ required: true, whitespace: true, message: t('delib.titleRequired') }]}
      >
        <Input data-testid="propose-title" maxLength={80} />
      </Form.Item>
      <Form.Item
        name="category"
        label={t('delib.category')}
        rules={[{ required: true, message: t('delib.categoryRequired') }]}
      >
        <Select
          data-testid="propose-category"
          options={TOPIC_CATEGORIES.map((c) => ({ value: c, label: t(`delib.categories.${c}`) }))}
        />
      </Form.Item>
      <Form.Item name="description" label={t('delib.description')}>
        <Input.TextArea data-testid="propose-description" maxLength={2000} rows={4} />
      </Form.Item>
    </FormModal>
  );
}
