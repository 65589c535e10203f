// Table types for Kysely. Timestamps are ISO-8601 UTC strings and booleans are 0/1 integers on
// both databases, so that rows look the same on SQLite and PostgreSQL.
import type { Generated, Selectable, Insertable } from 'kysely';

export interface OrgTable {
  code: string;
  name: string;
  full_name: string;
  level: string;
  parent_code: string | null;
  initials: string;
  child_count: Generated<number>;
  /** JSON object: descendant counts per level, e.g. {"district":12,"street":160,"community":1773}. */
  counts: Generated<string>;
  source: string;
  is_demo: Generated<number>;
}

export interface DepartmentTable {
  code: string;
  org_code: string;
  kind: string;
  name: string;
  short_name: string;
  is_burden_office: Generated<number>;
  active: Generated<number>;
  sort: Generated<number>;
}

export interface UserTable {
  id: Generated<number>;
  username: string;
  display_name: string;
  password_hash: string;
  role: string;
  org_code: string;
  department_code: string | null;
  disabled: Generated<number>;
  is_demo: Generated<number>;
  created_at: string;
  updated_at: string;
  last_login_at: string | null;
}

export interface SessionTable {
  id: string;
  user_id: number;
  csrf_token: string;
  created_at: string;
  expires_at: string;
  last_seen_at: string;
}

export interface SettingTable {
  key: string;
  value: string;
  updated_at: string;
}

export interface DB {
  orgs: OrgTable;
  departments: DepartmentTable;
  users: UserTable;
  sessions: SessionTable;
  settings: SettingTable;
}

export type OrgRow = Selectable<OrgTable>;
export type NewOrg = Insertable<OrgTable>;
export type DepartmentRow = Selectable<DepartmentTable>;
export type UserRow = Selectable<UserTable>;
export type SessionRow = Selectable<SessionTable>;
