// Reply schemas of the burden routes.
import { Type } from 'typebox';
import { ALERT_RULES, BURDEN_SOURCES } from '../../../../common/src/burden.js';
import { Nullable } from '../../http/schema-helpers.js';

const Named = Type.Object({ code: Type.String(), name: Type.String(), hours: Type.Number() });

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
  series: Type.Array(
    Type.Object({
      month: Type.String(),
      hours: Type.Number(),
      reestimateHours: Type.Number(),
      index: Nullable(Type.Number({ description: '基期 = 100；不含重新估算带来的变化' })),
    }),
  ),
  byDepartment: Type.Array(Named),
  byKind: Type.Array(Type.Object({ kind: Type.String(), hours: Type.Number() })),
};

export const AggregatesView = Type.Object(aggregateProps);

export const DashboardView = Type.Object({
  ...aggregateProps,
  bySource: Type.Array(Type.Object({ source: Type.Enum(BURDEN_SOURCES), hours: Type.Number() })),
  children: Type.Array(Named),
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
