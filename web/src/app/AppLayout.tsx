// The signed-in shell: demo banner, sider menu, header, the page, footer. On a phone (below md) the
// mobile shell instead: bottom tabs and a drawer (mobile/MobileLayout.tsx).
import { useState } from 'react';
import { Layout } from 'antd';
import { Outlet } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useSession } from '../api/session.js';
import { DemoBanner } from '../components/DemoBanner.js';
import { useIsMobile } from '../components/responsive/useIsMobile.js';
import { HeaderBar } from './HeaderBar.js';
import { MobileLayout } from './mobile/MobileLayout.js';
import { SiderMenu } from './SiderMenu.js';

export function AppLayout() {
  const mobile = useIsMobile();
  return mobile ? <MobileLayout /> : <DesktopLayout />;
}

function DesktopLayout() {
  const { t } = useTranslation();
  const { health } = useSession();
  const [collapsed, setCollapsed] = useState(false);
  return (
    <Layout className="app-root">
      <DemoBanner />
      <Layout hasSider>
        <SiderMenu collapsed={collapsed} onCollapse={setCollapsed} />
        <Layout className="app-main">
          <HeaderBar collapsed={collapsed} onToggle={() => setCollapsed((c) => !c)} />
          <Layout.Content className="app-content">
            <Outlet />
          </Layout.Content>
          <Layout.Footer className="app-footer">{t('app.footer', { version: health?.version ?? '' })}</Layout.Footer>
        </Layout>
      </Layout>
    </Layout>
  );
}
