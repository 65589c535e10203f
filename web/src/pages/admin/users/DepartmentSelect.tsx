// Departments of the chosen city or district; for reviewers only the 减负办.
import { useEffect } from 'react';
import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { orgsApi } from '../../../api/endpoints.js';
import { keys, useApiQuery } from '../../../api/queries.js';
import { skipToken } from '@tanstack/react-query';

interface Props {
  value?: string | null;
  onChange?: (code: string | undefined) => void;
  orgCode: string | undefined;
  burdenOfficeOnly: boolean;
  status?: '' | 'error' | 'warning';
}

export function DepartmentSelect({ value, onChange, orgCode, burdenOfficeOnly, status }: Props) {
  const { t } = useTranslation();
  const { data, loading } = useApiQuery({
    queryKey: keys.orgs.of('departments', orgCode),
    queryFn: orgCode ? ({ signal }) => orgsApi.departments(orgCode, signal) : skipToken,
  });
  const departments = (data ?? []).filter((d) => d.active && (!burdenOfficeOnly || d.isBurdenOffice));
  // A reviewer's department is the one 减负办 of the org: choose it for them.
  const only = burdenOfficeOnly && departments.length === 1 ? departments[0].code : undefined;
  useEffect(() => {
    if (only && !value) onChange?.(only);
  }, [only, value, onChange]);

  return (
    <Select
      data-testid="user-department-select"
      value={value ?? undefined}
      onChange={onChange}
      status={status}
      loading={loading}
      disabled={!orgCode}
      allowClear
      placeholder={orgCode ? t('users.deptPlaceholder') : t('users.deptPickOrgFirst')}
      showSearch={{ optionFilterProp: 'label' }}
      options={departments.map((d) => ({ value: d.code, label: d.name }))}
    />
  );
}
