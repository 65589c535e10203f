// Role → org → department, following the role's scope rules (common/src/roles.ts ROLE_SCOPE):
// the org search offers only the levels the role may be bound to, the department select appears
// only for roles that need one, and changing the role or org clears what no longer fits.
import { Form, Select, type FormInstance } from 'antd';
import { useTranslation } from 'react-i18next';
import { levelOfCode } from '#common/orgs.js';
import { ROLES, ROLE_SCOPE, type Role } from '#common/roles.js';
import { useMe } from '../../../api/session.js';
import { OrgSelect } from '../../../components/OrgSelect.js';
import { levelsPhrase } from '../../../i18n/format.js';
import { DepartmentSelect } from './DepartmentSelect.js';

export interface ScopeValues {
  role?: Role;
  orgCode?: string;
  departmentCode?: string | null;
}

type AnyForm = FormInstance<ScopeValues>;

export function RoleField({ form }: { form: AnyForm }) {
  const { t } = useTranslation();
  const onRole = (next: Role) => {
    const code = form.getFieldValue('orgCode') as string | undefined;
    const level = code ? levelOfCode(code) : null;
    const keepOrg = level !== null && ROLE_SCOPE[next].levels.includes(level);
    form.setFieldsValue({ orgCode: keepOrg ? code : undefined, departmentCode: undefined });
  };
  return (
    <Form.Item name="role" label={t('users.role')} rules={[{ required: true, message: t('users.required') }]}>
      <Select<Role>
        data-testid="user-role-select"
        placeholder={t('users.rolePlaceholder')}
        options={ROLES.map((r) => ({ value: r, label: t(`roles.${r}`) }))}
        onChange={onRole}
      />
    </Form.Item>
  );
}

export function OrgDepartmentFields({ form }: { form: AnyForm }) {
  const { t } = useTranslation();
  const me = useMe();
  const role = Form.useWatch('role', form);
  const orgCode = Form.useWatch('orgCode', form);
  const rule = role ? ROLE_SCOPE[role] : undefined;
  return (
    <>
      <Form.Item
        name="orgCode"
        label={t('users.org')}
        rules={[{ required: true, message: t('users.required') }]}
        extra={rule ? t('users.orgHint', { levels: levelsPhrase(t, rule.levels) }) : undefined}
      >
        <OrgSelect
          testId="user-org-select"
          levels={rule?.levels ?? []}
          disabled={!rule}
          within={me.orgCode}
          onChange={() => form.setFieldsValue({ departmentCode: undefined })}
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
