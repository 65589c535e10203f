// The worker issues a request (the wording of what is certified after the resident's name) or declines it
// (the reason the resident reads).
import { useState } from 'react';
import { Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CommunityRequestView } from '#common/api/certificates.js';
import { isApiError } from '../../api/client.js';
import { certificatesApi } from '../../api/certificatesEndpoints.js';
import { FormModal } from '../../components/forms/FormModal.js';
import { useFieldErrors, type FieldMap } from '../../components/forms/useFieldErrors.js';

interface Values {
  text: string;
}

const FIELDS: FieldMap<Values> = { text: 'text' };

export function DecideModal({
  request,
  decision,
  onClose,
  onDone,
}: {
  request: CommunityRequestView;
  decision: 'issue' | 'decline';
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
      await certificatesApi.decide(request.id, { decision, text: v.text.trim() });
      onDone();
    } catch (err) {
      if (!isApiError(err)) throw err;
      setBusy(false);
      fieldErrors(err);
      if (!err.problem.errors?.length) setError(err.problem.title);
    }
  };
  const issue = decision === 'issue';
  return (
    <FormModal<Values>
      form={form}
      title={issue ? t('cert.decide.issueTitle', { name: request.name }) : t('cert.decide.declineTitle')}
      okText={issue ? t('cert.decide.issue') : t('cert.decide.decline')}
      danger={!issue}
      okTestId="decide-submit"
      formTestId="decide-form"
      error={error}
      busy={busy}
      onClose={onClose}
      onFinish={(v) => void run(v)}
    >
      <Form.Item
        name="text"
        label={issue ? t('cert.decide.wording', { name: request.requesterName }) : t('cert.decide.reason')}
        extra={issue ? t('cert.decide.wordingHint') : t('cert.decide.reasonHint')}
        rules={[{ required: true, whitespace: true, min: 2, message: t('cert.decide.textRequired') }]}
      >
        <Input.TextArea data-testid="decide-text" maxLength={500} autoSize={{ minRows: 2, maxRows: 6 }} />
      </Form.Item>
    </FormModal>
  );
}
