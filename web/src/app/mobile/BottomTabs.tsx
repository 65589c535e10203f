// The bottom tab bar of the phone layout: the role's main entries and 我的 (the drawer).
import { UserOutlined } from '@ant-design/icons';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { MenuEntry } from '../menu.js';
import type { MobileTab } from './tabs.js';

export function BottomTabs({
  tabs,
  active,
  meOpen,
  onMe,
}: {
  tabs: MobileTab[];
  active: MenuEntry | undefined;
  meOpen: boolean;
  onMe: () => void;
}) {
  const { t } = useTranslation();
  return (
    <nav className="m-tabs" aria-label={t('mobile.drawer.menu')} data-testid="mobile-tabs">
      {tabs.map(({ entry, labelKey }) => (
        <Link
          key={entry.key}
          to={entry.path}
          data-testid={`tab-${entry.key}`}
          className={`m-tab ${!meOpen && active?.key === entry.key ? 'm-tab-active' : ''}`}
          aria-current={active?.key === entry.key ? 'page' : undefined}
        >
          <span className="m-tab-icon">{entry.icon}</span>
          <span className="m-tab-label">{t(labelKey)}</span>
        </Link>
      ))}
      <button type="button" data-testid="tab-me" className={`m-tab ${meOpen ? 'm-tab-active' : ''}`} onClick={onMe}>
        <span className="m-tab-icon">
          <UserOutlined />
        </span>
        <span className="m-tab-label">{t('mobile.tabs.me')}</span>
      </button>
    </nav>
  );
}
