// The sider: product mark and the role's menu, grouped, from menu.tsx.
import { Layout, Menu, type MenuProps } from 'antd';
import { Link, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useMe } from '../api/session.js';
import { Brand } from '../components/Brand.js';
import { MENU_GROUPS, activeEntry, menuFor } from './menu.js';

export function SiderMenu({ collapsed, onCollapse }: { collapsed: boolean; onCollapse: (c: boolean) => void }) {
  const { t } = useTranslation();
  const me = useMe();
  const { pathname } = useLocation();
  const entries = menuFor(me.role);
  const items: MenuProps['items'] = MENU_GROUPS.map((group) => ({
    type: 'group' as const,
    key: `group-${group}`,
    label: collapsed ? null : t(`menu.groups.${group}`),
    children: entries
      .filter((e) => e.group === group)
      .map((e) => ({
        key: e.key,
        icon: e.icon,
        label: (
          <Link to={e.path} data-testid={`menu-${e.key}`}>
            {t(e.labelKey)}
          </Link>
        ),
      })),
  })).filter((g) => g.children.length > 0);
  const active = activeEntry(pathname, entries);
  return (
    <Layout.Sider
      className="app-sider"
      width={224}
      collapsible
      trigger={null}
      collapsed={collapsed}
      onCollapse={onCollapse}
      breakpoint="lg"
      theme="dark"
    >
      <Link to="/" className="app-sider-brand">
        <Brand compact={collapsed} light />
      </Link>
      <Menu
        theme="dark"
        mode="inline"
        items={items}
        selectedKeys={active ? [active.key] : []}
        data-testid="sider-menu"
      />
    </Layout.Sider>
  );
}
