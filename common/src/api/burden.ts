// Request and reply schemas of the burden routes.
import { Type, type Static } from 'typebox';
import { ALERT_RULES, BURDEN_SOURCES } from '../burden.js';
import { ORG_CODE_PATTERN } from '../orgs.js';
import { DateString, Nullable, PagedOf, pageProps } from './schema.js';

export const NamedHours = Type.Object({ code: Type.String(), name: Type.String(), hours: Type.Number() });

export const BurdenPoint = Type.Object({
  month: Type.String(),
  hours: Type.Number(),
  reestimateHours: Type.Number(),
  index: Nullable(Type.Number({ description: '基期 = 100；不含重新估算带来的变化' })),
});

const aggregateProps = {
  org: Type.Object({
    code: Type.String(),
    name: Type.String(),
    level: Type.String(),
    parentCode: Nullable(Type.String()),
  }),
  from: Type.String(),
  to: Type.String(),
  baselineMonth: Nullable(Type.String()),
  totalHours: Type.Number(),
  series: Type.Array(BurdenPoint),
  byDepartment: Type.Array(NamedHours),
  byKind: Type.Array(Type.Object({ kind: Type.String(), hours: Type.Number() })),
};

export const AggregatesView = Type.Object(aggregateProps);

export const DashboardView = Type.Object({
  ...aggregateProps,
  bySource: Type.Array(Type.Object({ source: Type.Enum(BURDEN_SOURCES), hours: Type.Number() })),
  children: Type.Array(NamedHours),
  ranking: Type.Array(
    Type.Object({ code: Type.String(), name: Type.String(), hours: Type.Number(), ratio: Nullable(Type.Number()) }),
  ),
  capacity: Type.Object({
    staff: Type.Integer(),
    communitiesWithStaff: Type.Integer(),
    availableHours12: Type.Number(),
    burdenHours12: Type.Number(),
    ratio: Nullable(Type.Number()),
  }),
  beforeAfter: Nullable(
    Type.Object({
      split: Type.String(),
      beforeMonthlyHours: Nullable(Type.Number()),
      afterMonthlyHours: Nullable(Type.Number()),
      beforeMonths: Type.Integer(),
      afterMonths: Type.Integer(),
    }),
  ),
});

export const EventView = Type.Object({
  source: Type.Enum(BURDEN_SOURCES),
  department: Type.Object({ code: Type.String(), name: Type.String() }),
  admissionNumber: Nullable(Type.String({ description: 'null：无编号（未经准入）' })),
  objectKind: Type.String(),
  hours: Type.Number(),
  reestimate: Type.Boolean(),
  ref: Type.String(),
});

export const CapacityRow = Type.Object({
  code: Type.String(),
  name: Type.String(),
  /** The community's street, so that two 官塘社区 can be told apart. */
  streetName: Type.String(),
  staff: Nullable(Type.Integer()),
  leaveDays: Type.Number(),
});

export const SettingsView = Type.Object({
  jurisdiction: Type.String(),
  baselineMonth: Nullable(Type.String()),
  annualCapHours: Nullable(Type.Number()),
  oneInOneOut: Type.Boolean(),
});

export const AlertView = Type.Object({
  rule: Type.Enum(ALERT_RULES),
  subject: Type.String(),
  subjectName: Type.String(),
  month: Type.String(),
  /** First month of a rise (index and informal-demand rules). */
  since: Type.Optional(Type.String()),
  params: Type.Record(Type.String(), Type.Union([Type.String(), Type.Number()])),
});

const Month = Type.String({ pattern: '^\\d{4}-(0[1-9]|1[0-2])$' });
const OrgCode = Type.String({ pattern: ORG_CODE_PATTERN });
const WindowQuery = {
  from: Type.Optional(Month),
  to: Type.Optional(Month),
};

export const PublicBurdenQuery = Type.Object({ org: OrgCode, ...WindowQuery });
export const DashboardQuery = Type.Object({ org: Type.Optional(OrgCode), ...WindowQuery, split: Type.Optional(Month) });
export const ExportQuery = Type.Object({ org: Type.Optional(OrgCode), ...WindowQuery });
export const EventsQuery = Type.Object({ community: OrgCode, month: Month });

export const MeetingBody = Type.Object({
  community: OrgCode,
  departmentCode: Type.String({ maxLength: 60 }),
  date: DateString,
  minutes: Type.Number({ minimum: 1, maximum: 6000 }),
  admissionNumber: Type.Optional(Nullable(Type.String({ maxLength: 60 }))),
});

export const CapacityQuery = Type.Object({
  ...pageProps,
  org: Type.Optional(OrgCode),
  q: Type.Optional(Type.String({ maxLength: 50, description: '名称、拼音首字母或代码前缀' })),
  status: Type.Optional(Type.Union([Type.Literal('missing'), Type.Literal('entered')])),
});
export const CapacityPage = PagedOf(CapacityRow);

export const CapacityEntry = Type.Object({
  community: OrgCode,
  staff: Type.Integer({ minimum: 0, maximum: 500 }),
  leaveDays: Type.Optional(Type.Number({ minimum: 0, maximum: 100 })),
});
export const CapacityBody = Type.Object({ items: Type.Array(CapacityEntry, { minItems: 1, maxItems: 2000 }) });

export const CodeParams = Type.Object({ code: OrgCode });

export const SettingsBody = Type.Object({
  baselineMonth: Nullable(Month),
  annualCapHours: Nullable(Type.Number({ minimum: 0, maximum: 100000 })),
  oneInOneOut: Type.Boolean(),
});

export const AlertsQuery = Type.Object({ org: Type.Optional(OrgCode) });

export type BurdenPoint = Static<typeof BurdenPoint>;
export type NamedHours = Static<typeof NamedHours>;
export type BurdenAggregates = Static<typeof AggregatesView>;
export type BurdenDashboard = Static<typeof DashboardView>;
export type BurdenEvent = Static<typeof EventView>;
export type BurdenAlert = Static<typeof AlertView>;
export type CapacityRow = Static<typeof CapacityRow>;
export type CapacityQuery = Static<typeof CapacityQuery>;
export type CapacityEntry = Static<typeof CapacityEntry>;
export type BurdenSettings = Static<typeof SettingsView>;
export type SettingsBody = Static<typeof SettingsBody>;
export type BurdenQuery = Static<typeof DashboardQuery>;
export type MeetingBody = Static<typeof MeetingBody>;
