// /admissions/new and /admissions/:id/edit — the digital 审批表 with the live pre-check panel beside
// it. Save keeps a draft; submit saves and sends it to the burden-reduction office.
import { useState } from 'react';
import { Alert, App, Button, Card, Col, Form, Row, Space, Spin } from 'antd';
import { SaveOutlined, SendOutlined } from '@ant-design/icons';
import { Link, useLocation, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { isApiError, type FieldProblem } from '../../../api/client.js';
import type { AdmissionDetail, PrecheckResult } from '#common/api/admission.js';
import { admissionsApi } from '../../../api/endpoints.js';
import { useMe } from '../../../api/session.js';
import { PrecheckPanel } from '../../../components/admission/PrecheckPanel.js';
import { useJurisdictionStreets } from '../../../components/admission/useScopeOrgs.js';
import { PageHeader } from '../../../components/PageHeader.js';
import { useLabels } from '../../../i18n/labels.js';
import { BasicSection } from './BasicSection.js';
import { BlockedModal } from './BlockedModal.js';
import { EMPTY_FORM, formFieldOf, toDraft, type FormValues } from './formValues.js';
import { ResourcesSection } from './ResourcesSection.js';
import { ScopeSection } from './ScopeSection.js';
import { TermSection } from './TermSection.js';
import { useLivePrecheck } from './useLivePrecheck.js';
import { WorkloadSection } from './WorkloadSection.js';
import { RetireSection } from '../../burden/RetireSection.js';

interface Props {
  /** The saved application being edited, or undefined for a new one. */
  existing?: AdmissionDetail;
  initial: FormValues;
}

export function AdmissionFormPage({ existing, initial }: Props) {
  const { t } = useTranslation();
  const labels = useLabels();
  const { message } = App.useApp();
  const me = useMe();
  const navigate = useNavigate();
  const location = useLocation();
  const [form] = Form.useForm<FormValues>();
  const [values, setValues] = useState<FormValues>({ ...EMPTY_FORM, ...initial });
  const [busy, setBusy] = useState<'save' | 'submit' | null>(null);
  const [problem, setProblem] = useState<{ title: string; lines: FieldProblem[] } | null>(null);
  const passed = (location.state as { blocked?: PrecheckResult[] } | null)?.blocked;
  const [blocked, setBlocked] = useState<PrecheckResult[] | null>(passed ?? null);
  const streets = useJurisdictionStreets(me.org.code);
  const live = useLivePrecheck(values);

  const list = streets.data?.streets ?? [];
  const communityCount =
    values.scopeType === 'streets'
      ? list.filter((s) => values.streetCodes?.includes(s.code)).reduce((a, s) => a + s.communityCount, 0)
      : values.scopeType === 'communities'
        ? (values.communityCodes?.length ?? 0)
        : (streets.data?.communityTotal ?? 0);
  const returnReason =
    existing?.status === 'returned'
      ? [...existing.events].reverse().find((e) => e.action === 'return' || e.action === 'decline_override')?.reason
      : undefined;

  /** Saves (creates or updates); null when the form or the server refused. */
  const persist = async (): Promise<AdmissionDetail | null> => {
    setProblem(null);
    let v: FormValues;
    try {
      v = await form.validateFields();
    } catch {
      void message.error(t('adm.form.fixFields'));
      return null;
    }
    try {
      const draft = toDraft({ ...values, ...v });
      return existing ? await admissionsApi.update(existing.id, draft) : await admissionsApi.create(draft);
    } catch (err) {
      if (!isApiError(err)) throw err;
      const errors = err.problem.errors ?? [];
      const onForm = errors.filter((e) => formFieldOf(e.field));
      form.setFields(onForm.map((e) => ({ name: formFieldOf(e.field)!, errors: [e.message] })));
      const rest = errors.filter((e) => !formFieldOf(e.field));
      if (err.code !== 'validation_failed' || rest.length) setProblem({ title: err.problem.title, lines: rest });
      else void message.error(t('adm.form.fixFields'));
      return null;
    }
  };

  const save = async () => {
    setBusy('save');
    const saved = await persist();
    setBusy(null);
    if (!saved) return;
    void message.success(t('adm.form.saved'));
    if (!existing) void navigate(`/admissions/${saved.id}/edit`, { replace: true });
  };

  const submit = async () => {
    setBusy('submit');
    const saved = await persist();
    if (!saved) return setBusy(null);
    try {
      await admissionsApi.act(saved.id, { action: 'submit' });
      void message.success(t('adm.form.submitted'));
      void navigate(`/admissions/${saved.id}`);
    } catch (err) {
      if (!isApiError(err)) throw err;
      setBusy(null);
      const checks = (err.problem as { checks?: PrecheckResult[] }).checks;
      if (err.code === 'precheck_blocked' && checks) {
        if (existing) setBlocked(checks);
        else void navigate(`/admissions/${saved.id}/edit`, { replace: true, state: { blocked: checks } });
      } else setProblem({ title: err.problem.title, lines: err.problem.errors ?? [] });
    }
  };

  return (
    <div className="page admission-form-page">
      <PageHeader
        title={existing ? t('adm.form.editTitle') : t('adm.form.newTitle')}
        subtitle={t('adm.form.intro', { dept: me.departmentName ?? me.org.name })}
        extra={existing && <Link to={`/admissions/${existing.id}`}>{t('adm.form.toDetail')}</Link>}
      />
      {returnReason && (
        <Alert
          type="warning"
          showIcon
          className="page-alert"
          title={t('adm.form.returned')}
          description={returnReason}
        />
      )}
      {problem && (
        <Alert
          type="error"
          showIcon
          className="page-alert"
          title={problem.title}
          description={
            problem.lines.map((l) => `${labels.field(l.field)}：${l.message}`).join(t('common.listSeparator')) ||
            undefined
          }
        />
      )}
      <Row gutter={16} align="top">
        <Col xs={24} xl={15}>
          <Card className="admission-form-card">
            <Form<FormValues>
              form={form}
              layout="vertical"
              initialValues={values}
              onValuesChange={(_, all) => setValues((prev) => ({ ...prev, ...all }))}
              data-testid="admission-form"
              scrollToFirstError
            >
              <BasicSection listType={values.listType} />
              <ScopeSection
                jurisdictionName={me.org.name}
                streets={streets.data}
                scopeType={values.scopeType}
                communityCount={communityCount}
                setCodes={(patch) => {
                  form.setFieldsValue(patch);
                  setValues((prev) => ({ ...prev, ...patch }));
                }}
              />
              <WorkloadSection values={values} communityCount={communityCount} />
              <ResourcesSection listType={values.listType} />
              <TermSection start={values.startDate} emergency={Boolean(values.emergency)} />
              {live.data?.checks.some((c) => c.rule === 'budget') && <RetireSection />}
            </Form>
          </Card>
          <div className="form-actions">
            <span className="muted small">{t('adm.form.actionsHint')}</span>
            <Space>
              <Button onClick={() => void navigate(existing ? `/admissions/${existing.id}` : '/admissions')}>
                {t('common.cancel')}
              </Button>
              <Button
                icon={<SaveOutlined />}
                loading={busy === 'save'}
                disabled={busy !== null}
                onClick={() => void save()}
                data-testid="adm-save"
              >
                {t('adm.form.save')}
              </Button>
              <Button
                type="primary"
                icon={<SendOutlined />}
                loading={busy === 'submit'}
                disabled={busy !== null}
                onClick={() => void submit()}
                data-testid="adm-submit"
              >
                {t('adm.form.submit')}
              </Button>
            </Space>
          </div>
        </Col>
        <Col xs={24} xl={9} className="precheck-col">
          <PrecheckPanel checks={live.data?.checks} loading={live.loading} live />
        </Col>
      </Row>
      {blocked && existing && (
        <BlockedModal
          admissionId={existing.id}
          checks={blocked}
          onClose={() => setBlocked(null)}
          onOverrideRequested={() => void navigate(`/admissions/${existing.id}`)}
        />
      )}
    </div>
  );
}

/** Loading wrapper: the page itself needs the saved application first when editing. */
export function FormLoading() {
  return (
    <div className="center-block">
      <Spin size="large" />
    </div>
  );
}
