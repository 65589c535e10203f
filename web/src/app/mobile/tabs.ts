// The phone's bottom tab bar: the role's main entries (each one a menu entry, so the tab and the route
// guard agree), then 我的, which opens the drawer with the account and the rest of the menu.
import type { ParseKeys } from 'i18next';
import type { Role } from '#common/roles.js';
import { menuFor, type MenuEntry } from '../menu.js';

export interface MobileTab {
  entry: MenuEntry;
  labelKey: ParseKeys;
}

const TABS: Partial<Record<Role, readonly (readonly [string, ParseKeys])[]>> = {
  community_worker: [
    ['inbox', 'mobile.tabs.todo'],
    ['register', 'mobile.tabs.register'],
    ['subjects', 'mobile.tabs.residents'],
    ['forms', 'mobile.tabs.ledgers'],
  ],
  // The resident's home is where she does things (更正申请, 核验准入编号 …): 办事.
  resident: [
    ['myData', 'mobile.tabs.myData'],
    ['accessLog', 'mobile.tabs.accessLog'],
    ['home', 'mobile.tabs.services'],
  ],
};

/** The tabs of a role (before 我的); roles without their own list get the home and their first entries. */
export function tabsFor(role: Role): MobileTab[] {
  const entries = menuFor(role);
  const own = TABS[role];
  if (own) {
    return own.flatMap(([key, labelKey]) => {
      const entry = entries.find((e) => e.key === key);
      return entry ? [{ entry, labelKey }] : [];
    });
  }
  return entries
    .filter((e) => e.group === 'workspace')
    .slice(0, 4)
    .map((entry) => ({ entry, labelKey: entry.key === 'home' ? 'mobile.tabs.home' : entry.labelKey }));
}
