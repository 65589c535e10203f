// The header: where you are (org), language switch, and the user menu with logout.
import { Avatar, Button, Dropdown, Layout, Space, Typography, type MenuProps } from 'antd';
import { LogoutOutlined, MenuFoldOutlined, MenuUnfoldOutlined, UserOutlined } from '@ant-design/icons';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useMe, useSession } from '../api/session.js';
import { LanguageSwitch } from '../components/LanguageSwitch.js';
import { NotificationBell } from '../components/notifications/NotificationBell.js';

export function HeaderBar({ collapsed, onToggle }: { collapsed: boolean; onToggle: () => void }) {
  const { t } = useTranslation();
  const me = useMe();
  const { logout } = useSession();
  const navigate = useNavigate();
  const orgLine = me.departmentName ?? me.orgName ?? me.org.name;

  const items: MenuProps['items'] = [
    {
      key: 'account',
      disabled: true,
      label: (
        <div className="user-menu-card">
          <div className="user-menu-name">{me.displayName}</div>
          <div className="muted small">
            {me.username} · {t(`roles.${me.role}`)}
          </div>
          <div className="muted small">{[...me.org.path.map((p) => p.name), me.org.name].join(' / ')}</div>
        </div>
      ),
    },
    { type: 'divider' },
    {
      key: 'logout',
      icon: <LogoutOutlined />,
      danger: true,
      label: <span data-testid="logout">{t('header.logout')}</span>,
    },
  ];

  const onClick: MenuProps['onClick'] = ({ key }) => {
    if (key === 'logout') void logout().then(() => navigate('/login', { replace: true }));
  };

  return (
    <Layout.Header className="app-header">
      <Button
        type="text"
        icon={collapsed ? <MenuUnfoldOutlined /> : <MenuFoldOutlined />}
        onClick={onToggle}
        aria-label={collapsed ? t('header.expand') : t('header.collapse')}
      />
      <div className="app-header-spacer" />
      <Space size={8}>
        <LanguageSwitch />
        <NotificationBell />
        <Dropdown menu={{ items, onClick }} placement="bottomRight" trigger={['click']}>
          <button type="button" className="user-trigger" data-testid="user-menu">
            <Avatar size={32} icon={<UserOutlined />} className="user-avatar" />
            <span className="user-trigger-text">
              <Typography.Text strong className="user-trigger-name">
                {me.displayName}
              </Typography.Text>
              <span className="user-trigger-meta">
                {t(`roles.${me.role}`)} · {orgLine}
              </span>
            </span>
          </button>
        </Dropdown>
      </Space>
    </Layout.Header>
  );
}
