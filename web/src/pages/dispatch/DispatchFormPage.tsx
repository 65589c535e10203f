// /dispatches/new — sending admitted work to communities: under one of the department's valid
// admission numbers, to communities inside its scope, due before it expires, with instructions that
// do not ask for photo proof and optional attachments (checked in the browser before upload). Past the
// admitted frequency or hours the server refuses (the count per community is shown); nearly the same as
// open work, it warns and the department may still send after confirming.
import { useState } from 'react';
import { Alert, App, DatePicker, Form, Input, type ButtonProps } from 'antd';
import type { TFunction } from 'i18next';
import { SendOutlined } from '@ant-design/icons';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useFieldErrors, type FieldMap } from '../../components/forms/useFieldErrors.js';
import { AdmissionSection, AdmittedWorkForm, ProblemBanner } from '../../components/forms/AdmittedWorkForm.js';
import dayjs, { type Dayjs } from 'dayjs';
import { isApiError, type ApiError } from '../../api/client.js';
import { formatDate } from '../../i18n/format.js';
import { dispatchApi } from '../../api/dispatchEndpoints.js';
import type { DispatchBody, NearDuplicate, QuotaExcess } from '#common/api/dispatch.js';
import { FilePicker } from '../../components/dispatch/FilePicker.js';
import { TargetsFields, type TargetValues } from '../../components/dispatch/TargetsFields.js';
import { useValidAdmissions } from '../../components/dispatch/useValidAdmissions.js';
import { FormSection } from '../admission/form/FormSection.js';

interface Values extends TargetValues {
  admissionId?: number;
  title?: string;
  dueDate?: Dayjs;
  instructions?: string;
  files?: File[];
}

/** Server field → form field, for the 422's field errors. */
const FIELDS: FieldMap<Values> = {
  admissionId: 'admissionId',
  title: 'title',
  dueDate: 'dueDate',
  instructions: 'instructions',
};

/** The 409's count per community (over the admitted frequency or hours), in the user's language. */
function quotaLines(err: ApiError, t: TFunction): string | null {
  const excess = (err.problem as { excess?: QuotaExcess[] }).excess;
  if (!excess?.length) return null;
  const line = (e: QuotaExcess) =>
    e.rule === 'frequency'
      ? t('dispatch.quota.frequency', {
          community: e.community.name,
          count: e.count,
          allowed: e.allowed,
          period: t(`dispatch.quota.now.${e.period ?? 'year'}`),
          each: t(`dispatch.quota.each.${e.period ?? 'year'}`),
        })
      : t('dispatch.quota.hours', { community: e.community.name, used: e.usedHours, allowed: e.allowedHours });
  const shown = excess.slice(0, 3).map(line);
  if (excess.length > 3) shown.push(t('dispatch.quota.more', { n: excess.length - 3 }));
  return shown.join(t('common.listSeparator'));
}

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
  const { message, modal } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const fieldErrors = useFieldErrors(form, FIELDS);
  const [values, setValues] = useState<Values>({ targetType: 'communities' });
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<{ title: string; detail?: string } | null>(null);
  const admissions = useValidAdmissions();
  const chosen = admissions.data?.find((a) => a.id === values.admissionId);
  const today = dayjs().startOf('day');

  const submit = async (v: Values, confirmDuplicate = false) => {
    setBusy(true);
    setProblem(null);
    try {
      const d = await dispatchApi.create({ ...toBody({ ...values, ...v }), confirmDuplicate }, v.files ?? []);
      void message.success(t('dispatch.form.created', { n: d.counts.total }));
      void navigate(`/dispatches/${d.id}`);
    } catch (err) {
      if (!isApiError(err)) throw err;
      setBusy(false);
      const duplicates = (err.problem as { duplicates?: NearDuplicate[] }).duplicates;
      if (err.code === 'dispatch_near_duplicate' && duplicates?.length) {
        // A warning, not a refusal: the department may still send after seeing which work it repeats.
        const d = duplicates[0];
        modal.confirm({
          title: t('dispatch.duplicate.title'),
          content: (
            <span data-testid="duplicate-warning">
              {t('dispatch.duplicate.content', {
                title: d.title,
                date: formatDate(d.createdAt),
                communities: d.communities.map((c) => c.name).join(t('common.listSeparator')),
              })}
            </span>
          ),
          okText: t('dispatch.duplicate.ok'),
          cancelText: t('dispatch.duplicate.cancel'),
          okButtonProps: { 'data-testid': 'duplicate-confirm' } as ButtonProps,
          cancelButtonProps: { 'data-testid': 'duplicate-cancel' } as ButtonProps,
          onOk: () => void submit(v, true),
        });
        return;
      }
      const quota = quotaLines(err, t);
      if (quota) {
        setProblem({ title: err.problem.title, detail: quota });
        return;
      }
      const rest = fieldErrors(err).map((e) => e.message);
      if (err.code !== 'validation_failed' || rest.length)
        setProblem({
          title: err.problem.title,
          detail: [err.problem.detail, ...rest].filter(Boolean).join(t('common.listSeparator')),
        });
    }
  };

  return (
    <AdmittedWorkForm<Values>
      className="dispatch-form-page"
      title={t('dispatch.form.title')}
      subtitle={t('dispatch.form.intro')}
      problem={problem && <ProblemBanner problem={problem} testId="dispatch-problem" />}
      admissions={admissions.data}
      noAdmissionsText={t('dispatch.form.noAdmissions')}
      form={form}
      initialValues={values}
      onValuesChange={(_, all) => setValues((prev) => ({ ...prev, ...all }))}
      onFinish={(v) => void submit(v)}
      formTestId="dispatch-form"
      cancelTo="/dispatches"
      submit={{ label: t('dispatch.form.submit'), testId: 'dispatch-submit', busy, icon: <SendOutlined /> }}
      rules={{
        title: t('dispatch.form.rulesTitle'),
        items: [
          t('dispatch.form.rules.number'),
          t('dispatch.form.rules.scope'),
          t('dispatch.form.rules.due'),
          t('dispatch.form.rules.photo'),
          t('dispatch.form.rules.refuse'),
        ],
      }}
    >
      <AdmissionSection
        title={t('dispatch.fields.admission')}
        admissions={admissions.data}
        loading={admissions.loading}
        chosen={chosen}
        testId="dispatch-admission"
      />
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
    </AdmittedWorkForm>
  );
}
