// The signed-in shell: demo banner, sider menu, header, the page, footer.
import { useState } from 'react';
import { Layout } from 'antd';
import { Outlet } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useSession } from '../api/session.js';
import { DemoBanner } from '../components/DemoBanner.js';
import { HeaderBar } from './HeaderBar.js';
import { SiderMenu } from './SiderMenu.js';

export function AppLayout() {
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
