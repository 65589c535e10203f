// Section of the application form shown where the jurisdiction has a burden budget: the admitted
// items of the department this application retires (one in, one out; over the cap).
import { Form, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { admissionsApi } from '../../api/endpoints.js';
import { keys, useApiQuery } from '../../api/queries.js';
import { formatAmount } from '../../i18n/format.js';
import { FormSection } from '../admission/form/FormSection.js';

export function RetireSection() {
  const { t } = useTranslation();
  const own = useApiQuery({
    queryKey: keys.admissions.of('list', 'approved'),
    queryFn: ({ signal }) => admissionsApi.list({ status: ['approved'], pageSize: 100 }, signal),
  });
  return (
    <FormSection id="retires" title={t('burden.retire.title')}>
      <Form.Item name="retires" label={t('burden.retire.label')} extra={t('burden.retire.hint')}>
        <Select
          mode="multiple"
          allowClear
          loading={own.loading}
          placeholder={t('burden.retire.placeholder')}
          data-testid="admission-retires"
          options={(own.data?.items ?? []).map((a) => ({
            value: a.id,
            label: `${a.title}（${a.number}，${t('burden.retire.hours', { n: formatAmount(a.burden.hoursPerCommunityYear) })}）`,
          }))}
        />
      </Form.Item>
    </FormSection>
  );
}
