// The steward's form for a new grant: the city or district (within the steward's jurisdiction) whose
// departments and admissions are listed, department, elements, purpose, admission number, expiry. The
// server's 422 field errors (missing purpose, expiry past the admission's) show under their fields.
import { useState } from 'react';
import { Alert, DatePicker, Form, Input, Modal, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { isApiError, type FieldProblem } from '../../api/client.js';
import { privacyApi, type HubElement } from '../../api/privacyEndpoints.js';
import { useMe } from '../../api/session.js';
import { keys, useApiQuery } from '../../api/queries.js';
import { skipToken } from '@tanstack/react-query';
import { OrgSelect } from '../../components/OrgSelect.js';
import { showFieldErrors } from '../../components/forms/useFieldErrors.js';

interface Values {
  departmentCode: string;
  elements: string[];
  purpose?: string;
  admissionNumber: string;
  expiresOn?: Dayjs;
}

const FIELDS = ['departmentCode', 'elements', 'purpose', 'admissionNumber', 'expiresOn'] as const;

interface Props {
  open: boolean;
  elements: HubElement[];
  onClose: () => void;
  onCreated: () => void;
}

export function GrantFormModal({ open, elements, onClose, onCreated }: Props) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const [saving, setSaving] = useState(false);
  const [rest, setRest] = useState<FieldProblem[]>([]);
  const me = useMe();
  // Grant options are listed per city or district; the steward starts in their own jurisdiction.
  const [area, setArea] = useState<string | undefined>(me.orgCode);
  const options = useApiQuery({
    queryKey: keys.privacy.of('grantOptions', area),
    queryFn: open && area ? ({ signal }) => privacyApi.grantOptions(area, signal) : skipToken,
  });
  const department = Form.useWatch('departmentCode', form);
  const admissions = (options.data?.admissions ?? []).filter((a) => a.department.code === department);

  const submit = async (v: Values) => {
    setSaving(true);
    setRest([]);
    try {
      await privacyApi.createGrant({
        departmentCode: v.departmentCode,
        elements: v.elements,
        purpose: v.purpose,
        admissionNumber: v.admissionNumber,
        expiresOn: v.expiresOn?.format('YYYY-MM-DD'),
      });
      form.resetFields();
      onCreated();
    } catch (err) {
      if (isApiError(err) && err.code === 'validation_failed') setRest(showFieldErrors(form, err, FIELDS));
      else if (isApiError(err)) setRest([{ field: '', reason: err.code, message: err.problem.title }]);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open={open}
      title={t('privacy.grants.form.title')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('common.confirm')}
      cancelText={t('common.cancel')}
      confirmLoading={saving}
      width={640}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" onFinish={(v) => void submit(v)} data-testid="grant-form">
        <Form.Item label={t('privacy.grants.form.area')} extra={t('privacy.grants.form.areaHint')} required>
          <OrgSelect
            value={area}
            levels={me.org.level === 'city' ? ['city', 'district'] : ['district']}
            within={me.orgCode}
            testId="grant-area"
            onChange={(code) => {
              setArea(code);
              form.setFieldsValue({ departmentCode: undefined, admissionNumber: undefined });
            }}
          />
        </Form.Item>
        <Form.Item
          name="departmentCode"
          label={t('privacy.grants.department')}
          rules={[{ required: true, message: t('privacy.grants.form.required') }]}
        >
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            placeholder={t('privacy.grants.form.departmentPlaceholder')}
            loading={options.loading}
            options={(options.data?.departments ?? []).map((d) => ({ value: d.code, label: d.name }))}
            onChange={() => form.setFieldValue('admissionNumber', undefined)}
          />
        </Form.Item>
        <Form.Item
          name="elements"
          label={t('privacy.grants.elements')}
          rules={[{ required: true, message: t('privacy.grants.form.required') }]}
        >
          <Select
            mode="multiple"
            showSearch={{ optionFilterProp: 'label' }}
            placeholder={t('privacy.grants.form.elementsPlaceholder')}
            options={elements.map((e) => ({
              value: e.code,
              label: e.sensitivity === 'sensitive' ? `${e.name}（${t('privacy.grants.form.sensitive')}）` : e.name,
            }))}
          />
        </Form.Item>
        <Form.Item name="purpose" label={t('privacy.grants.purpose')} required>
          <Input placeholder={t('privacy.grants.form.purposePlaceholder')} maxLength={200} />
        </Form.Item>
        <Form.Item
          name="admissionNumber"
          label={t('privacy.grants.admission')}
          rules={[{ required: true, message: t('privacy.grants.form.required') }]}
        >
          <Select
            placeholder={t('privacy.grants.form.admissionPlaceholder')}
            options={admissions.map((a) => ({
              value: a.number,
              label: `${a.number} · ${a.title}（${t('privacy.grants.admissionExpiry', { date: a.expiryDate })}）`,
            }))}
          />
        </Form.Item>
        <Form.Item
          name="expiresOn"
          label={t('privacy.grants.expiresOn')}
          extra={t('privacy.grants.form.expiryHint')}
          required
        >
          <DatePicker className="full-width" />
        </Form.Item>
        {rest.length > 0 && <Alert type="error" showIcon title={rest.map((e) => e.message).join('；')} />}
      </Form>
    </Modal>
  );
}
