// The worker's entry in the register: which department, when, through which channel, what it asked
// for, how long it takes, and whether to stay anonymous towards the department.
import { useState } from 'react';
import { DatePicker, Form, Input, InputNumber, Radio, Select, Space, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../components/forms/FormModal.js';
import { useFieldErrors, type FieldMap } from '../../components/forms/useFieldErrors.js';
import dayjs, { type Dayjs } from 'dayjs';
import { CHANNELS, type Channel } from '#common/dispatch.js';
import { isApiError } from '../../api/client.js';
import { informalApi } from '../../api/dispatchEndpoints.js';
import type { Demand } from '#common/api/dispatch.js';
import { useMe } from '../../api/session.js';
import { useLabels } from '../../i18n/labels.js';
import { useDepartmentsAbove } from './useDepartments.js';

/** What the worker picks when she cannot name who asked (the server counts it as the district's 其他单位). */
const OTHER = 'other';

interface Values {
  departmentCode: string;
  sourceNote?: string;
  occurredOn: Dayjs;
  channel: Channel;
  content: string;
  amount: number;
  unit: 'minutes' | 'hours';
  anonymous: boolean;
}

/** Server field → form field, for the 422's field errors. */
const FIELDS: FieldMap<Values> = {
  departmentCode: 'departmentCode',
  sourceNote: 'sourceNote',
  occurredOn: 'occurredOn',
  content: 'content',
  estimatedMinutes: 'amount',
};

export function DemandFormModal({ onClose, onDone }: { onClose: () => void; onDone: (d: Demand) => void }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const me = useMe();
  const [form] = Form.useForm<Values>();
  const fieldErrors = useFieldErrors(form, FIELDS);
  const anonymous = Form.useWatch('anonymous', form) ?? false;
  const other = Form.useWatch('departmentCode', form) === OTHER;
  const departments = useDepartmentsAbove(me.org.code);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const run = async (v: Values) => {
    setBusy(true);
    setError(null);
    try {
      onDone(
        await informalApi.record({
          departmentCode: v.departmentCode,
          sourceNote: v.sourceNote?.trim() || undefined,
          occurredOn: v.occurredOn.format('YYYY-MM-DD'),
          channel: v.channel,
          content: v.content.trim(),
          estimatedMinutes: Math.round(v.unit === 'hours' ? v.amount * 60 : v.amount),
          anonymous: v.anonymous,
        }),
      );
    } catch (err) {
      if (!isApiError(err)) throw err;
      setBusy(false);
      const errors = err.problem.errors ?? [];
      fieldErrors(err);
      if (!errors.length) setError(err.problem.title);
    }
  };

  const groups = departments.data;
  return (
    <FormModal<Values>
      form={form}
      title={t('register.form.title')}
      okText={t('register.form.submit')}
      okTestId="demand-submit"
      error={error}
      busy={busy}
      width={640}
      initialValues={{ occurredOn: dayjs(), unit: 'minutes', anonymous: false }}
      formTestId="demand-form"
      onClose={onClose}
      onFinish={(v) => void run(v)}
    >
      <Form.Item
        name="departmentCode"
        label={t('register.form.department')}
        rules={[{ required: true, message: t('register.form.departmentRequired') }]}
      >
        <Select
          data-testid="demand-department"
          loading={departments.loading}
          placeholder={t('register.form.departmentPlaceholder')}
          showSearch={{ optionFilterProp: 'label' }}
          options={
            groups
              ? [
                  {
                    label: t('register.form.street'),
                    options: groups.street.map((d) => ({ value: d.code, label: d.name })),
                  },
                  {
                    label: t('register.form.district'),
                    options: groups.district.map((d) => ({ value: d.code, label: d.name })),
                  },
                  {
                    label: t('register.form.city'),
                    options: groups.city.map((d) => ({ value: d.code, label: d.name })),
                  },
                  {
                    label: t('register.form.otherGroup'),
                    options: [{ value: OTHER, label: t('register.form.other') }],
                  },
                ]
              : []
          }
        />
      </Form.Item>
      <Form.Item
        name="sourceNote"
        label={t('register.form.sourceNote')}
        extra={other ? undefined : t('register.form.sourceNoteOptional')}
        rules={[{ required: other, whitespace: true, message: t('register.form.sourceNoteRequired') }]}
      >
        <Input
          data-testid="demand-source-note"
          maxLength={200}
          placeholder={t('register.form.sourceNotePlaceholder')}
        />
      </Form.Item>
      <Form.Item
        name="occurredOn"
        label={t('register.form.date')}
        rules={[{ required: true, message: t('register.form.dateRequired') }]}
      >
        <DatePicker data-testid="demand-date" className="date-field" disabledDate={(d) => d.isAfter(dayjs(), 'day')} />
      </Form.Item>
      <Form.Item
        name="channel"
        label={t('register.form.channel')}
        rules={[{ required: true, message: t('register.form.channelRequired') }]}
      >
        <Radio.Group optionType="button" buttonStyle="solid" className="channel-group">
          {CHANNELS.map((c) => (
            <Radio.Button key={c} value={c}>
              <span data-testid={`demand-channel-${c}`}>{labels.channel(c)}</span>
            </Radio.Button>
          ))}
        </Radio.Group>
      </Form.Item>
      <Form.Item
        name="content"
        label={t('register.form.content')}
        rules={[{ required: true, whitespace: true, message: t('register.form.contentRequired') }]}
      >
        <Input.TextArea
          data-testid="demand-content"
          autoSize={{ minRows: 3, maxRows: 8 }}
          maxLength={2000}
          showCount
          placeholder={t('register.form.contentPlaceholder')}
        />
      </Form.Item>
      <Form.Item label={t('register.form.time')} required>
        <Space.Compact>
          <Form.Item name="amount" noStyle rules={[{ required: true, message: t('register.form.timeRequired') }]}>
            <InputNumber data-testid="demand-minutes" min={0} max={100000} step={10} className="amount-field" />
          </Form.Item>
          <Form.Item name="unit" noStyle>
            <Select
              data-testid="demand-unit"
              className="unit-field"
              options={[
                { value: 'minutes', label: t('register.form.minutes') },
                { value: 'hours', label: t('register.form.hours') },
              ]}
            />
          </Form.Item>
        </Space.Compact>
      </Form.Item>
      <Form.Item label={t('register.form.anonymous')}>
        <div className="anonymous-row">
          <Form.Item name="anonymous" valuePropName="checked" noStyle>
            <Switch data-testid="demand-anonymous" />
          </Form.Item>
          <span className={anonymous ? 'anonymous-hint' : 'muted'}>
            {anonymous ? t('register.form.anonymousOn') : t('register.form.anonymousOff')}
          </span>
        </div>
      </Form.Item>
    </FormModal>
  );
}
