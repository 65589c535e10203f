// 基本信息: name, kind, nature (履职 or 协助), what the community is asked to do, and the legal basis
// (required for assistance items).
import { Col, Form, Input, Radio, Row, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { OBJECT_KINDS } from '#common/admission.js';
import type { AdmissionListType } from '#common/api/admission.js';
import { useLabels } from '../../../i18n/labels.js';
import { FormSection } from './FormSection.js';

export function BasicSection({ listType }: { listType: AdmissionListType | undefined }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const required = { required: true, message: t('adm.form.required') };
  return (
    <FormSection id="basic" title={t('adm.form.sections.basic')}>
      <Form.Item
        name="title"
        label={t('adm.fields.title')}
        rules={[required, { max: 100 }]}
        extra={t('adm.form.titleHint')}
      >
        <Input data-testid="adm-title" maxLength={100} showCount placeholder={t('adm.form.titlePlaceholder')} />
      </Form.Item>
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item name="kind" label={t('adm.fields.kind')} rules={[required]}>
            <Select
              data-testid="adm-kind"
              placeholder={t('adm.form.kindPlaceholder')}
              options={OBJECT_KINDS.map((k) => ({ value: k, label: labels.objectKind(k) }))}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="listType" label={t('adm.fields.listType')} rules={[required]}>
            <Radio.Group data-testid="adm-list-type" optionType="button" buttonStyle="solid">
              <Radio.Button value="assist">
                <span data-testid="adm-list-type-assist">{labels.listType('assist')}</span>
              </Radio.Button>
              <Radio.Button value="duty">
                <span data-testid="adm-list-type-duty">{labels.listType('duty')}</span>
              </Radio.Button>
            </Radio.Group>
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="description" label={t('adm.fields.description')} extra={t('adm.form.descriptionHint')}>
        <Input.TextArea data-testid="adm-description" autoSize={{ minRows: 3, maxRows: 8 }} maxLength={5000} />
      </Form.Item>
      <Form.Item
        name="legalBasis"
        label={t('adm.fields.legalBasis')}
        rules={listType === 'assist' ? [{ required: true, message: t('adm.form.legalBasisRequired') }] : []}
        extra={listType === 'assist' ? t('adm.form.legalBasisHintAssist') : t('adm.form.legalBasisHintDuty')}
      >
        <Input.TextArea data-testid="adm-legal-basis" autoSize={{ minRows: 2, maxRows: 5 }} maxLength={2000} />
      </Form.Item>
    </FormSection>
  );
}
