// 工作台 card: the signed-in account.
import { Card, Descriptions } from 'antd';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../api/session.js';
import { formatDateTime } from '../../i18n/format.js';

export function AccountCard() {
  const { t } = useTranslation();
  const me = useMe();
  return (
    <Card title={t('home.account')} className="home-card" data-testid="home-account">
      <Descriptions
        column={1}
        size="small"
        items={[
          { key: 'username', label: t('home.username'), children: me.username },
          { key: 'role', label: t('home.role'), children: t(`roles.${me.role}`) },
          { key: 'org', label: t('home.org'), children: me.org.name },
          ...(me.departmentName ? [{ key: 'dept', label: t('home.department'), children: me.departmentName }] : []),
          { key: 'last', label: t('home.lastLogin'), children: formatDateTime(me.lastLoginAt) || t('common.never') },
        ]}
      />
    </Card>
  );
}
