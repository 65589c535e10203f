// 新建购买服务: a department (or street) buys a service under its own admission number — the organisation,
// term, budget, the communities covered (a street's communities, picked by street for a district's
// department) and indicators with measurable targets. A wrong or foreign number is refused by the server
// (422 / 403) and shown under the number.
import { useState } from 'react';
import { App, Button, Checkbox, Form, Input, InputNumber, Select, Space } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { ContractBody } from '#common/api/purchasing.js';
import { ACTIVITY_KINDS, INDICATOR_BASES } from '#common/purchasing.js';
import { isApiError } from '../../api/client.js';
import { allChildren } from '../../api/endpoints.js';
import { purchasingApi } from '../../api/purchasingEndpoints.js';
import { keys, useApiMutation, useApiQuery } from '../../api/queries.js';
import { useMe } from '../../api/session.js';
import { FormModal } from '../../components/forms/FormModal.js';
import { problemLine, useFieldErrors } from '../../components/forms/useFieldErrors.js';

const FIELDS = ['title', 'admissionNumber', 'socialOrgId', 'startDate', 'endDate', 'budgetYuan'] as const;

export function ContractModal({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const me = useMe();
  const [form] = Form.useForm<ContractBody>();
  const show = useFieldErrors(form, FIELDS);
  const [error, setError] = useState<string | null>(null);
  const district = me.orgCode.slice(0, 6);
  const [street, setStreet] = useState<string | null>(me.orgCode.length === 9 ? me.orgCode : null);
  const orgs = useApiQuery({
    queryKey: keys.purchasing.of('orgs', district),
    queryFn: ({ signal }) => purchasingApi.orgs(district, signal),
  });
  const streets = useApiQuery({
    queryKey: keys.orgs.of('children', district),
    queryFn: ({ signal }) => allChildren(district, signal),
  });
  const communities = useApiQuery({
    queryKey: keys.orgs.of('children', street),
    queryFn: ({ signal }) => (street ? allChildren(street, signal) : Promise.resolve([])),
  });
  const save = useApiMutation((b: ContractBody) => purchasingApi.create(b), [keys.purchasing]);
  return (
    <FormModal<ContractBody>
      form={form}
      title={t('pur.newContract')}
      okText={t('pur.newContract')}
      okTestId="contract-submit"
      formTestId="contract-form"
      error={error}
      busy={save.isPending}
      width={720}
      initialValues={{
        communities: [],
        indicators: [{ name: '', activityKind: 'visit', basis: 'per_beneficiary_year', target: 4 }],
      }}
      onClose={onClose}
      onFinish={(v) =>
        void save
          .mutateAsync({ ...v, admissionNumber: v.admissionNumber.trim() })
          .then(() => {
            void message.success(t('pur.saved'));
            onClose();
          })
          .catch((e: unknown) => {
            if (isApiError(e)) {
              const rest = show(e);
              setError(rest.length || !e.problem.errors?.length ? problemLine(e, '；') : null);
            }
          })
      }
    >
      <Form.Item name="title" label={t('pur.contractTitle')} rules={[{ required: true, message: t('pur.required') }]}>
        <Input maxLength={100} data-testid="contract-title" />
      </Form.Item>
      <Form.Item
        name="admissionNumber"
        label={t('pur.admission')}
        extra={t('pur.admissionHint')}
        rules={[{ required: true, message: t('pur.required') }]}
      >
        <Input maxLength={60} data-testid="contract-number" />
      </Form.Item>
      <Form.Item name="socialOrgId" label={t('pur.org')} rules={[{ required: true, message: t('pur.required') }]}>
        <Select
          data-testid="contract-org"
          showSearch={{ optionFilterProp: 'label' }}
          options={(orgs.data?.items ?? []).map((o) => ({ value: o.id, label: o.name }))}
        />
      </Form.Item>
      <Space wrap>
        <Form.Item name="startDate" label={t('pur.startDate')} rules={[{ required: true, message: t('pur.required') }]}>
          <Input type="date" data-testid="contract-start" />
        </Form.Item>
        <Form.Item name="endDate" label={t('pur.endDate')} rules={[{ required: true, message: t('pur.required') }]}>
          <Input type="date" data-testid="contract-end" />
        </Form.Item>
        <Form.Item
          name="budgetYuan"
          label={t('pur.budgetYuan')}
          rules={[{ required: true, message: t('pur.required') }]}
        >
          <InputNumber min={1} step={1000} style={{ width: 160 }} data-testid="contract-budget" />
        </Form.Item>
      </Space>
      {me.orgCode.length === 6 && (
        <Form.Item label={t('pur.communities')}>
          <Select
            data-testid="contract-street"
            value={street}
            onChange={(v: string) => {
              setStreet(v);
              form.setFieldValue('communities', []);
            }}
            options={(streets.data ?? []).map((s) => ({ value: s.code, label: s.name }))}
          />
        </Form.Item>
      )}
      <Form.Item name="communities" rules={[{ required: true, message: t('pur.required') }]}>
        <Checkbox.Group
          data-testid="contract-communities"
          options={(communities.data ?? []).map((c) => ({ value: c.code, label: c.name }))}
        />
      </Form.Item>
      <Form.List name="indicators">
        {(fields, { add, remove }) => (
          <>
            <div className="small">{t('pur.indicators')}</div>
            {fields.map((f) => (
              <Space key={f.key} wrap align="start">
                <Form.Item name={[f.name, 'name']} rules={[{ required: true, message: t('pur.required') }]}>
                  <Input placeholder={t('pur.indicatorName')} data-testid={`indicator-name-${f.name}`} />
                </Form.Item>
                <Form.Item name={[f.name, 'activityKind']}>
                  <Select
                    style={{ width: 120 }}
                    options={ACTIVITY_KINDS.map((k) => ({ value: k, label: t(`pur.kinds.${k}`) }))}
                  />
                </Form.Item>
                <Form.Item name={[f.name, 'basis']}>
                  <Select
                    style={{ width: 170 }}
                    options={INDICATOR_BASES.map((b) => ({ value: b, label: t(`pur.bases.${b}`) }))}
                  />
                </Form.Item>
                <Form.Item name={[f.name, 'target']} rules={[{ required: true, message: t('pur.required') }]}>
                  <InputNumber min={1} placeholder={t('pur.target')} data-testid={`indicator-target-${f.name}`} />
                </Form.Item>
                <Form.Item name={[f.name, 'beneficiaries']}>
                  <InputNumber
                    min={1}
                    placeholder={t('pur.beneficiaries')}
                    data-testid={`indicator-people-${f.name}`}
                  />
                </Form.Item>
                {fields.length > 1 && <Button icon={<DeleteOutlined />} onClick={() => remove(f.name)} />}
              </Space>
            ))}
            <Button
              icon={<PlusOutlined />}
              onClick={() => add({ name: '', activityKind: 'group_activity', basis: 'total', target: 12 })}
            >
              {t('pur.addIndicator')}
            </Button>
          </>
        )}
      </Form.List>
    </FormModal>
  );
}
