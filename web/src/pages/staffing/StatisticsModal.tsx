// 录入官方统计: a data steward enters a community's official residents and households with their source
// and date, for a community the data hub has no population for (the staffing table then says so).
import { useState } from 'react';
import { App, Form, Input, InputNumber } from 'antd';
import { useTranslation } from 'react-i18next';
import type { OfficialStatisticsBody } from '#common/api/staffing.js';
import { staffingApi } from '../../api/staffingEndpoints.js';
import { isApiError } from '../../api/client.js';
import { keys, useApiMutation } from '../../api/queries.js';
import { FormModal } from '../../components/forms/FormModal.js';
import { problemLine, useFieldErrors } from '../../components/forms/useFieldErrors.js';

const FIELDS = ['residents', 'households', 'source', 'asOf'] as const;

export function StatisticsModal({
  code,
  name,
  initial,
  onClose,
}: {
  code: string;
  name: string;
  initial?: Partial<OfficialStatisticsBody>;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<OfficialStatisticsBody>();
  const showErrors = useFieldErrors(form, FIELDS);
  const [error, setError] = useState<string | null>(null);
  const save = useApiMutation((b: OfficialStatisticsBody) => staffingApi.setStatistics(code, b), [keys.staffing]);
  const submit = async (v: OfficialStatisticsBody) => {
    setError(null);
    try {
      const r = await save.mutateAsync({ ...v, source: v.source.trim() });
      void message.success(r.inUse ? t('staffing.statistics.saved') : t('staffing.statistics.notInUse'));
      onClose();
    } catch (e) {
      if (isApiError(e)) {
        const rest = showErrors(e);
        if (rest.length || !e.problem.errors?.length) setError(problemLine(e, '；'));
      }
    }
  };
  return (
    <FormModal<OfficialStatisticsBody>
      form={form}
      title={t('staffing.statistics.title', { name })}
      hint={t('staffing.statistics.intro')}
      okText={t('staffing.statistics.save')}
      okTestId="statistics-save"
      formTestId="statistics-form"
      error={error}
      busy={save.isPending}
      initialValues={initial}
      onClose={onClose}
      onFinish={(v) => void submit(v)}
    >
      <Form.Item name="residents" label={t('staffing.statistics.residents')} rules={[{ required: true }]}>
        <InputNumber min={1} precision={0} style={{ width: '100%' }} data-testid="statistics-residents" />
      </Form.Item>
      <Form.Item name="households" label={t('staffing.statistics.households')} rules={[{ required: true }]}>
        <InputNumber min={1} precision={0} style={{ width: '100%' }} data-testid="statistics-households" />
      </Form.Item>
      <Form.Item name="source" label={t('staffing.statistics.source')} rules={[{ required: true, whitespace: true }]}>
        <Input
          maxLength={100}
          placeholder={t('staffing.statistics.sourcePlaceholder')}
          data-testid="statistics-source"
        />
      </Form.Item>
      <Form.Item name="asOf" label={t('staffing.statistics.asOf')} rules={[{ required: true }]}>
        <Input type="date" data-testid="statistics-as-of" />
      </Form.Item>
    </FormModal>
  );
}
