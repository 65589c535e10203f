// The one place that says which pages exist in the sider, for which roles, in which group.
// Add an entry here (and its route in routes.tsx) when a new page arrives; the sider, the 工作台
// shortcuts and the route guard all read this list.
import type { ReactNode } from 'react';
import type { ParseKeys } from 'i18next';
import { ApartmentOutlined, DashboardOutlined, TeamOutlined } from '@ant-design/icons';
import { ROLES, type Role } from '../../../common/src/roles.js';

export type MenuGroup = 'workspace' | 'basics' | 'system';

export interface MenuEntry {
  key: string;
  path: string;
  labelKey: ParseKeys;
  /** One line for the 工作台 shortcut card; omit to keep the entry out of the shortcuts. */
  descKey?: ParseKeys;
  icon: ReactNode;
  roles: readonly Role[];
  group: MenuGroup;
}

/** Group order in the sider; each group's label is `menu.groups.<group>`. */
export const MENU_GROUPS: readonly MenuGroup[] = ['workspace', 'basics', 'system'];

const EVERYONE = ROLES;

export const MENU: readonly MenuEntry[] = [
  { key: 'home', path: '/', labelKey: 'menu.home', icon: <DashboardOutlined />, roles: EVERYONE, group: 'workspace' },
  {
    key: 'orgs',
    path: '/orgs',
    labelKey: 'menu.orgs',
    descKey: 'menu.orgsDesc',
    icon: <ApartmentOutlined />,
    roles: EVERYONE,
    group: 'basics',
  },
  {
    key: 'users',
    path: '/admin/users',
    labelKey: 'menu.users',
    descKey: 'menu.usersDesc',
    icon: <TeamOutlined />,
    roles: ['admin'],
    group: 'system',
  },
];

export function menuFor(role: Role): MenuEntry[] {
  return MENU.filter((m) => m.roles.includes(role));
}

export function menuEntry(key: string): MenuEntry {
  const entry = MENU.find((m) => m.key === key);
  if (!entry) throw new Error(`no menu entry ${key}`);
  return entry;
}

/** The entry whose path is the longest prefix of the location (so /orgs/3401 selects 行政区划). */
export function activeEntry(pathname: string): MenuEntry | undefined {
  return [...MENU]
    .filter((m) => (m.path === '/' ? pathname === '/' : pathname === m.path || pathname.startsWith(`${m.path}/`)))
    .sort((a, b) => b.path.length - a.path.length)[0];
}
