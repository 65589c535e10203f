// Shapes of the API replies the web uses (mirrors server/src/modules/*/schema.ts).
import type { OrgLevel, Role } from '../../../common/src/roles.js';

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

export interface Health {
  status: 'ok';
  database: 'sqlite' | 'postgres';
  databaseVersion: string;
  version: string;
  demo: boolean;
}

export interface PathItem {
  code: string;
  name: string;
}

export interface OrgView {
  code: string;
  name: string;
  fullName: string;
  level: OrgLevel;
  parentCode: string | null;
  childCount: number;
  counts: Partial<Record<OrgLevel, number>>;
  isDemo: boolean;
}

export interface OrgSearchHit extends OrgView {
  pathNames: string[];
}

export interface OrgDetail extends OrgView {
  path: PathItem[];
}

export interface Department {
  code: string;
  orgCode: string;
  kind: string;
  name: string;
  shortName: string;
  isBurdenOffice: boolean;
  active: boolean;
}

export interface StaffMember {
  id: number;
  username: string;
  displayName: string;
  role: string;
  departmentName: string | null;
  disabled: boolean;
}

export interface OrgProfile {
  org: OrgDetail;
  departments: Department[];
  staff: StaffMember[] | null;
  canEditDepartments: boolean;
}

export interface UserView {
  id: number;
  username: string;
  displayName: string;
  role: Role;
  orgCode: string;
  orgName: string | null;
  departmentCode: string | null;
  departmentName: string | null;
  disabled: boolean;
  isDemo: boolean;
  createdAt: string;
  lastLoginAt: string | null;
}

export interface Me extends UserView {
  org: { code: string; name: string; level: OrgLevel; path: PathItem[] };
  csrfToken: string;
}

export interface UserCreateBody {
  username: string;
  displayName: string;
  password: string;
  role: Role;
  orgCode: string;
  departmentCode?: string | null;
}

export interface UserPatchBody {
  displayName?: string;
  role?: Role;
  orgCode?: string;
  departmentCode?: string | null;
  disabled?: boolean;
}

export interface UserQuery {
  q?: string;
  role?: Role;
  within?: string;
  disabled?: boolean;
  page?: number;
  pageSize?: number;
}
