// /inspections/new — a department enters an inspection into the plan under an inspection admission
// number: topic, dates, the hours each community spends hosting it, the communities, and the records
// it relies on. Over a cap, the server names each community and cap; they are shown as a table.
import { useState } from 'react';
import { App, DatePicker, Form, Input, InputNumber, Space } from 'antd';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useFieldErrors, type FieldMap } from '../../components/forms/useFieldErrors.js';
import { AdmissionSection, AdmittedWorkForm, ProblemBanner } from '../../components/forms/AdmittedWorkForm.js';
import dayjs, { type Dayjs } from 'dayjs';
import { isApiError } from '../../api/client.js';
import { inspectionsApi } from '../../api/dispatchEndpoints.js';
import type { CapBreach } from '#common/api/inspections.js';
import { TargetsFields } from '../../components/dispatch/TargetsFields.js';
import { useValidAdmissions } from '../../components/dispatch/useValidAdmissions.js';
import { FormSection } from '../admission/form/FormSection.js';
import { CapBreachAlert } from './CapBreachAlert.js';

interface Values {
  admissionId?: number;
  topic?: string;
  startDate?: Dayjs;
  endDate?: Dayjs;
  hoursPerCommunity?: number;
  communityCodes?: string[];
  recordsRef?: string;
}

/** Server field → form field, for the 422's field errors. */
const FIELDS: FieldMap<Values> = {
  topic: 'topic',
  startDate: 'startDate',
  endDate: 'endDate',
  communities: 'communityCodes',
  hoursPerCommunity: 'hoursPerCommunity',
};

type Problem = { title: string; detail?: string; breaches?: CapBreach[] };

export function InspectionFormPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const fieldErrors = useFieldErrors(form, FIELDS);
  const [values, setValues] = useState<Values>({});
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);
  const admissions = useValidAdmissions('inspection');
  const chosen = admissions.data?.find((a) => a.id === values.admissionId);

  const submit = async (v: Values) => {
    setBusy(true);
    setProblem(null);
    try {
      const start = v.startDate!.format('YYYY-MM-DD');
      await inspectionsApi.create({
        admissionId: v.admissionId!,
        topic: v.topic!.trim(),
        startDate: start,
        endDate: (v.endDate ?? v.startDate)!.format('YYYY-MM-DD'),
        hoursPerCommunity: v.hoursPerCommunity ?? 0,
        communities: v.communityCodes ?? [],
        recordsRef: v.recordsRef?.trim() || undefined,
      });
      void message.success(t('insp.form.created', { year: start.slice(0, 4) }));
      void navigate(`/inspections?year=${start.slice(0, 4)}`);
    } catch (err) {
      if (!isApiError(err)) throw err;
      setBusy(false);
      fieldErrors(err);
      const breaches = (err.problem as { breaches?: CapBreach[] }).breaches;
      if (err.code === 'inspection_cap_exceeded')
        setProblem({ title: t('insp.form.breachTitle'), breaches: breaches ?? [] });
      else if (err.code !== 'validation_failed') setProblem({ title: err.problem.title, detail: err.problem.detail });
      window.scrollTo({ top: 0, behavior: 'smooth' });
    }
  };

  return (
    <AdmittedWorkForm<Values>
      title={t('insp.form.title')}
      subtitle={t('insp.form.intro')}
      problem={
        problem?.breaches ? (
          <CapBreachAlert title={problem.title} breaches={problem.breaches} />
        ) : (
          problem && <ProblemBanner problem={problem} testId="inspection-problem" />
        )
      }
      admissions={admissions.data}
      noAdmissionsText={t('insp.form.noAdmissions')}
      form={form}
      onValuesChange={(_, all) => setValues(all)}
      onFinish={(v) => void submit(v)}
      formTestId="inspection-form"
      cancelTo="/inspections"
      submit={{ label: t('insp.form.submit'), testId: 'inspection-submit', busy }}
      rules={{
        title: t('insp.form.rulesTitle'),
        items: [
          t('insp.form.rules.code'),
          t('insp.form.rules.cap'),
          t('insp.form.rules.merge'),
          t('insp.form.rules.records'),
        ],
      }}
    >
      <AdmissionSection
        title={t('insp.form.admission')}
        admissions={admissions.data}
        loading={admissions.loading}
        chosen={chosen}
        testId="inspection-admission"
        allowFuture
      />
      <FormSection id="what" title={t('insp.form.topic')}>
        <Form.Item
          name="topic"
          label={t('insp.form.topic')}
          rules={[{ required: true, whitespace: true, message: t('insp.form.topicRequired') }]}
        >
          <Input
            data-testid="inspection-topic"
            maxLength={100}
            showCount
            placeholder={t('insp.form.topicPlaceholder')}
          />
        </Form.Item>
        <Space size={16} wrap>
          <Form.Item
            name="startDate"
            label={t('insp.form.start')}
            rules={[{ required: true, message: t('insp.form.dateRequired') }]}
          >
            <DatePicker
              data-testid="inspection-start"
              className="date-field"
              disabledDate={(d) => d.isBefore(dayjs(), 'day')}
            />
          </Form.Item>
          <Form.Item
            name="endDate"
            label={t('insp.form.end')}
            rules={[{ required: true, message: t('insp.form.dateRequired') }]}
          >
            <DatePicker
              data-testid="inspection-end"
              className="date-field"
              disabledDate={(d) =>
                d.isBefore(values.startDate ?? dayjs(), 'day') ||
                Boolean(chosen && d.format('YYYY-MM-DD') > chosen.expiryDate)
              }
            />
          </Form.Item>
          <Form.Item
            name="hoursPerCommunity"
            label={t('insp.form.hours')}
            rules={[{ required: true, message: t('insp.form.hoursRequired') }]}
          >
            <InputNumber
              data-testid="inspection-hours"
              min={0}
              max={200}
              step={0.5}
              suffix={t('insp.form.hoursUnit')}
              className="amount-field"
            />
          </Form.Item>
        </Space>
        <Form.Item name="recordsRef" label={t('insp.form.recordsRef')} extra={t('insp.form.recordsHint')}>
          <Input data-testid="inspection-records" maxLength={500} placeholder={t('insp.form.recordsPlaceholder')} />
        </Form.Item>
      </FormSection>
      <FormSection id="communities" title={t('insp.form.communities')}>
        {chosen ? (
          <TargetsFields
            admission={chosen}
            values={{ targetType: 'communities', communityCodes: values.communityCodes }}
            testPrefix="inspection"
            communitiesOnly
            countText={(n) => t('insp.form.countLine', { n })}
          />
        ) : (
          <div className="muted">{t('dispatch.form.pickAdmissionFirst')}</div>
        )}
      </FormSection>
    </AdmittedWorkForm>
  );
}
