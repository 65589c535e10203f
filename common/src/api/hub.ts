// Request and reply schemas of the data hub (一表通): the dictionary and the field matcher, subjects,
// dataset imports, forms and ledgers, and collect-once (一次入户).
import { Type, type Static } from 'typebox';
import { RELATIONS } from '../relations.js';
import { Nullable, PagedOf, pageProps } from './schema.js';

export const SUBJECT_TYPES = ['resident', 'household', 'house', 'organisation'] as const;
export type SubjectType = (typeof SUBJECT_TYPES)[number];

export const IMPORT_STATUSES = [
  'uploaded',
  'validating',
  'validated',
  'has_errors',
  'committing',
  'committed',
  'failed',
] as const;
export type ImportStatus = (typeof IMPORT_STATUSES)[number];

export const CONDITION_OPS = ['eq', 'neq', 'present', 'absent', 'age_gte', 'age_lte', 'gte', 'lte'] as const;
export type ConditionOp = (typeof CONDITION_OPS)[number];

const Named = Type.Object({ code: Type.String(), name: Type.String() });
export const IdParams = Type.Object({ id: Type.Integer({ minimum: 1 }) });

// The dictionary and the matcher.

export const ElementView = Type.Object({
  code: Type.String(),
  name: Type.String(),
  synonyms: Type.Array(Type.String()),
  subject: Type.String(),
  type: Type.String(),
  codeList: Nullable(Type.String()),
  validation: Nullable(Type.String()),
  sensitivity: Type.String(),
  ownerDepartmentKind: Type.String({ description: '权威来源：部门类别（minzheng、gongan …）或 community（社区）' }),
  sourceName: Type.String({ description: '权威来源名称：民政局、公安分局 …、社区' }),
  communityCollects: Type.Boolean({ description: '来源部门授权社区采集或更正' }),
  collectReason: Nullable(Type.String()),
  sourceChange: Nullable(Type.Object({ reason: Type.String(), by: Type.String(), at: Type.String() })),
  description: Type.String(),
  retiredFor: Nullable(Type.Object({ relation: Type.String(), element: Type.String() })),
});

export const SOURCE_COMMUNITY = 'community';

export const ElementCodeParams = Type.Object({ code: Type.String({ maxLength: 60 }) });

export const ElementSourceBody = Type.Object({
  source: Type.String({ maxLength: 30, description: '部门类别或 community' }),
  communityCollects: Type.Boolean(),
  reason: Type.String({ maxLength: 500, description: '变更理由（记录在数据字典中）' }),
});

export const ElementSourceChange = Type.Object({
  source: Type.String(),
  sourceName: Type.String(),
  communityCollects: Type.Boolean(),
  reason: Type.String(),
  by: Type.String(),
  at: Type.String(),
});

export const CodeListView = Type.Object({
  id: Type.String(),
  name: Type.String(),
  standard: Type.String(),
  items: Type.Array(Type.Object({ code: Type.String(), name: Type.String(), synonyms: Type.Array(Type.String()) })),
});

const Relation = Nullable(Type.String({ description: `null (the subject itself) or one of: ${RELATIONS.join(', ')}` }));

export const Alternative = Type.Object({
  element: Type.String(),
  relation: Relation,
  name: Type.String(),
  score: Type.Number(),
});

export const MatchResult = Type.Object({
  label: Type.String(),
  element: Nullable(Type.String()),
  relation: Relation,
  name: Nullable(Type.String()),
  score: Type.Number(),
  alternatives: Type.Array(Alternative),
});

export const MatchBody = Type.Object({
  labels: Type.Array(Type.String({ maxLength: 200 }), { minItems: 1, maxItems: 1000 }),
  subject: Type.Optional(Type.Enum(SUBJECT_TYPES)),
});

// Subjects.

export const SubjectRow = Type.Object({
  id: Type.Integer(),
  type: Type.String(),
  key: Type.String({ description: '居民为脱敏的公民身份号码' }),
  name: Type.String(),
  communityCode: Type.String(),
  gridCode: Nullable(Type.String()),
  gridName: Nullable(Type.String({ description: '网格名称（如 第1网格）' })),
  gender: Nullable(Type.String()),
  age: Nullable(Type.Integer()),
  mobile: Nullable(Type.String()),
  householdNumber: Nullable(Type.String()),
  address: Nullable(Type.String()),
  missing: Type.Optional(Type.Integer({ description: '一次入户待采集的事实数（仅 pending 查询）' })),
});
export const SubjectPage = PagedOf(SubjectRow);

export const SubjectQuery = Type.Object({
  ...pageProps,
  community: Type.String({ maxLength: 20 }),
  type: Type.Enum(SUBJECT_TYPES, { default: 'resident' }),
  q: Type.Optional(Type.String({ maxLength: 50 })),
  pending: Type.Optional(
    Type.Boolean({ description: '只列有一次入户待采集事实的户（本社区的社区工作者；type 须为 household）' }),
  ),
});

const Value = Nullable(Type.String());

