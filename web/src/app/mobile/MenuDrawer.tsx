// 我的 on the phone: the account, the whole menu of the role (what the tab bar has no room for),
// the language switch and logging out — a drawer from the right.
import { Avatar, Button, Drawer, Menu } from 'antd';
import { LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useMe, useSession } from '../../api/session.js';
import { LanguageSwitch } from '../../components/LanguageSwitch.js';
import { useRoleMenu } from '../useRoleMenu.js';

export function MenuDrawer({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const me = useMe();
  const { logout } = useSession();
  const navigate = useNavigate();
  const { items, active } = useRoleMenu();
  return (
    <Drawer
      open={open}
      onClose={onClose}
      placement="right"
      size="85%"
      title={t('mobile.drawer.title')}
      className="m-drawer"
      data-testid="mobile-drawer"
      closable={{ 'aria-label': t('mobile.drawer.close') }}
    >
      <div className="m-drawer-account" data-testid="mobile-account">
        <Avatar size={44} icon={<UserOutlined />} className="user-avatar" />
        <div className="m-drawer-account-text">
          <div className="user-menu-name">{me.displayName}</div>
          <div className="muted small">
            {me.username} · {t(`roles.${me.role}`)}
          </div>
          <div className="muted small">{[...me.org.path.map((p) => p.name), me.org.name].join(' / ')}</div>
        </div>
      </div>
      <Menu
        mode="inline"
        items={items}
        selectedKeys={active ? [active.key] : []}
        onClick={onClose}
        className="m-drawer-menu"
        data-testid="drawer-menu"
      />
      <div className="m-drawer-actions">
        <LanguageSwitch type="default" />
        <Button
          danger
          icon={<LogoutOutlined />}
          data-testid="logout"
          onClick={() => void logout().then(() => navigate('/login', { replace: true }))}
        >
          {t('header.logout')}
        </Button>
      </div>
    </Drawer>
  );
}
