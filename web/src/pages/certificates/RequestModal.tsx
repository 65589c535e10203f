// A resident asks her community online for a certificate it may issue: she says what it is for.
import { useState } from 'react';
import { Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CertificateGuide, CertificateRequestView } from '#common/api/certificates.js';
import { isApiError } from '../../api/client.js';
import { certificatesApi } from '../../api/certificatesEndpoints.js';
import { FormModal } from '../../components/forms/FormModal.js';
import { useFieldErrors, type FieldMap } from '../../components/forms/useFieldErrors.js';

interface Values {
  purpose: string;
}

const FIELDS: FieldMap<Values> = { purpose: 'purpose' };

export function RequestModal({
  guide,
  onClose,
  onDone,
}: {
  guide: CertificateGuide;
  onClose: () => void;
  onDone: (r: CertificateRequestView) => void;
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
        await certificatesApi.request({
          jurisdiction: guide.jurisdiction,
          code: guide.code,
          purpose: v.purpose.trim(),
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
      title={t('cert.request.title', { name: guide.name })}
      okText={t('cert.request.submit')}
      okTestId="request-submit"
      formTestId="request-form"
      error={error}
      busy={busy}
      onClose={onClose}
      onFinish={(v) => void run(v)}
    >
      <Form.Item
        name="purpose"
        label={t('cert.request.purpose')}
        extra={t('cert.request.purposeHint')}
        rules={[{ required: true, whitespace: true, min: 2, message: t('cert.request.purposeRequired') }]}
      >
        <Input data-testid="request-purpose" maxLength={200} placeholder={t('cert.request.purposePlaceholder')} />
      </Form.Item>
    </FormModal>
  );
}
