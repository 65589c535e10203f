// Providers: antd theme and locale (following the language), the session, the router.
import { App as AntApp, ConfigProvider, Spin } from 'antd';
import zhCNLocale from 'antd/locale/zh_CN';
import enUSLocale from 'antd/locale/en_US';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { useTranslation } from 'react-i18next';
import { SessionProvider, useSession } from '../api/session.js';
import { routes } from './routes.js';
import { theme } from './theme.js';

const router = createBrowserRouter(routes);

function Routed() {
  const { ready } = useSession();
  const { t } = useTranslation();
  if (!ready) {
    return (
      <div className="full-page-center">
        <Spin size="large" description={t('app.loading')} />
      </div>
    );
  }
  return <RouterProvider router={router} />;
}

export function App() {
  const { i18n } = useTranslation();
  const locale = i18n.language === 'en' ? enUSLocale : zhCNLocale;
  return (
    <ConfigProvider locale={locale} theme={theme}>
      <AntApp>
        <SessionProvider>
          <Routed />
        </SessionProvider>
      </AntApp>
    </ConfigProvider>
  );
}
