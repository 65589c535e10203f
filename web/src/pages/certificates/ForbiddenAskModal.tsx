// A resident (or her worker at the counter) tells which body asked her for a certificate the community
// must not issue. Only the asking body is counted; the reporter is never shown to anyone.
import { useState } from 'react';
import { DatePicker, Form, Input, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { ASKER_KINDS, type AskerKind } from '#common/certificates.js';
import type { CertificateGuide } from '#common/api/certificates.js';
import { isApiError } from '../../api/client.js';
import { certificatesApi } from '../../api/certificatesEndpoints.js';
import { FormModal } from '../../components/forms/FormModal.js';
import { useFieldErrors, type FieldMap } from '../../components/forms/useFieldErrors.js';

interface Values {
  askerKind: AskerKind;
  askerName: string;
  askedOn: Dayjs;
  note?: string;
}

const FIELDS: FieldMap<Values> = { askerKind: 'askerKind', askerName: 'askerName', askedOn: 'askedOn', note: 'note' };

export function ForbiddenAskModal({
  guide,
  onClose,
  onDone,
}: {
  guide: CertificateGuide;
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
      await certificatesApi.reportAsk({
        jurisdiction: guide.jurisdiction,
        code: guide.code,
        askerKind: v.askerKind,
        askerName: v.askerName.trim(),
        askedOn: v.askedOn.format('YYYY-MM-DD'),
        note: v.note?.trim() || undefined,
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
      title={t('cert.report.title')}
      okText={t('cert.report.submit')}
      okTestId="ask-submit"
      formTestId="ask-form"
      error={error}
      busy={busy}
      initialValues={{ askerKind: 'bank', askedOn: dayjs() }}
      onClose={onClose}
      onFinish={(v) => void run(v)}
    >
      <Form.Item label={t('cert.report.certificate')}>
        <strong>{guide.name}</strong>
      </Form.Item>
      <Form.Item name="askerKind" label={t('cert.report.askerKind')} rules={[{ required: true }]}>
        <Select
          data-testid="ask-kind"
          options={ASKER_KINDS.map((k) => ({ value: k, label: t(`cert.askerKinds.${k}`) }))}
        />
      </Form.Item>
      <Form.Item
        name="askerName"
        label={t('cert.report.askerName')}
        rules={[{ required: true, whitespace: true, min: 2, message: t('cert.report.askerNameRequired') }]}
      >
        <Input data-testid="ask-name" maxLength={100} placeholder={t('cert.report.askerNamePlaceholder')} />
      </Form.Item>
      <Form.Item name="askedOn" label={t('cert.report.askedOn')} rules={[{ required: true }]}>
        <DatePicker
          data-testid="ask-date"
          className="date-field"
          inputReadOnly
          disabledDate={(d) => d.isAfter(dayjs(), 'day') || d.isBefore(dayjs().subtract(1, 'year'), 'day')}
        />
      </Form.Item>
      <Form.Item name="note" label={t('cert.report.note')}>
        <Input.TextArea data-testid="ask-note" maxLength={500} autoSize={{ minRows: 2, maxRows: 5 }} />
      </Form.Item>
    </FormModal>
  );
}
