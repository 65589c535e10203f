// The page frame of work filed under an admission number (派单 /dispatches/new, 检查 /inspections/new,
// 应用 /apps/new): header, the problem of the last try, a warning when the department holds no valid
// number, the form in a card with its cancel and submit buttons, and the rules beside it. Also the
// form's first section, the admission number with its summary.
import type { ReactNode } from 'react';
import { Alert, Button, Card, Col, Form, Row, Space, type FormInstance } from 'antd';
import { Link, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { FormSection } from '../../pages/admission/form/FormSection.js';
import { PageHeader } from '../PageHeader.js';
import { AdmissionPicker, AdmissionSummary } from '../dispatch/AdmissionPicker.js';
import type { ValidAdmission } from '../dispatch/useValidAdmissions.js';

/** A problem shown above the form: a title and what the server said besides. */
export interface FormProblem {
  title: string;
  detail?: string;
}

export function ProblemBanner({ problem, testId }: { problem: FormProblem; testId: string }) {
  return (
    <Alert
      type="error"
      showIcon
      className="page-alert"
      title={problem.title}
      description={problem.detail || undefined}
      data-testid={testId}
    />
  );
}

interface Props<V> {
  className?: string;
  title: string;
  subtitle: string;
  /** The problem of the last try (a ProblemBanner, or a richer alert). */
  problem: ReactNode;
  /** The department's valid admissions (undefined while loading). */
  admissions: readonly ValidAdmission[] | undefined;
  noAdmissionsText: string;
  form: FormInstance<V>;
  initialValues?: Partial<V>;
  onValuesChange: (changed: Partial<V>, all: V) => void;
  onFinish: (values: V) => void;
  formTestId: string;
  /** Where 取消 goes. */
  cancelTo: string;
  submit: { label: string; testId: string; busy: boolean; icon?: ReactNode };
  rules: { title: string; items: readonly string[] };
  children: ReactNode;
}

export function AdmittedWorkForm<V>(p: Props<V>) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <div className={`page ${p.className ?? ''}`}>
      <PageHeader title={p.title} subtitle={p.subtitle} />
      {p.problem}
      {p.admissions?.length === 0 && (
        <Alert
          type="warning"
          showIcon
          className="page-alert"
          title={p.noAdmissionsText}
          action={<Link to="/admissions/new">{t('dispatch.form.applyLink')}</Link>}
        />
      )}
      <Row gutter={16} align="top">
        <Col xs={24} xl={16}>
          <Card>
            <Form<V>
              form={p.form}
              layout="vertical"
              initialValues={p.initialValues}
              onValuesChange={p.onValuesChange}
              onFinish={p.onFinish}
              data-testid={p.formTestId}
              scrollToFirstError
            >
              {p.children}
            </Form>
          </Card>
          <div className="form-actions">
            <span />
            <Space>
              <Button onClick={() => void navigate(p.cancelTo)}>{t('common.cancel')}</Button>
              <Button
                type="primary"
                icon={p.submit.icon}
                loading={p.submit.busy}
                onClick={() => p.form.submit()}
                data-testid={p.submit.testId}
              >
                {p.submit.label}
              </Button>
            </Space>
          </div>
        </Col>
        <Col xs={24} xl={8}>
          <Card size="small" title={p.rules.title} className="rules-card">
            <ul className="rules-list">
              {p.rules.items.map((r) => (
                <li key={r}>{r}</li>
              ))}
            </ul>
          </Card>
        </Col>
      </Row>
    </div>
  );
}

/** The first section: which admission number the work is filed under, and its summary. */
export function AdmissionSection({
  title,
  admissions,
  loading,
  chosen,
  testId,
  allowFuture = false,
}: {
  title: string;
  admissions: ValidAdmission[] | undefined;
  loading: boolean;
  chosen: ValidAdmission | undefined;
  testId: string;
  /** Numbers whose term has not started yet may be picked (an inspection planned ahead). */
  allowFuture?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <FormSection id="admission" title={title}>
      <Form.Item name="admissionId" rules={[{ required: true, message: t('dispatch.form.admissionPlaceholder') }]}>
        <AdmissionPicker admissions={admissions} loading={loading} testId={testId} allowFuture={allowFuture} />
      </Form.Item>
      {chosen && <AdmissionSummary a={chosen} />}
    </FormSection>
  );
}
