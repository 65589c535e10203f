// A role as a coloured tag with its Chinese (or English) name.
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { isRole } from '#common/roles.js';
import { ROLE_COLORS } from './roleColors.js';

export function RoleTag({ role }: { role: string }) {
  const { t } = useTranslation();
  return <Tag color={ROLE_COLORS[role] ?? 'default'}>{isRole(role) ? t(`roles.${role}`) : role}</Tag>;
}
