// The one place that says which pages exist in the sider, for which roles, in which group.
// Add an entry here (and its route in routes.tsx) when a new page arrives; the sider, the 工作台
// shortcuts and the route guard all read this list.
import type { ReactNode } from 'react';
import type { ParseKeys } from 'i18next';
import {
  AlertOutlined,
  ApartmentOutlined,
  AuditOutlined,
  CalendarOutlined,
  CloudUploadOutlined,
  DatabaseOutlined,
  HomeOutlined,
  TableOutlined,
  CommentOutlined,
  DashboardOutlined,
  FileProtectOutlined,
  FlagOutlined,
  FormOutlined,
  InboxOutlined,
  LineChartOutlined,
  MobileOutlined,
  ScheduleOutlined,
  OrderedListOutlined,
  SafetyCertificateOutlined,
  ToolOutlined,
  SendOutlined,
  SolutionOutlined,
  StopOutlined,
  TeamOutlined,
  // 个人信息保护
  EyeOutlined,
  FileSearchOutlined,
  IdcardOutlined,
  KeyOutlined,
  EditOutlined,
} from '@ant-design/icons';
import { ROLES, type Role } from '#common/roles.js';

export type MenuGroup = 'workspace' | 'basics' | 'public' | 'system';

export interface MenuEntry {
  key: string;
  path: string;
  labelKey: ParseKeys;
  /** A role's own name for the entry (the resident's home is 首页, not 工作台). */
  roleLabelKeys?: Partial<Record<Role, ParseKeys>>;
  /** One line for the 工作台 shortcut card; omit to keep the entry out of the shortcuts. */
  descKey?: ParseKeys;
  /** A role-specific line where the page serves roles differently (the worker records, the office reviews). */
  roleDescKeys?: Partial<Record<Role, ParseKeys>>;
  icon: ReactNode;
  roles: readonly Role[];
  group: MenuGroup;
  /** Pages outside `path` that belong to the entry (an application opened from the review queue). */
  otherPaths?: readonly string[];
  /** For department officers: only departments of these kinds see the entry (the server checks too). */
  departmentKinds?: readonly string[];
}

/** Group order in the sider; each group's label is `menu.groups.<group>`. */
export const MENU_GROUPS: readonly MenuGroup[] = ['workspace', 'basics', 'public', 'system'];

const EVERYONE = ROLES;
/** Everyone who works in the system: a resident gets her own home and menu, not the staff shell. */
const STAFF = ROLES.filter((r) => r !== 'resident');

