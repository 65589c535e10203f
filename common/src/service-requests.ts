// 居民服务 · 诉求 (Open311 GeoReport v2): the categories a resident reports under, where each goes (the
// community, its street, or a department of the district), how long it may take, and how a request maps to
// the Open311 fields. Pure.
import { chinaDate, chinaInstant } from './dates.js';

/** Who a category goes to first: the community of the place, its street, or a district department by kind. */
export type RouteTo = { to: 'community' } | { to: 'street' } | { to: 'department'; kind: string };

/** The time a category may take: calendar hours (urgent things) or working days (the official calendar). */
export type Sla = { hours: number } | { workdays: number };

export interface ServiceCategory {
  /** The Open311 service_code. */
  code: string;
  name: string;
  nameEn: string;
  description: string;
  /** The Open311 `group`. */
  group: string;
  keywords: string[];
  sla: Sla;
  route: RouteTo;
}

/** The categories every city starts with (the same for all cities until a city keeps its own). */
export const SERVICE_CATEGORIES: readonly ServiceCategory[] = [
  {
    code: 'facility_repair',
    name: '设施报修',
    nameEn: 'Facility repair',
    description: '小区和社区公共设施损坏：路灯、健身器材、座椅、井盖、宣传栏等。',
    group: '设施',
    keywords: ['路灯', '井盖', '健身器材'],
    sla: { workdays: 3 },
    route: { to: 'community' },
  },
  {
    code: 'sanitation',
    name: '环境卫生',
    nameEn: 'Sanitation',
    description: '垃圾未清运、乱堆乱放、公共区域脏乱。',
    group: '环境',
    keywords: ['垃圾', '卫生'],
    sla: { hours: 48 },
    route: { to: 'street' },
  },
  {
    code: 'noise',
    name: '噪音扰民',
    nameEn: 'Noise',
    description: '夜间施工、商铺外放音响、娱乐场所噪音。',
    group: '环境',
    keywords: ['噪音', '施工'],
    sla: { hours: 24 },
    route: { to: 'department', kind: 'chengguan' },
  },
  {
    code: 'neighbour_dispute',
    name: '邻里纠纷',
    nameEn: 'Neighbour dispute',
    description: '邻里之间的漏水、占道、宠物等纠纷，由社区调解。',
    group: '邻里',
    keywords: ['调解', '漏水'],
    sla: { workdays: 5 },
    route: { to: 'community' },
  },
  {
    code: 'property',
    name: '物业问题',
    nameEn: 'Property management',
    description: '物业服务不到位、电梯故障、收费争议。',
    group: '物业',
    keywords: ['物业', '电梯'],
    sla: { workdays: 5 },
    route: { to: 'department', kind: 'zhujian' },
  },
  {
    code: 'safety_hazard',
    name: '安全隐患',
    nameEn: 'Safety hazard',
    description: '楼道堆物、飞线充电、消防通道堵塞等安全隐患。',
    group: '安全',
    keywords: ['消防', '飞线充电'],
    sla: { hours: 24 },
    route: { to: 'street' },
  },
];

export function categoryOf(code: string): ServiceCategory | undefined {
  return SERVICE_CATEGORIES.find((c) => c.code === code);
}

/** submitted → accepted → closed; a transfer puts it back to submitted at its new handler. */
export const SERVICE_REQUEST_STATUSES = ['submitted', 'accepted', 'closed'] as const;
export type ServiceRequestStatus = (typeof SERVICE_REQUEST_STATUSES)[number];

export const SERVICE_EVENT_KINDS = ['submitted', 'accepted', 'transferred', 'updated', 'closed', 'rated'] as const;
export type ServiceEventKind = (typeof SERVICE_EVENT_KINDS)[number];

export type HandlerKind = 'community' | 'street' | 'department';
export interface Handler {
  kind: HandlerKind;
  code: string;
}

/** The Open311 status: anything not closed is open. */
export function open311Status(status: ServiceRequestStatus): 'open' | 'closed' {
  return status === 'closed' ? 'closed' : 'open';
}

/**
 * Where a request goes first, from its category and its place (a community, or a street when the caller
 * knows only the street): community work to the community (the street when no community is known), street
 * work to the street, department work to the district department of that kind (department code
 * `<district>-<kind>`). Null when the place is not a community or a street.
 */
export function routeRequest(category: ServiceCategory, place: string): Handler | null {
  if (place.length !== 12 && place.length !== 9) return null;
  const street = place.slice(0, 9);
  const district = place.slice(0, 6);
  switch (category.route.to) {
    case 'community':
      return place.length === 12 ? { kind: 'community', code: place } : { kind: 'street', code: street };
    case 'street':
      return { kind: 'street', code: street };
    case 'department':
      return { kind: 'department', code: `${district}-${category.route.kind}` };
  }
}

/** A working-day calendar as the SLA needs it (the server's WorkCalendar fits). */
export interface WorkingDays {
  addWorkingDays(from: string, n: number): { value: string };
}

/**
 * When the request is expected to be done: `hours` after it was made, or by 18:00 (Beijing) on the n-th
 * working day after the day it was made.
 */
export function expectedAt(sla: Sla, requestedAt: string, calendar: WorkingDays): string {
  if ('hours' in sla) return new Date(Date.parse(requestedAt) + sla.hours * 3_600_000).toISOString();
  const day = calendar.addWorkingDays(chinaDate(requestedAt), sla.workdays).value;
  return chinaInstant(day, '18:00');
}

/** The longest window a GET requests.json may ask for, in days (the spec's default is 90). */
export const OPEN311_MAX_WINDOW_DAYS = 90;
/** Requests per page of GET requests.json. */
export const OPEN311_PAGE_SIZE = 50;
