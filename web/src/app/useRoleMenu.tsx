// The role's menu as antd Menu items, grouped (menu.tsx), and the entry of the current page: shared by
// the desktop sider and the phone's menu drawer.
import { Badge, type MenuProps } from 'antd';
import { Link, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useMe } from '../api/session.js';
import { MENU_GROUPS, activeEntry, labelOf, menuFor, type MenuEntry } from './menu.js';
import { menuBadges, useTodo } from '../components/notifications/useTodo.js';

export function useRoleMenu({ collapsed = false }: { collapsed?: boolean } = {}): {
  items: NonNullable<MenuProps['items']>;
  active: MenuEntry | undefined;
} {
  const { t } = useTranslation();
  const me = useMe();
  const { pathname } = useLocation();
  const entries = menuFor(me.role, me.departmentCode);
  // The count of the role's open work on each entry it concerns (GET /me/todo).
  const badges = menuBadges(useTodo().data);
  const items = MENU_GROUPS.map((group) => ({
    type: 'group' as const,
    key: `group-${group}`,
    // A resident's pages are her own matters, not work.
    label: collapsed ? null : t(`menu.groups.${group === 'workspace' && me.role === 'resident' ? 'mine' : group}`),
    children: entries
      .filter((e) => e.group === group)
      .map((e) => ({
        key: e.key,
        icon: e.icon,
        label: (
          <Link to={e.path} data-testid={`menu-${e.key}`}>
            {t(labelOf(e, me.role))}
            {badges.get(e.key) ? (
              <Badge count={badges.get(e.key)} size="small" className="menu-badge" data-testid={`badge-${e.key}`} />
            ) : null}
          </Link>
        ),
      })),
  })).filter((g) => g.children.length > 0);
  return { items, active: activeEntry(pathname, entries) };
}
