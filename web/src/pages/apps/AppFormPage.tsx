// /apps/new — a department files an app, mini-program, public account or work group under an app
// admission number: what it is for, the minutes a day it costs a community, until when, the
// prohibited-features self-check, and the communities that must use it.
import { useState } from 'react';
import { App, DatePicker, Form, Input, InputNumber, Radio, Space } from 'antd';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useFieldErrors, type FieldMap } from '../../components/forms/useFieldErrors.js';
import { AdmissionSection, AdmittedWorkForm, ProblemBanner } from '../../components/forms/AdmittedWorkForm.js';
import dayjs, { type Dayjs } from 'dayjs';
import { APP_TYPES, type AppType, type ProhibitedFeature } from '#common/dispatch.js';
import { isApiError } from '../../api/client.js';
import { appsApi } from '../../api/dispatchEndpoints.js';
import { TargetsFields, type TargetValues } from '../../components/dispatch/TargetsFields.js';
import { useValidAdmissions } from '../../components/dispatch/useValidAdmissions.js';
import { useLabels } from '../../i18n/labels.js';
import { FormSection } from '../admission/form/FormSection.js';
import { FeatureChecklist } from './FeatureChecklist.js';

interface Values extends TargetValues {
  admissionId?: number;
  name?: string;
  type?: AppType;
  purpose?: string;
  minutesPerDay?: number;
  expiryDate?: Dayjs;
  features?: ProhibitedFeature[];
}

/** Server field → form field, for the 422's field errors. */
const FIELDS: FieldMap<Values> = {
  name: 'name',
  expiryDate: 'expiryDate',
  minutesPerDay: 'minutesPerDay',
};

export function AppFormPage() {
  const { t } = useTranslation();
  const labels = useLabels();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const fieldErrors = useFieldErrors(form, FIELDS);
  const [values, setValues] = useState<Values>({ type: 'mini_program', targetType: 'all', features: [] });
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<{ title: string; detail?: string } | null>(null);
  const admissions = useValidAdmissions('app');
  const chosen = admissions.data?.find((a) => a.id === values.admissionId);

  const submit = async (v: Values) => {
    setBusy(true);
    setProblem(null);
    const all = { ...values, ...v };
    const type = all.targetType ?? 'all';
    try {
      const app = await appsApi.register({
        name: (all.name ?? '').trim(),
        type: all.type ?? 'app',
        admissionId: all.admissionId ?? 0,
        purpose: all.purpose?.trim() || undefined,
        minutesPerDay: all.minutesPerDay ?? 0,
        expiryDate: all.expiryDate?.format('YYYY-MM-DD') ?? '',
        features: all.features ?? [],
        targets: {
          type,
          codes:
            type === 'streets' ? (all.streetCodes ?? []) : type === 'communities' ? (all.communityCodes ?? []) : [],
        },
      });
      void message.success(t('apps.form.created', { n: app.communityCount }));
      void navigate('/apps');
    } catch (err) {
      if (!isApiError(err)) throw err;
      setBusy(false);
      fieldErrors(err);
      if (err.code !== 'validation_failed') {
        const ticked =
          err.code === 'prohibited_features'
            ? (all.features ?? []).map((f) => labels.feature(f)).join(t('common.enumSeparator'))
            : undefined;
        setProblem({ title: err.problem.title, detail: ticked ?? err.problem.detail });
        window.scrollTo({ top: 0, behavior: 'smooth' });
      }
    }
  };

  return (
    <AdmittedWorkForm<Values>
      title={t('apps.form.title')}
      subtitle={t('apps.form.intro')}
      problem={problem && <ProblemBanner problem={problem} testId="app-problem" />}
      admissions={admissions.data}
      noAdmissionsText={t('apps.form.noAdmissions')}
      form={form}
      initialValues={values}
      onValuesChange={(changed: Values, all) => {
        const a = changed.admissionId && admissions.data?.find((x) => x.id === changed.admissionId);
        if (a && !all.expiryDate) form.setFieldsValue({ expiryDate: dayjs(a.expiryDate) });
        setValues((prev) => ({ ...prev, ...form.getFieldsValue(true) }));
      }}
      onFinish={(v) => void submit(v)}
      formTestId="app-form"
      cancelTo="/apps"
      submit={{ label: t('apps.form.submit'), testId: 'app-submit', busy }}
      rules={{
        title: t('apps.form.rulesTitle'),
        items: [
          t('apps.form.rules.number'),
          t('apps.form.rules.features'),
          t('apps.form.rules.zombie'),
          t('apps.form.rules.group'),
        ],
      }}
    >
      <AdmissionSection
        title={t('apps.form.admission')}
        admissions={admissions.data}
        loading={admissions.loading}
        chosen={chosen}
        testId="app-admission"
      />
      <FormSection id="what" title={t('apps.form.basics')}>
        <Form.Item
          name="name"
          label={t('apps.form.name')}
          rules={[{ required: true, whitespace: true, message: t('apps.form.nameRequired') }]}
        >
          <Input data-testid="app-name" maxLength={60} showCount placeholder={t('apps.form.namePlaceholder')} />
        </Form.Item>
        <Form.Item name="type" label={t('apps.form.type')} rules={[{ required: true }]}>
          <Radio.Group optionType="button" buttonStyle="solid">
            {APP_TYPES.map((ty) => (
              <Radio.Button key={ty} value={ty}>
                <span data-testid={`app-type-${ty}`}>{labels.appType(ty)}</span>
              </Radio.Button>
            ))}
          </Radio.Group>
        </Form.Item>
        <Form.Item name="purpose" label={t('apps.form.purpose')}>
          <Input.TextArea
            data-testid="app-purpose"
            autoSize={{ minRows: 2, maxRows: 6 }}
            maxLength={1000}
            placeholder={t('apps.form.purposePlaceholder')}
          />
        </Form.Item>
        <Space size={16} wrap>
          <Form.Item
            name="minutesPerDay"
            label={t('apps.form.minutes')}
            rules={[{ required: true, message: t('apps.form.minutesRequired') }]}
          >
            <InputNumber
              data-testid="app-minutes"
              min={0}
              max={600}
              suffix={t('apps.form.minutesUnit')}
              className="amount-field"
            />
          </Form.Item>
          <Form.Item
            name="expiryDate"
            label={t('apps.form.expiry')}
            rules={[{ required: true, message: t('apps.form.expiryRequired') }]}
          >
            <DatePicker
              data-testid="app-expiry"
              className="date-field"
              disabledDate={(d) =>
                d.isBefore(dayjs(), 'day') || Boolean(chosen && d.format('YYYY-MM-DD') > chosen.expiryDate)
              }
            />
          </Form.Item>
        </Space>
      </FormSection>
      <FormSection id="features" title={t('apps.form.features')}>
        <div className="muted feature-hint">{t('apps.form.featuresHint')}</div>
        <Form.Item name="features">
          <FeatureChecklist />
        </Form.Item>
      </FormSection>
      <FormSection id="targets" title={t('apps.form.targets')}>
        {chosen ? (
          <TargetsFields
            admission={chosen}
            values={values}
            testPrefix="app"
            typeLabel={t('apps.form.targets')}
            countText={(n) => t('apps.form.countLine', { n })}
          />
        ) : (
          <div className="muted">{t('dispatch.form.pickAdmissionFirst')}</div>
        )}
      </FormSection>
    </AdmittedWorkForm>
  );
}