export const MENU: readonly MenuEntry[] = [
  {
    key: 'home',
    path: '/',
    labelKey: 'menu.home',
    roleLabelKeys: { resident: 'mobile.tabs.home' },
    icon: <DashboardOutlined />,
    roles: EVERYONE,
    group: 'workspace',
  },
  {
    key: 'admissions',
    path: '/admissions',
    labelKey: 'menu.admissions',
    descKey: 'menu.admissionsDesc',
    icon: <FileProtectOutlined />,
    roles: ['department_officer'],
    group: 'workspace',
  },
  {
    key: 'dispatch',
    path: '/dispatches',
    labelKey: 'menu.dispatch',
    descKey: 'menu.dispatchDesc',
    icon: <SendOutlined />,
    roles: ['department_officer'],
    group: 'workspace',
  },
  {
    key: 'inbox',
    path: '/inbox',
    labelKey: 'menu.inbox',
    descKey: 'menu.inboxDesc',
    icon: <InboxOutlined />,
    roles: ['community_worker'],
    group: 'workspace',
  },
  {
    key: 'orgInbox',
    path: '/org-inbox',
    labelKey: 'menu.orgInbox',
    descKey: 'menu.orgInboxDesc',
    icon: <InboxOutlined />,
    roles: ['social_org'],
    group: 'workspace',
  },
  {
    key: 'review',
    path: '/review',
    labelKey: 'menu.review',
    descKey: 'menu.reviewDesc',
    icon: <AuditOutlined />,
    roles: ['reviewer'],
    group: 'workspace',
    otherPaths: ['/admissions'],
  },
  {
    key: 'catalogueManage',
    path: '/catalogue/manage',
    labelKey: 'menu.catalogueManage',
    descKey: 'menu.catalogueManageDesc',
    icon: <OrderedListOutlined />,
    roles: ['reviewer'],
    group: 'workspace',
  },
  {
    key: 'communities',
    path: '/communities',
    labelKey: 'menu.communities',
    descKey: 'menu.communitiesDesc',
    icon: <InboxOutlined />,
    roles: ['street_officer', 'reviewer'],
    group: 'workspace',
  },
  {
    key: 'refusals',
    path: '/refusals',
    labelKey: 'menu.refusals',
    descKey: 'menu.refusalsDesc',
    icon: <StopOutlined />,
    roles: ['reviewer'],
    group: 'workspace',
    otherPaths: ['/dispatches'],
  },
  {
    key: 'certificateRequests',
    path: '/certificates/requests',
    labelKey: 'menu.certificateRequests',
    descKey: 'menu.certificateRequestsDesc',
    icon: <IdcardOutlined />,
    roles: ['community_worker'],
    group: 'workspace',
  },
  {
    key: 'myCertificates',
    path: '/me/certificates',
    labelKey: 'menu.myCertificates',
    descKey: 'menu.myCertificatesDesc',
    icon: <IdcardOutlined />,
    roles: ['resident'],
    group: 'workspace',
  },
  {
    key: 'attest',
    path: '/attestations',
    labelKey: 'menu.attest',
    descKey: 'menu.attestDesc',
    icon: <SafetyCertificateOutlined />,
    roles: ['department_officer'],
    group: 'workspace',
  },
  {
    key: 'myServiceRequests',
    path: '/me/service-requests',
    labelKey: 'menu.myServiceRequests',
    descKey: 'menu.myServiceRequestsDesc',
    icon: <ToolOutlined />,
    roles: ['resident'],
    group: 'workspace',
  },
  {
    key: 'serviceRequests',
    path: '/service-requests',
    labelKey: 'menu.serviceRequests',
    descKey: 'menu.serviceRequestsDesc',
    icon: <ToolOutlined />,
    roles: ['community_worker', 'street_officer', 'department_officer'],
    group: 'workspace',
  },
  {
    key: 'deliberation',
    path: '/deliberation',
    labelKey: 'menu.deliberation',
    descKey: 'menu.deliberationDesc',
    icon: <CommentOutlined />,
    roles: ['resident', 'community_worker'],
    group: 'workspace',
  },
  {
    key: 'deliberationOverdue',
    path: '/deliberation/overdue',
    labelKey: 'menu.deliberationOverdue',
    descKey: 'menu.deliberationOverdueDesc',
    icon: <CommentOutlined />,
    roles: ['street_officer'],
    group: 'workspace',
  },
  {
    key: 'exitRequests',
    path: '/exit-requests',
    labelKey: 'menu.exitRequests',
    descKey: 'menu.exitRequestsDesc',
    icon: <CommentOutlined />,
    roles: ['reviewer'],
    group: 'workspace',
  },
  {
    key: 'myPurchasedServices',
    path: '/me/purchased-services',
    labelKey: 'purb.mineTitle',
    descKey: 'purb.mineIntro',
    icon: <SolutionOutlined />,
    roles: ['resident'],
    group: 'workspace',
  },
  {
    key: 'purchasing',
    path: '/purchasing',
    labelKey: 'menu.purchasing',
    descKey: 'menu.purchasingDesc',
    icon: <SolutionOutlined />,
    roles: [
      'social_org',
      'community_worker',
      'street_officer',
      'department_officer',
      'reviewer',
      'data_steward',
      'admin',
    ],
    group: 'workspace',
  },
  {
    key: 'forbiddenAsks',
    path: '/certificates/asks',
    labelKey: 'menu.forbiddenAsks',
    descKey: 'menu.forbiddenAsksDesc',
    icon: <FlagOutlined />,
    roles: ['reviewer', 'street_officer', 'admin'],
    group: 'workspace',
  },
  {
    key: 'register',
    path: '/register',
    labelKey: 'menu.register',
    descKey: 'menu.registerDesc',
    roleDescKeys: {
      reviewer: 'menu.registerReviewDesc',
      street_officer: 'menu.registerReadDesc',
      department_officer: 'menu.registerReadDesc',
    },
    icon: <FormOutlined />,
    roles: ['community_worker', 'reviewer', 'street_officer', 'department_officer'],
    group: 'workspace',
  },
  {
    key: 'communityCalendar',
    path: '/inspections/calendar',
    labelKey: 'menu.communityCalendar',
    descKey: 'menu.communityCalendarDesc',
    icon: <ScheduleOutlined />,
    roles: ['community_worker'],
    group: 'workspace',
  },
  {
    key: 'inspections',
    path: '/inspections',
    labelKey: 'menu.inspections',
    descKey: 'menu.inspectionsDesc',
    roleDescKeys: { department_officer: 'menu.inspectionsDeptDesc' },
    icon: <ScheduleOutlined />,
    roles: ['reviewer', 'street_officer', 'department_officer'],
    group: 'workspace',
  },
  {
    key: 'communityApps',
    path: '/community-apps',
    labelKey: 'menu.communityApps',
    descKey: 'menu.communityAppsDesc',
    icon: <MobileOutlined />,
    roles: ['community_worker'],
    group: 'workspace',
  },
  {
    key: 'apps',
    path: '/apps',
    labelKey: 'menu.apps',
    descKey: 'menu.appsDesc',
    roleDescKeys: { reviewer: 'menu.appsReviewDesc', street_officer: 'menu.appsReviewDesc' },
    icon: <MobileOutlined />,
    roles: ['department_officer', 'reviewer', 'street_officer'],
    group: 'workspace',
  },
  {
    key: 'consultations',
    path: '/consultations',
    labelKey: 'menu.consultations',
    descKey: 'menu.consultationsDesc',
    icon: <CommentOutlined />,
    roles: ['community_worker'],
    group: 'workspace',
  },
  // 个人信息保护: grants (steward, departments), and the resident's own pages.
  {
    key: 'grants',
    path: '/privacy/grants',
    labelKey: 'privacy.menu.grants',
    descKey: 'privacy.menu.grantsDesc',
    roleDescKeys: { department_officer: 'privacy.menu.grantsDeptDesc' },
    icon: <KeyOutlined />,
    roles: ['data_steward', 'department_officer'],
    group: 'workspace',
  },
  {
    key: 'privacyAudit',
    path: '/privacy/audit',
    labelKey: 'privacy.menu.auditTrail',
    descKey: 'privacy.menu.auditTrailDesc',
    icon: <FileSearchOutlined />,
    roles: ['data_steward', 'admin'],
    group: 'workspace',
  },
  {
    key: 'myData',
    path: '/me/data',
    labelKey: 'privacy.menu.myData',
    descKey: 'privacy.menu.myDataDesc',
    icon: <IdcardOutlined />,
    roles: ['resident'],
    group: 'workspace',
  },
  {
    key: 'accessLog',
    path: '/me/access-log',
    labelKey: 'privacy.menu.accessLog',
    descKey: 'privacy.menu.accessLogDesc',
    icon: <EyeOutlined />,
    roles: ['resident'],
    group: 'workspace',
  },
  {
    key: 'corrections',
    path: '/corrections',
    labelKey: 'privacy.menu.corrections',
    descKey: 'privacy.menu.correctionsDesc',
    roleDescKeys: {
      department_officer: 'privacy.menu.correctionsDeptDesc',
      data_steward: 'privacy.menu.correctionsDeptDesc',
    },
    icon: <EditOutlined />,
    roles: ['resident', 'department_officer', 'data_steward'],
    group: 'workspace',
  },
  // 一表通 (data hub): dictionary, dataset imports, forms and ledgers, residents and households.
  {
    key: 'hubImports',
    path: '/hub/imports',
    labelKey: 'hub.menu.imports',
    descKey: 'hub.menu.importsDesc',
    icon: <CloudUploadOutlined />,
    roles: ['data_steward'],
    group: 'workspace',
  },
  {
    key: 'hubSynonyms',
    path: '/hub/synonyms',
    labelKey: 'tpl.menu.synonyms',
    descKey: 'tpl.menu.synonymsDesc',
    icon: <CloudUploadOutlined />,
    roles: ['data_steward'],
    group: 'workspace',
  },
  {
    key: 'hubBackflow',
    path: '/hub/backflow',
    labelKey: 'hub.menu.backflow',
    descKey: 'hub.menu.backflowDesc',
    icon: <CloudUploadOutlined />,
    roles: ['department_officer'],
    group: 'workspace',
  },
  {
    key: 'forms',
    path: '/forms',
    labelKey: 'hub.menu.forms',
    descKey: 'hub.menu.formsDesc',
    roleDescKeys: {
      community_worker: 'hub.menu.formsLocalDesc',
      street_officer: 'hub.menu.formsLocalDesc',
      reviewer: 'hub.menu.formsLocalDesc',
      data_steward: 'hub.menu.formsLocalDesc',
    },
    icon: <TableOutlined />,
    roles: ['department_officer', 'community_worker', 'street_officer', 'reviewer', 'data_steward'],
    group: 'workspace',
  },
  {
    key: 'subjects',
    path: '/subjects',
    labelKey: 'hub.menu.subjects',
    descKey: 'hub.menu.subjectsDesc',
    icon: <HomeOutlined />,
    roles: ['community_worker', 'street_officer', 'data_steward'],
    group: 'workspace',
    otherPaths: ['/households'],
  },
  {
    key: 'hubElements',
    path: '/hub/elements',
    labelKey: 'hub.menu.elements',
    descKey: 'hub.menu.elementsDesc',
    icon: <DatabaseOutlined />,
    roles: ['data_steward', 'department_officer', 'reviewer'],
    group: 'basics',
  },
  // --- burden monitoring (负担监测) ---
  {
    key: 'burden',
    path: '/burden',
    labelKey: 'burden.menu.dashboard',
    descKey: 'burden.menu.dashboardDesc',
    icon: <LineChartOutlined />,
    roles: ['community_worker', 'street_officer', 'department_officer', 'reviewer', 'admin'],
    group: 'workspace',
  },
  {
    key: 'burdenAlerts',
    path: '/burden/alerts',
    labelKey: 'burden.menu.alerts',
    descKey: 'burden.menu.alertsDesc',
    icon: <AlertOutlined />,
    roles: ['reviewer', 'admin'],
    group: 'workspace',
  },
  {
    key: 'burdenCapacity',
    path: '/burden/capacity',
    labelKey: 'burden.menu.capacity',
    descKey: 'burden.menu.capacityDesc',
    icon: <TeamOutlined />,
    roles: ['street_officer', 'admin'],
    group: 'workspace',
  },
  // --- end burden ---
  {
    key: 'staffing',
    path: '/staffing',
    labelKey: 'staffing.menu.table',
    descKey: 'staffing.menu.tableDesc',
    icon: <ApartmentOutlined />,
    roles: ['community_worker', 'street_officer', 'department_officer', 'reviewer', 'data_steward', 'admin'],
    // Of the departments, only 民政 (社区建设) plans staffing and grids.
    departmentKinds: ['minzheng'],
    group: 'workspace',
  },
  {
    key: 'myGrid',
    path: '/me/grid',
    labelKey: 'staffing.menu.myGrid',
    descKey: 'staffing.menu.myGridDesc',
    icon: <HomeOutlined />,
    roles: ['resident', 'community_worker'],
    group: 'workspace',
  },
  {
    key: 'orgs',
    path: '/orgs',
    labelKey: 'menu.orgs',
    descKey: 'menu.orgsDesc',
    icon: <ApartmentOutlined />,
    roles: STAFF,
    group: 'basics',
  },
  {
    key: 'publicCatalogue',
    path: '/public/catalogue',
    labelKey: 'menu.publicCatalogue',
    descKey: 'menu.publicCatalogueDesc',
    icon: <SolutionOutlined />,
    roles: EVERYONE,
    group: 'public',
  },
  {
    key: 'publicCertificates',
    path: '/public/certificates',
    labelKey: 'menu.publicCertificates',
    descKey: 'menu.publicCertificatesDesc',
    icon: <IdcardOutlined />,
    roles: EVERYONE,
    group: 'public',
  },
  {
    key: 'publicCheck',
    path: '/check',
    labelKey: 'menu.publicCheck',
    descKey: 'menu.publicCheckDesc',
    icon: <SafetyCertificateOutlined />,
    roles: EVERYONE,
    group: 'public',
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
  {
    key: 'calendar',
    path: '/admin/calendar',
    labelKey: 'menu.calendar',
    descKey: 'menu.calendarDesc',
    icon: <CalendarOutlined />,
    roles: ['admin'],
    group: 'system',
  },
];

/** The entry's name for a role: its own where the entry has one, else the entry's. */
export function labelOf(entry: MenuEntry, role: Role): ParseKeys {
  return entry.roleLabelKeys?.[role] ?? entry.labelKey;
}

/** The shortcut line for a role: its own where the entry has one, else the entry's. */
export function descOf(entry: MenuEntry, role: Role): ParseKeys | undefined {
  return entry.roleDescKeys?.[role] ?? entry.descKey;
}

export function menuFor(role: Role, departmentCode?: string | null): MenuEntry[] {
  return MENU.filter(
    (m) =>
      m.roles.includes(role) &&
      (role !== 'department_officer' ||
        !m.departmentKinds ||
        departmentCode === undefined ||
        m.departmentKinds.some((k) => departmentCode?.endsWith(`-${k}`))),
  );
}

/** Pages reachable from more than one entry (an application is the applicant's and the reviewers'). */
export function rolesOf(keys: readonly string[]): Role[] {
  return [...new Set(keys.flatMap((k) => menuEntry(k).roles))];
}

export function menuEntry(key: string): MenuEntry {
  const entry = MENU.find((m) => m.key === key);
  if (!entry) throw new Error(`no menu entry ${key}`);
  return entry;
}

/** The entry whose path is the longest prefix of the location (so /orgs/3401 selects 行政区划). */
export function activeEntry(pathname: string, entries: readonly MenuEntry[] = MENU): MenuEntry | undefined {
  const under = (p: string) => (p === '/' ? pathname === '/' : pathname === p || pathname.startsWith(`${p}/`));
  return [...entries]
    .map((m) => ({ m, len: Math.max(...[m.path, ...(m.otherPaths ?? [])].filter(under).map((p) => p.length), -1) }))
    .filter((x) => x.len >= 0)
    .sort((a, b) => b.len - a.len)[0]?.m;
}
