// A role as a coloured tag with its Chinese (or English) name.
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { isRole } from '../../../common/src/roles.js';

const COLORS: Record<string, string> = {
  community_worker: 'green',
  street_officer: 'cyan',
  department_officer: 'blue',
  reviewer: 'purple',
  data_steward: 'geekblue',
  admin: 'volcano',
  resident: 'default',
};

export function RoleTag({ role }: { role: string }) {
  const { t } = useTranslation();
  return <Tag color={COLORS[role] ?? 'default'}>{isRole(role) ? t(`roles.${role}`) : role}</Tag>;
}