export const SubjectFact = Type.Object({
  element: Type.String(),
  name: Type.String(),
  sensitivity: Type.String(),
  value: Value,
  source: Type.String(),
  authority: Type.String({ description: '权威来源：民政局、公安分局 …、社区' }),
  observedAt: Type.String(),
  conflicts: Type.Array(Type.Object({ value: Value, source: Type.String(), observedAt: Type.String() })),
});

export const SubjectDetail = Type.Object({
  id: Type.Integer(),
  type: Type.String(),
  key: Type.String(),
  name: Type.String(),
  community: Named,
  gridCode: Nullable(Type.String()),
  masked: Type.Boolean(),
  facts: Type.Array(SubjectFact),
  history: Type.Array(
    Type.Object({
      id: Type.Integer(),
      source: Type.String(),
      observedAt: Type.String(),
      elements: Type.Array(Type.String()),
    }),
  ),
});

// Datasets and imports.

export const DatasetView = Type.Object({
  id: Type.Integer(),
  code: Type.String(),
  name: Type.String(),
  department: Named,
  subjectType: Type.String(),
  isDemo: Type.Boolean(),
  withdrawnAt: Nullable(Type.String({ description: '部门撤回后：其数据已删除，不再接受导入' })),
  lastImportAt: Nullable(Type.String({ description: '最近一次上传文件的时间' })),
});

export const Mapping = Type.Object({
  columns: Type.Array(Nullable(Type.String({ maxLength: 60 })), { maxItems: 500 }),
  /** The person each column speaks of (householder …), null for the subject itself; checked, not stored. */
  relations: Type.Optional(Type.Array(Nullable(Type.String({ maxLength: 40 })), { maxItems: 500 })),
  keyColumn: Type.Integer({ minimum: 0 }),
  communityColumn: Nullable(Type.Integer({ minimum: 0 })),
});

export const ImportView = Type.Object({
  id: Type.Integer(),
  dataset: Type.Object({ id: Type.Integer(), code: Type.String(), name: Type.String() }),
  filename: Type.String(),
  fileSize: Type.Integer(),
  sha256: Type.String(),
  format: Type.String(),
  encoding: Type.String(),
  columns: Type.Array(Type.String()),
  mapping: Mapping,
  status: Type.Enum(IMPORT_STATUSES),
  rowsTotal: Type.Integer(),
  rowsError: Type.Integer(),
  rowsWritten: Type.Integer(),
  rowsUnchanged: Type.Integer(),
  progress: Type.Number(),
  message: Type.String(),
  createdAt: Type.String(),
  finishedAt: Nullable(Type.String()),
});

export const UploadReply = Type.Intersect([
  ImportView,
  Type.Object({
    suggestions: Type.Array(MatchResult),
    sample: Type.Array(Type.Array(Type.String()), { description: '前几行数据' }),
    sameAsImport: Nullable(Type.Integer({ description: '同一文件此前的导入' })),
  }),
]);

export const DryRunBody = Type.Object({ mapping: Mapping });

export const ImportError = Type.Object({
  rowNo: Type.Integer(),
  column: Type.String(),
  value: Type.String(),
  reason: Type.String(),
  message: Type.String(),
});
export const ImportErrorPage = PagedOf(ImportError);
export const ErrorsQuery = Type.Object(pageProps);

// Forms, coverage and ledgers.

export const Condition = Type.Object({
  element: Type.String({ maxLength: 60 }),
  op: Type.Enum(CONDITION_OPS),
  value: Type.Optional(Type.String({ maxLength: 100 })),
});

export const FormColumn = Type.Object({
  label: Type.String({ maxLength: 60 }),
  element: Nullable(Type.String({ maxLength: 60 })),
  /** The person the column speaks of (户主姓名: householder); absent or null: the subject itself. */
  relation: Type.Optional(Relation),
});

const FormSubject = Type.Union([Type.Literal('resident'), Type.Literal('household')]);

export const FormView = Type.Object({
  id: Type.Integer(),
  title: Type.String(),
  department: Named,
  subjectType: FormSubject,
  admissionId: Nullable(Type.Integer()),
  admissionNumber: Nullable(Type.String()),
  issuable: Type.Boolean({ description: '有有效的台账报表类准入编号，可下发到社区' }),
  filter: Type.Array(Condition),
  columns: Type.Array(FormColumn),
  isDemo: Type.Boolean(),
});

export const Coverage = Type.Object({
  known: Type.Number({ description: '系统已掌握的数据单元格占比' }),
  cells: Type.Integer(),
  perColumn: Type.Array(
    Type.Object({ label: Type.String(), element: Nullable(Type.String()), known: Type.Integer(), of: Type.Integer() }),
  ),
});

export const FormBody = Type.Object({
  title: Type.String({ minLength: 1, maxLength: 60 }),
  subjectType: FormSubject,
  admissionId: Nullable(Type.Integer({ minimum: 1 })),
  filter: Type.Array(Condition, { maxItems: 20 }),
  columns: Type.Array(FormColumn, { minItems: 1, maxItems: 80 }),
});

