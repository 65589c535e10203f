// The signed-in shell on a phone (below antd's md): a slim header, the page, a bottom tab bar with the
// role's main entries, and 我的 — a drawer with the account and the rest of the menu. No sider.
import { useState } from 'react';
import { Avatar } from 'antd';
import { UserOutlined } from '@ant-design/icons';
import { Link, Outlet, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useMe, useSession } from '../../api/session.js';
import { Brand } from '../../components/Brand.js';
import { DemoBanner } from '../../components/DemoBanner.js';
import { NotificationBell } from '../../components/notifications/NotificationBell.js';
import { useRoleMenu } from '../useRoleMenu.js';
import { BottomTabs } from './BottomTabs.js';
import { MenuDrawer } from './MenuDrawer.js';
import { tabsFor } from './tabs.js';

export function MobileLayout() {
  const { t } = useTranslation();
  const me = useMe();
  const { health } = useSession();
  const { pathname } = useLocation();
  const { active } = useRoleMenu();
  // The drawer belongs to the page it was opened on: going anywhere closes it.
  const [drawerOn, setDrawerOn] = useState<string | null>(null);
  const drawer = drawerOn === pathname;
  const setDrawer = (open: boolean) => setDrawerOn(open ? pathname : null);
  return (
    <div className="m-root">
      <DemoBanner />
      <header className="m-header">
        <Link to="/" className="m-header-brand">
          <Brand />
        </Link>
        <div className="m-header-bell">
          <NotificationBell />
        </div>
        <button
          type="button"
          className="m-header-user"
          data-testid="user-menu"
          aria-label={t('mobile.drawer.open')}
          onClick={() => setDrawer(true)}
        >
          <span className="m-header-user-text">
            <span className="m-header-user-name">{me.displayName}</span>
            <span className="m-header-user-org">{me.departmentName ?? me.orgName ?? me.org.name}</span>
          </span>
          <Avatar size={32} icon={<UserOutlined />} className="user-avatar" />
        </button>
      </header>
      <main className="m-content">
        <Outlet />
      </main>
      <footer className="app-footer">{t('app.footer', { version: health?.version ?? '' })}</footer>
      <BottomTabs tabs={tabsFor(me.role)} active={active} meOpen={drawer} onMe={() => setDrawer(true)} />
      <MenuDrawer open={drawer} onClose={() => setDrawer(false)} />
    </div>
  );
}
