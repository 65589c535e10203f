// antd's providers (theme, locale following the language, the App context for messages and modals)
// around every page but the login page, which is plain so that it loads light. Loaded with the first
// such page (routes.tsx).
import { useMemo, type ReactNode } from 'react';
import { App as AntApp, ConfigProvider } from 'antd';
import zhCNLocale from 'antd/locale/zh_CN';
import enUSLocale from 'antd/locale/en_US';
import { Outlet } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ErrorPage } from '../pages/errors/ErrorPage.js';
import { theme } from './theme.js';
import { useReducedMotion } from './motion.js';

export function AntdProviders({ children }: { children: ReactNode }) {
  const { i18n } = useTranslation();
  const locale = i18n.language === 'en' ? enUSLocale : zhCNLocale;
  const still = useReducedMotion();
  const themed = useMemo(() => (still ? { ...theme, token: { ...theme.token, motion: false } } : theme), [still]);
  return (
    // No space inserted between two Chinese characters of a button ("会签", not "会 签"). A tap beside a
    // dialog (its mask) does not close it: what was typed in a form is never lost to a stray touch.
    <ConfigProvider
      locale={locale}
      theme={themed}
      wave={{ disabled: still }}
      button={{ autoInsertSpace: false }}
      modal={{ mask: { closable: false } }}
    >
      <AntApp>{children}</AntApp>
    </ConfigProvider>
  );
}

/** The layout route of everything antd draws. */
export function AntdRoot() {
  return (
    <AntdProviders>
      <Outlet />
    </AntdProviders>
  );
}

/** The error page where no AntdRoot is above it (the login route). */
export function AntdErrorPage() {
  return (
    <AntdProviders>
      <ErrorPage />
    </AntdProviders>
  );
}
