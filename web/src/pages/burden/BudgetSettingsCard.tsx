// The jurisdiction's baseline month, annual cap per community and one in, one out (burden office).
import { useEffect } from 'react';
import { App, Button, Card, DatePicker, Form, InputNumber, Switch } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { burdenApi } from '../../api/burdenEndpoints.js';
import { keys, useApiQuery, useInvalidate } from '../../api/queries.js';
import { ProblemAlert } from '../../components/ProblemAlert.js';
import { isApiError } from '../../api/client.js';

interface Values {
  baselineMonth: Dayjs | null;
  annualCapHours: number | null;
  oneInOneOut: boolean;
}

export function BudgetSettingsCard({ code }: { code: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const invalidate = useInvalidate();
  const settings = useApiQuery({
    queryKey: keys.burden.of('settings', code),
    queryFn: ({ signal }) => burdenApi.settings(code, signal),
  });
  useEffect(() => {
    if (settings.data)
      form.setFieldsValue({
        baselineMonth: settings.data.baselineMonth ? dayjs(settings.data.baselineMonth) : null,
        annualCapHours: settings.data.annualCapHours,
        oneInOneOut: settings.data.oneInOneOut,
      });
  }, [settings.data, form]);
  const save = async (v: Values) => {
    try {
      await burdenApi.setSettings(code, {
        baselineMonth: v.baselineMonth ? v.baselineMonth.format('YYYY-MM') : null,
        annualCapHours: v.annualCapHours ?? null,
        oneInOneOut: v.oneInOneOut,
      });
      void message.success(t('burden.settings.saved'));
      void invalidate(keys.burden);
    } catch (e) {
      if (isApiError(e)) void message.error(e.problem.title);
    }
  };
  return (
    <Card size="small" title={t('burden.settings.title')} className="burden-row" data-testid="burden-settings">
      {settings.error && <ProblemAlert error={settings.error} />}
      <Form form={form} layout="inline" onFinish={(v) => void save(v)}>
        <Form.Item name="baselineMonth" label={t('burden.settings.baseline')}>
          <DatePicker picker="month" />
        </Form.Item>
        <Form.Item name="annualCapHours" label={t('burden.settings.cap')}>
          <InputNumber min={0} max={100000} placeholder={t('burden.settings.capNone')} style={{ width: 140 }} />
        </Form.Item>
        <Form.Item
          name="oneInOneOut"
          label={t('burden.settings.oneInOneOut')}
          valuePropName="checked"
          tooltip={t('burden.settings.oneInOneOutHint')}
        >
          <Switch />
        </Form.Item>
        <Form.Item>
          <Button type="primary" htmlType="submit">
            {t('common.save')}
          </Button>
        </Form.Item>
      </Form>
    </Card>
  );
}
