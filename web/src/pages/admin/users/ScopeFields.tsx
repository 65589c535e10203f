// Role → org → department, following the role's scope rules (common/src/roles.ts ROLE_SCOPE):
// the org search offers only the levels the role may be bound to, the department select appears
// only for roles that need one, and changing the role or org clears what no longer fits.
import { useState } from 'react';
import { Form, Select, type FormInstance } from 'antd';
import { useTranslation } from 'react-i18next';
import { ROLES, ROLE_SCOPE, type Role } from '../../../../../common/src/roles.js';
import { useMe } from '../../../api/session.js';
import { OrgSelect, type OrgChoice } from '../../../components/OrgSelect.js';
import { levelsPhrase } from '../../../i18n/format.js';
import { DepartmentSelect } from './DepartmentSelect.js';

export interface ScopeValues {
  role?: Role;
  orgCode?: string;
  departmentCode?: string | null;
}

export function ScopeFields<T extends ScopeValues>({
  form,
  initialOrg,
}: {
  form: FormInstance<T>;
  initialOrg?: OrgChoice;
}) {
  const { t } = useTranslation();
  const me = useMe();
  const role = Form.useWatch('role', form) as Role | undefined;
  const orgCode = Form.useWatch('orgCode', form) as string | undefined;
  const [org, setOrg] = useState<OrgChoice | undefined>(initialOrg);
  const rule = role ? ROLE_SCOPE[role] : undefined;
  const setScope = (values: ScopeValues) =>
    form.setFieldsValue(values as Parameters<FormInstance<T>['setFieldsValue']>[0]);

  const onRole = (next: Role) => {
    const nextRule = ROLE_SCOPE[next];
    const keepOrg = org && nextRule.levels.includes(org.level);
    setScope({ orgCode: keepOrg ? org.code : undefined, departmentCode: undefined });
    if (!keepOrg) setOrg(undefined);
  };

  return (
    <>
      <Form.Item name="role" label={t('users.role')} rules={[{ required: true, message: t('users.required') }]}>
        <Select<Role>
          data-testid="user-role-select"
          placeholder={t('users.rolePlaceholder')}
          options={ROLES.map((r) => ({ value: r, label: t(`roles.${r}`) }))}
          onChange={onRole}
        />
      </Form.Item>
      <Form.Item
        name="orgCode"
        label={t('users.org')}
        rules={[{ required: true, message: t('users.required') }]}
        extra={rule ? t('users.orgHint', { levels: levelsPhrase(t, rule.levels) }) : undefined}
      >
        <OrgSelect
          key={role ?? 'none'}
          testId="user-org-select"
          levels={rule?.levels ?? []}
          disabled={!rule}
          within={me.orgCode}
          initial={org}
          onChange={(_, choice) => {
            setOrg(choice);
            setScope({ departmentCode: undefined });
          }}
        />
      </Form.Item>
      {rule && rule.department !== 'none' && (
        <Form.Item
          name="departmentCode"
          label={t('users.department')}
          rules={[{ required: true, message: t('users.required') }]}
          extra={rule.department === 'burden_office' ? t('users.deptBurdenOnly') : undefined}
        >
          <DepartmentSelect orgCode={orgCode} burdenOfficeOnly={rule.department === 'burden_office'} />
        </Form.Item>
      )}
    </>
  );
}
