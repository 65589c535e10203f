// 期限 and 紧急事项: start (≥ 30 working days after submission on the official calendar, unless an
// emergency with a reason) and expiry (at most 36 months after the start).
import { Alert, Col, DatePicker, Form, Input, Row, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Dayjs } from 'dayjs';
import { LEAD_WORKING_DAYS, MAX_EXPIRY_MONTHS } from '#common/admission.js';
import { calendarApi } from '../../../api/endpoints.js';
import { keys, useApiQuery } from '../../../api/queries.js';
import { FormSection } from './FormSection.js';

interface Props {
  start: Dayjs | null | undefined;
  emergency: boolean;
}

export function TermSection({ start, emergency }: Props) {
  const { t } = useTranslation();
  const earliest = useApiQuery({
    queryKey: keys.calendar.of('addWorkingDays'),
    queryFn: ({ signal }) => calendarApi.addWorkingDays(undefined, LEAD_WORKING_DAYS, signal),
  });
  const latestExpiry = start ? start.add(MAX_EXPIRY_MONTHS, 'month') : null;
  const assumed = earliest.data?.assumedYears ?? [];
  return (
    <>
      <FormSection id="term" title={t('adm.form.sections.term')}>
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item
              name="startDate"
              label={t('adm.fields.startDate')}
              rules={[{ required: true, message: t('adm.form.required') }]}
              extra={
                earliest.data?.date
                  ? t('adm.form.earliestStart', { days: LEAD_WORKING_DAYS, date: earliest.data.date })
                  : undefined
              }
            >
              <DatePicker data-testid="adm-start" className="full-width" format="YYYY-MM-DD" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              name="expiryDate"
              label={t('adm.fields.expiryDate')}
              rules={[{ required: true, message: t('adm.form.required') }]}
              extra={
                latestExpiry
                  ? t('adm.form.latestExpiry', { months: MAX_EXPIRY_MONTHS, date: latestExpiry.format('YYYY-MM-DD') })
                  : t('adm.form.expiryHint', { months: MAX_EXPIRY_MONTHS })
              }
            >
              <DatePicker
                data-testid="adm-expiry"
                className="full-width"
                format="YYYY-MM-DD"
                disabledDate={(d) =>
                  Boolean(start && (d.isBefore(start, 'day') || (latestExpiry && d.isAfter(latestExpiry, 'day'))))
                }
              />
            </Form.Item>
          </Col>
        </Row>
        {assumed.length > 0 && (
          <Alert
            type="warning"
            showIcon
            className="section-alert"
            data-testid="adm-calendar-assumed"
            title={t('adm.form.assumedYears', { years: assumed.join(t('common.enumSeparator')) })}
          />
        )}
      </FormSection>
      <FormSection id="emergency" title={t('adm.form.sections.emergency')}>
        <Form.Item
          name="emergency"
          label={t('adm.fields.emergency')}
          valuePropName="checked"
          extra={t('adm.form.emergencyHint')}
        >
          <Switch data-testid="adm-emergency" />
        </Form.Item>
        {emergency && (
          <Form.Item
            name="emergencyReason"
            label={t('adm.fields.emergencyReason')}
            rules={[{ required: true, message: t('adm.form.emergencyReasonRequired') }]}
          >
            <Input.TextArea data-testid="adm-emergency-reason" autoSize={{ minRows: 2, maxRows: 5 }} maxLength={1000} />
          </Form.Item>
        )}
      </FormSection>
    </>
  );
}
