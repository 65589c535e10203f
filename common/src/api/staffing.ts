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
import { DateString, Nullable } from './schema.js';

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

/** One post (岗) of the pay-grade ladder: its grades (1 the highest) and its monthly post allowance. */
export const PayPost = Type.Object({
  level: Type.Integer({ minimum: 1, maximum: 5, description: '岗（一岗为正职）' }),
  name: Type.String({ minLength: 1, maxLength: 40 }),
  gradeFrom: Type.Integer({ minimum: 1, maximum: 30, description: '本岗最高级' }),
  gradeTo: Type.Integer({ minimum: 1, maximum: 30, description: '本岗最低级' }),
  postAllowance: Type.Number({ minimum: 0, maximum: 100000, description: '岗位津贴（元/月）' }),
});

/**
 * 岗位等级序列 (e.g. 三岗十八级): posts × grades with their allowances. A person's monthly pay is the base of
 * the lowest grade, a step for each grade above it, her post's allowance and her certificate's.
 */
export const PayLadder = Type.Object({
  name: Type.String({ minLength: 1, maxLength: 40 }),
  posts: Type.Array(PayPost, { minItems: 1, maxItems: 5 }),
  basePay: Type.Number({ minimum: 0, maximum: 100000, description: '最低等级基本报酬（元/月）' }),
  gradeStep: Type.Number({ minimum: 0, maximum: 10000, description: '每升一级增加（元/月）' }),
  certificateAllowance: Type.Object({
    assistant: Type.Number({ minimum: 0, maximum: 10000, description: '助理社会工作师（元/月）' }),
    social_worker: Type.Number({ minimum: 0, maximum: 10000, description: '社会工作师（元/月）' }),
    senior: Type.Number({ minimum: 0, maximum: 10000, description: '高级社会工作师（元/月）' }),
  }),
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
  payLadder: PayLadder,
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

const OfficialStatisticsRef = Type.Object({ source: Type.String(), asOf: Type.String() });

/** Official statistics of a community, entered by a data steward where the hub has no population. */
export const OfficialStatisticsBody = Type.Object({
  residents: Type.Integer({ minimum: 1, maximum: 1000000 }),
  households: Type.Integer({ minimum: 1, maximum: 500000 }),
  source: Type.String({ minLength: 2, maxLength: 100, description: '来源，如 区统计局2025年统计年报' }),
  asOf: DateString,
});

export const OfficialStatistics = Type.Object({
  community: Type.Object({ code: Type.String(), name: Type.String() }),
  residents: Type.Integer(),
  households: Type.Integer(),
  source: Type.String(),
  asOf: Type.String(),
  enteredAt: Type.String(),
  /** Whether the table uses them: only while the hub has no population for the community. */
  inUse: Type.Boolean(),
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
  /** People in post by post of the pay-grade ladder (一岗, 二岗, 三岗 …; '0' not yet graded), from the roster. */
  byLevel: Nullable(Type.Record(Type.String({ pattern: '^[0-9]$' }), Type.Integer())),
  /** People in post by grade (1 the highest), graded ones only, from the roster. */
  byGrade: Nullable(Type.Array(Type.Object({ grade: Type.Integer(), n: Type.Integer() }))),
  /** Monthly pay of those graded, by the ladder in force (元). */
  monthlyPay: Nullable(Type.Number()),
  /** 持证社工占比: certified ÷ in post, over the communities with a roster; null when none has one. */
  certifiedShare: Nullable(Type.Number()),
  /** Communities under the org without residents or households in the hub nor official statistics. */
  populationMissing: Type.Integer(),
  /**
   * Where residents and households come from: the hub, official statistics a data steward entered for
   * communities the hub has no population for, or both; null when neither has any.
   */
  populationSource: Nullable(Type.Union([Type.Literal('hub'), Type.Literal('official'), Type.Literal('mixed')])),
  /** Communities under the org counted from official statistics. */
  officialCommunities: Type.Integer(),
  /** A community's official statistics in use (their source and date); null otherwise. */
  official: Nullable(OfficialStatisticsRef),
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
    /** The name of the pay-grade ladder in force (三岗十八级 …). */
    ladderName: Type.String(),
    wisn: Type.Object({
      /** Working hours a worker has a year: working days × hours − leave − training. */
      availableHoursPerWorker: Type.Number(),
      workingDays: Type.Integer(),
      workloadHours: Type.Number(),
      /** What drives the workload, largest first. */
      items: Type.Array(WisnItem),
    }),
    /**
     * Households per person in post over the communities under the org with both (the distribution chart):
     * bands of 100 households, the last open.
     */
    householdsPerWorker: Type.Array(
      Type.Object({ from: Type.Integer(), to: Nullable(Type.Integer()), communities: Type.Integer() }),
    ),
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
  currentGrids: Type.Array(
    Type.Object({
      code: Type.String(),
      name: Type.String(),
      households: Type.Integer(),
      /** Its grid workers in post (names from the roster). */
      workers: Type.Array(Type.String()),
      /** The caller is one of its grid workers (her roster entry is linked to her account). */
      mine: Type.Boolean(),
    }),
  ),
  plans: Type.Array(GridPlanView),
  canPlan: Type.Boolean(),
  /** The current grids' households differ from their average by more than 20 %: time to rebalance. */
  imbalanced: Type.Boolean(),
  /** The size band's maximum (households) in force for the community. */
  sizeBandMax: Type.Number(),
  /** Above the maximum: how the community splits along its current grids (consecutive, about equal). */
  split: Nullable(Type.Array(Type.Object({ grids: Type.Array(Type.String()), households: Type.Integer() }))),
});

/** A resident's or a community worker's own grid and its grid workers (names and posts only). */
export const MyGrid = Type.Object({
  community: Nullable(Type.Object({ code: Type.String(), name: Type.String() })),
  grid: Nullable(Type.Object({ code: Type.String(), name: Type.String() })),
  workers: Type.Array(Type.Object({ name: Type.String(), post: Type.Enum(ROSTER_POSTS) })),
});

export type MyGrid = Static<typeof MyGrid>;
export type StaffingStandard = Static<typeof StaffingStandard>;
export type PayLadder = Static<typeof PayLadder>;
export type OfficialStatisticsBody = Static<typeof OfficialStatisticsBody>;
export type OfficialStatistics = Static<typeof OfficialStatistics>;
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
