// Request and reply schemas of staffing (定人定岗): standards, the staffing table, grid plans.
import { Type, type Static } from 'typebox';
import { ORG_LEVELS } from '../roles.js';
import {
  DUTY_BASES,
  GRID_PLAN_STATUSES,
  HOUSEHOLDS_PER_GRID_MAX,
  HOUSEHOLDS_PER_GRID_MIN,
  ROSTER_POSTS,
  SIZE_BANDS,
} from '../staffing.js';
import { ORG_CODE_PATTERN } from '../orgs.js';
import { Nullable } from './schema.js';

const Positive = (max: number, description: string) => Type.Number({ exclusiveMinimum: 0, maximum: max, description });

/** A statutory service duty of the community with its standard time per case (WISN workload component). */
export const StaffingDuty = Type.Object({
  key: Type.String({ minLength: 1, maxLength: 40, pattern: '^[a-z0-9_]+$' }),
  name: Type.String({ minLength: 1, maxLength: 60 }),
  minutesPerCase: Positive(6000, '每件标准用时（分钟）'),
  /** Cases a year per unit of the basis (per 1,000 residents, per household, per person needing care). */
  casesPerYear: Positive(100000, '每年件数（按基数）'),
  basis: Type.Enum(DUTY_BASES),
});

export const StaffingStandard = Type.Object({
  workersPer10k: Positive(200, '每万名城镇常住人口社区工作者数'),
  householdsPerGridWorker: Positive(5000, '每名专职网格员服务户数（城市社区）'),
  householdsPerGridWorkerVillage: Positive(5000, '每名专职网格员服务户数（村）'),
  /** The size band: merge below, split above (households). */
  sizeBandMin: Positive(100000, '规模下限（户，低于此建议合并）'),
  sizeBandMax: Positive(100000, '规模上限（户，高于此建议拆分）'),
  certifiedShare: Type.Number({ exclusiveMinimum: 0, maximum: 1, description: '持证社工占比目标' }),
  hoursPerDay: Positive(24, '每日工作小时'),
  trainingDays: Type.Number({ minimum: 0, maximum: 100, description: '每年培训天数' }),
  /** WISN category allowance: share of working time spent on supporting work (meetings, records). */
  categoryAllowance: Type.Number({ minimum: 0, maximum: 0.9 }),
  /** WISN individual allowance: hours a year of work only some of a community's staff do (书记 party work …). */
  individualAllowanceHours: Type.Number({ minimum: 0, maximum: 100000 }),
  duties: Type.Array(StaffingDuty, { maxItems: 50 }),
});

export const StandardView = Type.Object({
  jurisdiction: Type.Object({ code: Type.String(), name: Type.String() }),
  /** Where the standard in force comes from: this org, one above it, or the national defaults (null). */
  from: Nullable(Type.Object({ code: Type.String(), name: Type.String(), version: Type.Integer() })),
  standard: StaffingStandard,
  versions: Type.Array(Type.Object({ version: Type.Integer(), createdAt: Type.String() })),
  /** Whether the caller may set a new version here (a city's or district's 民政, an admin). */
  canEdit: Type.Boolean(),
});

/** A new version for a jurisdiction: values left out are inherited from the standard in force. */
export const StandardBody = Type.Partial(StaffingStandard);

export const CodeParams = Type.Object({ code: Type.String({ pattern: ORG_CODE_PATTERN, maxLength: 20 }) });
export const PlanParams = Type.Object({
  code: Type.String({ pattern: ORG_CODE_PATTERN, maxLength: 20 }),
  id: Type.Integer({ minimum: 1 }),
});

const Required = Type.Object({
  per10k: Type.Number(),
  gridWorkers: Type.Number(),
  wisn: Type.Number(),
});

export const WisnItem = Type.Object({ key: Type.String(), name: Type.String(), hoursPerYear: Type.Number() });

