// /dispatches/new — sending admitted work to communities: under one of the department's valid
// admission numbers, to communities inside its scope, due before it expires, with instructions that
// do not ask for photo proof and optional attachments (checked in the browser before upload).
import { useState } from 'react';
import { Alert, App, Button, Card, Col, DatePicker, Form, Input, Row, Space } from 'antd';
import { SendOutlined } from '@ant-design/icons';
import { Link, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import dayjs, { type Dayjs } from 'dayjs';
import { isApiError } from '../../api/client.js';
import { dispatchApi } from '../../api/dispatchEndpoints.js';
import type { DispatchBody } from '../../api/dispatchTypes.js';
import { AdmissionPicker, AdmissionSummary } from '../../components/dispatch/AdmissionPicker.js';
import { FilePicker } from '../../components/dispatch/FilePicker.js';
import { TargetsFields, type TargetValues } from '../../components/dispatch/TargetsFields.js';
import { useValidAdmissions } from '../../components/dispatch/useValidAdmissions.js';
import { PageHeader } from '../../components/PageHeader.js';
import { FormSection } from '../admission/form/FormSection.js';

interface Values extends TargetValues {
  admissionId?: number;
  title?: string;
  dueDate?: Dayjs;
  instructions?: string;
  files?: File[];
}

const FIELD_OF: Record<string, keyof Values> = {
  admissionId: 'admissionId',
  title: 'title',
  dueDate: 'dueDate',
  instructions: 'instructions',
};

function toBody(v: Values): DispatchBody {
  const type = v.targetType ?? 'all';
  return {
    admissionId: v.admissionId ?? 0,
    title: (v.title ?? '').trim(),
    instructions: v.instructions?.trim() || undefined,
    dueDate: v.dueDate?.format('YYYY-MM-DD') ?? '',
    targets: {
      type,
      codes: type === 'streets' ? (v.streetCodes ?? []) : type === 'communities' ? (v.communityCodes ?? []) : [],
    },
  };
}

export function DispatchFormPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const [values, setValues] = useState<Values>({ targetType: 'communities' });
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<{ title: string; detail?: string } | null>(null);
  const admissions = useValidAdmissions();
  const chosen = admissions.data?.find((a) => a.id === values.admissionId);
  const today = dayjs().startOf('day');

  const submit = async (v: Values) => {
    setBusy(true);
    setProblem(null);
    try {
      const d = await dispatchApi.create(toBody({ ...values, ...v }), v.files ?? []);
      void message.success(t('dispatch.form.created', { n: d.counts.total }));
      void navigate(`/dispatches/${d.id}`);
    } catch (err) {
      if (!isApiError(err)) throw err;
      setBusy(false);
      const errors = err.problem.errors ?? [];
      form.setFields(
        errors.filter((e) => FIELD_OF[e.field]).map((e) => ({ name: FIELD_OF[e.field], errors: [e.message] })),
      );
      const rest = errors.filter((e) => !FIELD_OF[e.field]).map((e) => e.message);
      if (err.code !== 'validation_failed' || rest.length)
        setProblem({
          title: err.problem.title,
          detail: [err.problem.detail, ...rest].filter(Boolean).join(t('common.listSeparator')),
        });
    }
  };

  return (
    <div className="page dispatch-form-page">
      <PageHeader title={t('dispatch.form.title')} subtitle={t('dispatch.form.intro')} />
      {problem && (
        <Alert
          type="error"
          showIcon
          className="page-alert"
          title={problem.title}
          description={problem.detail || undefined}
          data-testid="dispatch-problem"
        />
      )}
      {admissions.data?.length === 0 && (
        <Alert
          type="warning"
          showIcon
          className="page-alert"
          title={t('dispatch.form.noAdmissions')}
          action={<Link to="/admissions/new">{t('dispatch.form.applyLink')}</Link>}
        />
      )}
      <Row gutter={16} align="top">
        <Col xs={24} xl={16}>
          <Card>
            <Form<Values>
              form={form}
              layout="vertical"
              initialValues={values}
              onValuesChange={(_, all) => setValues((prev) => ({ ...prev, ...all }))}
              onFinish={(v) => void submit(v)}
              data-testid="dispatch-form"
              scrollToFirstError
            >
              <FormSection id="admission" title={t('dispatch.fields.admission')}>
                <Form.Item
                  name="admissionId"
                  rules={[{ required: true, message: t('dispatch.form.admissionPlaceholder') }]}
                >
                  <AdmissionPicker
                    admissions={admissions.data}
                    loading={admissions.loading}
                    testId="dispatch-admission"
                  />
                </Form.Item>
                {chosen && <AdmissionSummary a={chosen} />}
              </FormSection>
              <FormSection id="work" title={t('dispatch.fields.instructions')}>
                <Form.Item
                  name="title"
                  label={t('dispatch.fields.title')}
                  rules={[{ required: true, whitespace: true, message: t('dispatch.form.titleRequired') }]}
                >
                  <Input
                    data-testid="dispatch-title"
                    maxLength={100}
                    showCount
                    placeholder={t('dispatch.form.titlePlaceholder')}
                  />
                </Form.Item>
                <Form.Item
                  name="dueDate"
                  label={t('dispatch.fields.due')}
                  rules={[{ required: true, message: t('dispatch.form.dueRequired') }]}
                  extra={chosen && t('dispatch.form.dueHint', { expiry: chosen.expiryDate })}
                >
                  <DatePicker
                    data-testid="dispatch-due"
                    className="date-field"
                    disabledDate={(d) =>
                      d.isBefore(today, 'day') || Boolean(chosen && d.format('YYYY-MM-DD') > chosen.expiryDate)
                    }
                  />
                </Form.Item>
                <Form.Item name="instructions" label={t('dispatch.fields.instructions')}>
                  <Input.TextArea
                    data-testid="dispatch-instructions"
                    autoSize={{ minRows: 4, maxRows: 12 }}
                    maxLength={5000}
                    showCount
                    placeholder={t('dispatch.form.instructionsPlaceholder')}
                  />
                </Form.Item>
                <Alert
                  type="warning"
                  showIcon
                  className="section-alert"
                  data-testid="photo-rule"
                  title={t('dispatch.form.photoRule')}
                />
                <Form.Item name="files" label={t('dispatch.fields.files')}>
                  <FilePicker testId="dispatch-files" />
                </Form.Item>
              </FormSection>
              <FormSection id="targets" title={t('dispatch.fields.targets')}>
                {chosen ? (
                  <TargetsFields admission={chosen} values={values} testPrefix="dispatch" />
                ) : (
                  <div className="muted">{t('dispatch.form.pickAdmissionFirst')}</div>
                )}
              </FormSection>
            </Form>
          </Card>
          <div className="form-actions">
            <span />
            <Space>
              <Button onClick={() => void navigate('/dispatches')}>{t('common.cancel')}</Button>
              <Button
                type="primary"
                icon={<SendOutlined />}
                loading={busy}
                onClick={() => form.submit()}
                data-testid="dispatch-submit"
              >
                {t('dispatch.form.submit')}
              </Button>
            </Space>
          </div>
        </Col>
        <Col xs={24} xl={8}>
          <Card size="small" title={t('dispatch.form.rulesTitle')} className="rules-card">
            <ul className="rules-list">
              <li>{t('dispatch.form.rules.number')}</li>
              <li>{t('dispatch.form.rules.scope')}</li>
              <li>{t('dispatch.form.rules.due')}</li>
              <li>{t('dispatch.form.rules.photo')}</li>
              <li>{t('dispatch.form.rules.refuse')}</li>
            </ul>
          </Card>
        </Col>
      </Row>
    </div>
  );
}
