// The resident's report: a category (its time limit and who handles it first shown), what happened, where,
// an optional photo (checked by the server to be a real JPEG or PNG), anonymous if she wishes.
import { useState } from 'react';
import { Button, Checkbox, Form, Input, Select, Typography } from 'antd';
import { CameraOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/client.js';
import { serviceRequestsApi } from '../../api/serviceRequestsEndpoints.js';
import { keys, useApiQuery } from '../../api/queries.js';
import { FormModal } from '../../components/forms/FormModal.js';
import { useFieldErrors, type FieldMap } from '../../components/forms/useFieldErrors.js';

interface Values {
  serviceCode: string;
  description: string;
  address: string;
  anonymous: boolean;
}

const FIELDS: FieldMap<Values> = {
  serviceCode: 'serviceCode',
  description: 'description',
  address: 'address',
  anonymous: 'anonymous',
};

export function ReportModal({ onClose, onDone }: { onClose: () => void; onDone: () => void }) {
  const { t, i18n } = useTranslation();
  const [form] = Form.useForm<Values>();
  const fieldErrors = useFieldErrors(form, FIELDS);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [photo, setPhoto] = useState<File | null>(null);
  const code = Form.useWatch('serviceCode', form);
  const { data: categories } = useApiQuery({
    queryKey: keys.serviceRequests.of('categories'),
    queryFn: ({ signal }) => serviceRequestsApi.categories(signal),
  });
  const chosen = categories?.find((c) => c.code === code);
  const en = i18n.language.startsWith('en');
  const run = async (v: Values) => {
    setBusy(true);
    setError(null);
    try {
      await serviceRequestsApi.report(
        {
          serviceCode: v.serviceCode,
          description: v.description.trim(),
          address: v.address.trim(),
          anonymous: Boolean(v.anonymous),
        },
        photo,
      );
      onDone();
    } catch (err) {
      if (!isApiError(err)) throw err;
      setBusy(false);
      fieldErrors(err);
      setError(err.problem.detail ? `${err.problem.title}（${err.problem.detail}）` : err.problem.title);
    }
  };
  return (
    <FormModal<Values>
      form={form}
      title={t('sr.report.title')}
      okText={t('sr.report.submit')}
      okTestId="report-submit"
      formTestId="report-form"
      error={error}
      busy={busy}
      initialValues={{ anonymous: false }}
      onClose={onClose}
      onFinish={(v) => void run(v)}
    >
      <Form.Item
        name="serviceCode"
        label={t('sr.report.category')}
        rules={[{ required: true, message: t('sr.report.categoryRequired') }]}
        extra={
          chosen &&
          t('sr.report.sla', {
            sla:
              chosen.slaHours !== null
                ? t('sr.sla.hours', { n: chosen.slaHours })
                : t('sr.sla.workdays', { n: chosen.slaWorkdays ?? 0 }),
            to: t(`sr.routeTo.${chosen.routeTo.split(':')[0] as 'community' | 'street' | 'department'}`),
          })
        }
      >
        <Select
          data-testid="report-category"
          options={(categories ?? []).map((c) => ({ value: c.code, label: en ? c.nameEn : c.name }))}
        />
      </Form.Item>
      {chosen && (
        <Typography.Paragraph type="secondary" className="small">
          {chosen.description}
        </Typography.Paragraph>
      )}
      <Form.Item
        name="description"
        label={t('sr.report.description')}
        rules={[{ required: true, whitespace: true, message: t('sr.report.descriptionRequired') }]}
      >
        <Input.TextArea data-testid="report-description" maxLength={2000} autoSize={{ minRows: 3, maxRows: 8 }} />
      </Form.Item>
      <Form.Item
        name="address"
        label={t('sr.report.address')}
        extra={t('sr.report.addressHint')}
        rules={[{ required: true, whitespace: true, message: t('sr.report.addressRequired') }]}
      >
        <Input data-testid="report-address" maxLength={200} />
      </Form.Item>
      <Form.Item label={t('sr.report.photo')}>
        <Button icon={<CameraOutlined />} onClick={() => document.getElementById('report-photo')?.click()}>
          {photo ? photo.name : t('sr.report.choosePhoto')}
        </Button>
        <input
          id="report-photo"
          data-testid="report-photo"
          type="file"
          accept="image/jpeg,image/png"
          capture="environment"
          style={{ display: 'none' }}
          onChange={(e) => setPhoto(e.target.files?.[0] ?? null)}
        />
      </Form.Item>
      <Form.Item name="anonymous" valuePropName="checked">
        <Checkbox data-testid="report-anonymous">{t('sr.report.anonymous')}</Checkbox>
      </Form.Item>
    </FormModal>
  );
}