export const StaffingRow = Type.Object({
  org: Type.Object({ code: Type.String(), name: Type.String(), level: Type.Enum(ORG_LEVELS) }),
  communities: Type.Integer(),
  residents: Type.Integer(),
  households: Type.Integer(),
  /** Community workers entered (社区人员); null when no community under the org has them entered. */
  staff: Nullable(Type.Integer()),
  /** Communities under the org whose staff is not entered. */
  staffMissing: Type.Integer(),
  /**
   * Where staff comes from: the roster (花名册, people in post today), 负担监测's capacity figure, a mix of
   * both over the communities under the org, or nothing entered (null).
   */
  staffSource: Nullable(Type.Union([Type.Literal('roster'), Type.Literal('capacity'), Type.Literal('mixed')])),
  /** Communities under the org whose staff comes from their roster. */
  rosterCommunities: Type.Integer(),
  /** People in post by post, over the communities with a roster; null when none has one. */
  byPost: Nullable(Type.Record(Type.Enum(ROSTER_POSTS), Type.Integer())),
  /** 持证社工占比: certified ÷ in post, over the communities with a roster; null when none has one. */
  certifiedShare: Nullable(Type.Number()),
  /** Communities under the org without residents or households in the hub (not compared for gaps). */
  populationMissing: Type.Integer(),
  grids: Type.Integer(),
  required: Required,
  /**
   * staff − the largest requirement (negative: short of people), over the communities with both staff
   * entered and a population in the hub; null when there is none.
   */
  gap: Nullable(Type.Number()),
  gaps: Type.Object({
    per10k: Nullable(Type.Number()),
    gridWorkers: Nullable(Type.Number()),
    wisn: Nullable(Type.Number()),
  }),
  /** WISN ratio: staff ÷ required by workload (below 1: short of people). */
  wisnRatio: Nullable(Type.Number()),
  /** A community's place against the size band; null above the community level. */
  sizeBand: Nullable(Type.Enum(SIZE_BANDS)),
  /** Communities under the org outside the size band. */
  outsideBand: Type.Integer(),
  /** Hours a month of admitted (and informal) work measured by 负担监测, averaged over the last 12 months. */
  burdenHoursPerMonth: Type.Number(),
});

export const StaffingOrg = Type.Intersect([
  StaffingRow,
  Type.Object({
    path: Type.Array(Type.Object({ code: Type.String(), name: Type.String() })),
    standardFrom: Nullable(Type.Object({ code: Type.String(), name: Type.String(), version: Type.Integer() })),
    wisn: Type.Object({
      /** Working hours a worker has a year: working days × hours − leave − training. */
      availableHoursPerWorker: Type.Number(),
      workingDays: Type.Integer(),
      workloadHours: Type.Number(),
      /** What drives the workload, largest first. */
      items: Type.Array(WisnItem),
    }),
  }),
]);

export const StaffingChildren = Type.Object({ items: Type.Array(StaffingRow) });

export const GridPlanBody = Type.Object({
  householdsPerGrid: Type.Integer({ minimum: HOUSEHOLDS_PER_GRID_MIN, maximum: HOUSEHOLDS_PER_GRID_MAX }),
});

export const PlannedGrid = Type.Object({
  code: Type.String(),
  name: Type.String(),
  households: Type.Integer(),
  residents: Type.Integer(),
  elderlyAlone: Type.Integer(),
  disabled: Type.Integer(),
  lowIncome: Type.Integer(),
  buildings: Type.Array(Type.String()),
});

export const GridPlanView = Type.Object({
  id: Type.Integer(),
  community: Type.Object({ code: Type.String(), name: Type.String() }),
  householdsPerGrid: Type.Integer(),
  status: Type.Enum(GRID_PLAN_STATUSES),
  version: Nullable(Type.Integer()),
  households: Type.Integer(),
  residents: Type.Integer(),
  /** Grids more than the tolerance off the households asked for (a building larger than a grid). */
  outsideTolerance: Type.Integer(),
  grids: Type.Array(PlannedGrid),
  createdAt: Type.String(),
  adoptedAt: Nullable(Type.String()),
});

export const GridPlansOfCommunity = Type.Object({
  community: Type.Object({ code: Type.String(), name: Type.String() }),
  households: Type.Integer(),
  /** Grids of the community now (the org tree). */
  currentGrids: Type.Array(Type.Object({ code: Type.String(), name: Type.String(), households: Type.Integer() })),
  plans: Type.Array(GridPlanView),
  canPlan: Type.Boolean(),
  /** The current grids' households differ from their average by more than 20 %: time to rebalance. */
  imbalanced: Type.Boolean(),
  /** The size band's maximum (households) in force for the community. */
  sizeBandMax: Type.Number(),
  /** Above the maximum: how the community splits along its current grids (consecutive, about equal). */
  split: Nullable(Type.Array(Type.Object({ grids: Type.Array(Type.String()), households: Type.Integer() }))),
});

export type StaffingStandard = Static<typeof StaffingStandard>;
export type StaffingDuty = Static<typeof StaffingDuty>;
export type StandardView = Static<typeof StandardView>;
export type StandardBody = Static<typeof StandardBody>;
export type StaffingRow = Static<typeof StaffingRow>;
export type StaffingOrg = Static<typeof StaffingOrg>;
export type StaffingChildren = Static<typeof StaffingChildren>;
export type GridPlanBody = Static<typeof GridPlanBody>;
export type PlannedGrid = Static<typeof PlannedGrid>;
export type GridPlanView = Static<typeof GridPlanView>;
export type GridPlansOfCommunity = Static<typeof GridPlansOfCommunity>;