export const Created = Type.Object({ id: Type.Integer() });
export const CommunityQuery = Type.Object({ community: Type.String({ maxLength: 20 }) });
export const OptionalCommunityQuery = Type.Object({ community: Type.Optional(Type.String({ maxLength: 20 })) });

/** Per column, who is the source of its element (null: a form-only column). */
export const ColumnSources = Type.Array(
  Nullable(Type.Object({ kind: Type.String(), name: Type.String(), asksCommunity: Type.Boolean() })),
);

export const CoverageReply = Type.Object({
  community: Named,
  rows: Type.Integer(),
  columns: Type.Array(
    Type.Object({
      label: Type.String(),
      element: Nullable(Type.String()),
      elementName: Nullable(Type.String()),
      fromHub: Type.Boolean(),
    }),
  ),
  coverage: Coverage,
  sources: ColumnSources,
  dataFirst: Nullable(
    Type.Object(
      {
        departmentColumns: Type.Integer(),
        dataColumns: Type.Integer(),
        known: Type.Number(),
        departments: Type.Array(Type.String()),
      },
      { description: '费随事转：本表多数列由部门掌握且尚未导入，须部门先回流数据' },
    ),
  ),
});

export const CELL_STATES = ['known', 'missing', 'backflow', 'form'] as const;
export type CellState = (typeof CELL_STATES)[number];

export const BackflowReply = Type.Object({
  source: Type.Object({ kind: Type.String(), name: Type.String() }),
  missing: Type.Integer({ description: '待回流的信息条数（每人每项一次）' }),
  hours: Type.Number({ description: '若由社区填写所需工时（每格 30 秒）：计入部门回流积压，不计社区负担' }),
  ledgers: Type.Integer(),
  communities: Type.Array(
    Type.Object({
      community: Named,
      missing: Type.Integer(),
      hours: Type.Number(),
      elements: Type.Array(Type.Object({ code: Type.String(), name: Type.String(), missing: Type.Integer() })),
      forms: Type.Array(Type.String()),
    }),
  ),
});

export const LedgerReply = Type.Object({
  form: FormView,
  community: Named,
  columns: Type.Array(FormColumn),
  rows: Type.Array(
    Type.Object({
      subjectId: Type.Integer(),
      cells: Type.Array(Type.Object({ state: Type.Enum(CELL_STATES), value: Nullable(Type.String()) })),
    }),
  ),
  coverage: Coverage,
  sources: ColumnSources,
  withheld: Type.Array(FormColumn, { description: '授权已过期或被撤销、本次不显示的列' }),
  purpose: Type.String({ description: '授权用途' }),
  grantAdmissionNumbers: Type.Array(Type.String()),
});

// Collect-once (一次入户).

export const CollectField = Type.Object({
  subjectId: Type.Integer(),
  subjectName: Type.String(),
  element: Type.String(),
  name: Type.String(),
  type: Type.String(),
  options: Type.Array(Type.Object({ code: Type.String(), name: Type.String() })),
  forms: Type.Array(Type.String()),
});

export const CollectSheet = Type.Object({
  household: Type.Object({ id: Type.Integer(), key: Type.String(), name: Type.String() }),
  members: Type.Array(Type.Object({ id: Type.Integer(), name: Type.String(), relation: Nullable(Type.String()) })),
  fields: Type.Array(CollectField),
});

export const CollectEntry = Type.Object({
  subjectId: Type.Integer(),
  element: Type.String({ maxLength: 60 }),
  value: Type.String({ maxLength: 500 }),
});
export const CollectBody = Type.Object({ entries: Type.Array(CollectEntry, { maxItems: 500 }) });
export const CollectSaved = Type.Object({ saved: Type.Integer() });

export type DataElement = Static<typeof ElementView>;
export type CodeList = Static<typeof CodeListView>;
export type MatchResult = Static<typeof MatchResult>;
export type SubjectRow = Static<typeof SubjectRow>;
export type SubjectQuery = Static<typeof SubjectQuery>;
export type SubjectFact = Static<typeof SubjectFact>;
export type SubjectDetail = Static<typeof SubjectDetail>;
export type Dataset = Static<typeof DatasetView>;
export type Mapping = Static<typeof Mapping>;
export type ImportView = Static<typeof ImportView>;
export type UploadReply = Static<typeof UploadReply>;
export type ImportError = Static<typeof ImportError>;
export type Condition = Static<typeof Condition>;
export type FormColumn = Static<typeof FormColumn>;
export type FormView = Static<typeof FormView>;
export type FormBody = Static<typeof FormBody>;
export type Coverage = Static<typeof Coverage>;
export type CoverageReply = Static<typeof CoverageReply>;
export type LedgerReply = Static<typeof LedgerReply>;
export type CollectField = Static<typeof CollectField>;
export type CollectSheet = Static<typeof CollectSheet>;
export type CollectEntry = Static<typeof CollectEntry>;
export type ElementSourceBody = Static<typeof ElementSourceBody>;
export type ElementSourceChange = Static<typeof ElementSourceChange>;
export type BackflowReply = Static<typeof BackflowReply>;
