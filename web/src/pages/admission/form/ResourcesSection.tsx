// 随转资源 (费随事转: funds, staff, training, equipment that follow the task) and 考核方式.
import { Alert, Col, Form, Input, InputNumber, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AdmissionListType } from '#common/api/admission.js';
import { FormSection } from './FormSection.js';
import { PurchasedFields } from './PurchasedFields.js';

export function ResourcesSection({ listType }: { listType: AdmissionListType | undefined }) {
  const { t } = useTranslation();
  return (
    <>
      <FormSection id="resources" title={t('adm.form.sections.resources')}>
        <Alert
          type={listType === 'assist' ? 'warning' : 'info'}
          showIcon
          className="section-alert"
          title={listType === 'assist' ? t('adm.form.resourcesAssist') : t('adm.form.resourcesDuty')}
        />
        <Row gutter={16}>
          <Col xs={24} md={8}>
            <Form.Item name="fundsYuan" label={t('adm.resources.funds')}>
              <InputNumber
                data-testid="adm-funds"
                min={0}
                max={1e10}
                step={1000}
                className="full-width"
                suffix={t('adm.units.yuan')}
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={16}>
            <Form.Item name="staff" label={t('adm.resources.staff')}>
              <Input data-testid="adm-staff" maxLength={500} placeholder={t('adm.form.staffPlaceholder')} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="training" label={t('adm.resources.training')}>
              <Input data-testid="adm-training" maxLength={500} placeholder={t('adm.form.trainingPlaceholder')} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="equipment" label={t('adm.resources.equipment')}>
              <Input data-testid="adm-equipment" maxLength={500} placeholder={t('adm.form.equipmentPlaceholder')} />
            </Form.Item>
          </Col>
        </Row>
        <PurchasedFields />
      </FormSection>
      <FormSection id="assessment" title={t('adm.form.sections.assessment')}>
        <Form.Item name="assessment" label={t('adm.fields.assessment')} extra={t('adm.form.assessmentHint')}>
          <Input.TextArea data-testid="adm-assessment" autoSize={{ minRows: 2, maxRows: 5 }} maxLength={2000} />
        </Form.Item>
      </FormSection>
    </>
  );
}
