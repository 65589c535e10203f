// Add or change one item of a draft list: code, nature, name, description, legal basis (required for
// assistance items), responsible department, kind, frequency, times a year and standard minutes.
import { useState } from 'react';
import { Alert, Col, DatePicker, Form, Input, InputNumber, Modal, Row, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import dayjs, { type Dayjs } from 'dayjs';
import {
  FREQUENCIES,
  LIST_TYPES,
  OBJECT_KINDS,
  type Frequency,
  type ListType,
  type ObjectKind,
} from '#common/admission.js';
import { isApiError } from '../../api/client.js';
import type { CatalogueItem } from '#common/api/catalogue.js';
import { catalogueApi } from '../../api/endpoints.js';
import type { Department } from '#common/api/orgs.js';
import { useLabels } from '../../i18n/labels.js';

interface Values {
  code: string;
  listType: ListType;
  name: string;
  description?: string;
  legalBasis?: string;
  departmentKind?: string | null;
  objectKind: ObjectKind;
  frequency: Frequency;
  occurrencesPerYear?: number | null;
  standardMinutes?: number | null;
  effectiveFrom?: Dayjs | null;
  effectiveTo?: Dayjs | null;
}

interface Props {
  versionId: number;
  item: CatalogueItem | null;
  departments: Department[];
  existingCodes: string[];
  onClose: () => void;
  onSaved: () => void;
}

const day = (d: Dayjs | null | undefined) => (d ? d.format('YYYY-MM-DD') : null);

export function CatalogueItemModal({ versionId, item, departments, existingCodes, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const labels = useLabels();
  const [form] = Form.useForm<Values>();
  const listType = Form.useWatch('listType', form);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const save = async (v: Values) => {
    setBusy(true);
    setError(null);
    try {
      await catalogueApi.putItem(versionId, v.code.trim(), {
        listType: v.listType,
        name: v.name.trim(),
        description: v.description?.trim() ?? '',
        legalBasis: v.legalBasis?.trim() ?? '',
        departmentKind: v.departmentKind ?? null,
        objectKind: v.objectKind,
        frequency: v.frequency,
        occurrencesPerYear: v.occurrencesPerYear ?? null,
        standardMinutes: v.standardMinutes ?? 0,
        effectiveFrom: day(v.effectiveFrom),
        effectiveTo: day(v.effectiveTo),
      });
      onSaved();
    } catch (err) {
      if (!isApiError(err)) throw err;
      setBusy(false);
      const fields = err.problem.errors ?? [];
      form.setFields(fields.map((e) => ({ name: e.field.replace(/^\//, '') as keyof Values, errors: [e.message] })));
      setError(err.problem.title);
    }
  };

  return (
    <Modal
      open
      width={760}
      style={{ top: 40 }}
      title={item ? t('cat.manage.editItem', { code: item.code }) : t('cat.manage.addItem')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={busy}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
      okButtonProps={{ 'data-testid': 'cat-item-save' }}
    >
      {error && <Alert type="error" showIcon className="modal-alert" title={error} />}
      <Form<Values>
        form={form}
        layout="vertical"
        data-testid="cat-item-form"
        onFinish={(v) => void save(v)}
        initialValues={
          item
            ? {
                ...item,
                effectiveFrom: item.effectiveFrom ? dayjs(item.effectiveFrom) : null,
                effectiveTo: item.effectiveTo ? dayjs(item.effectiveTo) : null,
              }
            : { listType: 'assist', objectKind: 'task', frequency: 'as_needed', standardMinutes: 0 }
        }
      >
        <Row gutter={16}>
          <Col span={8}>
            <Form.Item
              name="code"
              label={t('cat.fields.code')}
              extra={item ? undefined : t('cat.manage.codeHint')}
              rules={[
                { required: true, message: t('adm.form.required') },
                { pattern: /^[A-Za-z0-9-]{1,20}$/, message: t('cat.manage.codePattern') },
                {
                  validator: (_, v: string) =>
                    !item && existingCodes.includes(v?.trim())
                      ? Promise.reject(new Error(t('cat.manage.codeTaken')))
                      : Promise.resolve(),
                },
              ]}
            >
              <Input data-testid="cat-item-code" disabled={Boolean(item)} className="mono" />
            </Form.Item>
          </Col>
          <Col span={16}>
            <Form.Item name="listType" label={t('cat.fields.listType')} rules={[{ required: true }]}>
              <Select
                data-testid="cat-item-list-type"
                options={LIST_TYPES.map((l) => ({ value: l, label: labels.listType(l) }))}
              />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item
          name="name"
          label={t('cat.fields.name')}
          rules={[{ required: true, min: 2, max: 80, message: t('cat.manage.nameRule') }]}
        >
          <Input data-testid="cat-item-name" maxLength={80} showCount />
        </Form.Item>
        <Form.Item name="description" label={t('cat.fields.description')}>
          <Input.TextArea data-testid="cat-item-description" autoSize={{ minRows: 2, maxRows: 6 }} maxLength={2000} />
        </Form.Item>
        <Form.Item
          name="legalBasis"
          label={t('cat.fields.legalBasis')}
          rules={
            listType === 'assist'
              ? [{ required: true, whitespace: true, message: t('adm.form.legalBasisRequired') }]
              : []
          }
        >
          <Input.TextArea data-testid="cat-item-legal-basis" autoSize={{ minRows: 1, maxRows: 4 }} maxLength={1000} />
        </Form.Item>
        <Row gutter={16}>
          <Col span={12}>
            <Form.Item name="departmentKind" label={t('cat.fields.departmentKind')} extra={t('cat.manage.deptHint')}>
              <Select
                data-testid="cat-item-department"
                allowClear
                showSearch={{ optionFilterProp: 'label' }}
                placeholder={t('cat.communityItself')}
                options={departments
                  .filter((d) => d.active && !d.isBurdenOffice)
                  .map((d) => ({ value: d.kind, label: d.name }))}
              />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="objectKind" label={t('cat.fields.objectKind')} rules={[{ required: true }]}>
              <Select
                data-testid="cat-item-kind"
                options={OBJECT_KINDS.map((k) => ({ value: k, label: labels.objectKind(k) }))}
              />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="frequency" label={t('cat.fields.frequency')} rules={[{ required: true }]}>
              <Select
                data-testid="cat-item-frequency"
                options={FREQUENCIES.map((f) => ({ value: f, label: labels.frequency(f) }))}
              />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="occurrencesPerYear" label={t('cat.fields.occurrencesPerYear')}>
              <InputNumber min={0} max={10000} className="full-width" suffix={t('adm.units.times')} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="standardMinutes" label={t('cat.fields.standardMinutes')}>
              <InputNumber
                data-testid="cat-item-minutes"
                min={0}
                max={100000}
                className="full-width"
                suffix={t('adm.units.minutes')}
              />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="effectiveFrom" label={t('cat.fields.effectiveFrom')}>
              <DatePicker className="full-width" />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="effectiveTo" label={t('cat.fields.effectiveTo')}>
              <DatePicker className="full-width" />
            </Form.Item>
          </Col>
        </Row>
      </Form>
    </Modal>
  );
}
