// Request and reply schemas of the org routes (they also make the OpenAPI document).
import { Type, type Static } from 'typebox';
import { ORG_CODE_PATTERN } from '../orgs.js';
import { ORG_LEVELS } from '../roles.js';
import { PagedOf, PathItem, pageProps } from './schema.js';

// No pattern here: a malformed code is simply not found (404 org_not_found), like an unknown one.
export const OrgCodeParams = Type.Object({ code: Type.String({ maxLength: 20, description: '统计用区划代码' }) });

const Level = Type.Enum(ORG_LEVELS);

export const OrgView = Type.Object({
  code: Type.String(),
  name: Type.String({ description: '显示名称（去掉居委会/村委会后缀）' }),
  fullName: Type.String({ description: '官方全称' }),
  level: Level,
  parentCode: Type.Union([Type.String(), Type.Null()]),
  childCount: Type.Integer(),
  counts: Type.Record(Type.String(), Type.Integer(), { description: '各层级下级单位数量' }),
  isDemo: Type.Boolean(),
});

export const OrgDetail = Type.Intersect([OrgView, Type.Object({ path: Type.Array(PathItem) })]);

export const OrgSearchQuery = Type.Object({
  ...pageProps,
  q: Type.Optional(Type.String({ maxLength: 50, description: '名称、拼音首字母或代码前缀' })),
  within: Type.Optional(Type.String({ pattern: ORG_CODE_PATTERN })),
  level: Type.Optional(Level),
});

export const OrgSearchHit = Type.Intersect([OrgView, Type.Object({ pathNames: Type.Array(Type.String()) })]);
export const OrgSearchPage = PagedOf(OrgSearchHit);
export const OrgPage = PagedOf(OrgView);

export const DepartmentView = Type.Object({
  code: Type.String(),
  orgCode: Type.String(),
  kind: Type.String(),
  name: Type.String(),
  shortName: Type.String(),
  isBurdenOffice: Type.Boolean(),
  active: Type.Boolean(),
});

export const DepartmentCreate = Type.Object({
  kind: Type.String({ pattern: '^[a-z][a-z0-9_]{1,31}$' }),
  shortName: Type.String({ minLength: 2, maxLength: 40 }),
});

export const DepartmentPatch = Type.Object({
  name: Type.Optional(Type.String({ minLength: 2, maxLength: 60 })),
  shortName: Type.Optional(Type.String({ minLength: 2, maxLength: 40 })),
  active: Type.Optional(Type.Boolean()),
});

export const StaffView = Type.Object({
  id: Type.Integer(),
  username: Type.String(),
  displayName: Type.String(),
  role: Type.String(),
  departmentName: Type.Union([Type.String(), Type.Null()]),
  disabled: Type.Boolean(),
});

export const OrgProfile = Type.Object({
  org: OrgDetail,
  departments: Type.Array(DepartmentView),
  staff: Type.Union([Type.Array(StaffView), Type.Null()], { description: '本级账号；无权查看时为 null' }),
  canEditDepartments: Type.Boolean(),
});

export const DepartmentCodeParams = Type.Object({ code: Type.String({ maxLength: 60 }) });

export type OrgView = Static<typeof OrgView>;
export type OrgDetail = Static<typeof OrgDetail>;
export type OrgSearchHit = Static<typeof OrgSearchHit>;
export type OrgSearchQuery = Static<typeof OrgSearchQuery>;
export type Department = Static<typeof DepartmentView>;
export type DepartmentCreate = Static<typeof DepartmentCreate>;
export type DepartmentPatch = Static<typeof DepartmentPatch>;
export type StaffMember = Static<typeof StaffView>;
export type OrgProfile = Static<typeof OrgProfile>;
