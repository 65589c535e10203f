// Shapes of the data hub API (数据元, 数据回流, 对象) and of forms, ledgers and collect-once.
export type SubjectType = 'resident' | 'household' | 'house' | 'organisation';

export interface DataElement {
  code: string;
  name: string;
  synonyms: string[];
  subject: string;
  type: string;
  codeList: string | null;
  validation: string | null;
  sensitivity: string;
  ownerDepartmentKind: string;
  description: string;
}

export interface CodeList {
  id: string;
  name: string;
  standard: string;
  items: { code: string; name: string; synonyms: string[] }[];
}

export interface Dataset {
  id: number;
  code: string;
  name: string;
  department: { code: string; name: string };
  subjectType: string;
  isDemo: boolean;
  /** Set once the department withdrew it: its facts are gone and it takes no more imports. */
  withdrawnAt: string | null;
  /** When a file was last uploaded to it (null: never). */
  lastImportAt: string | null;
}

export interface Mapping {
  columns: (string | null)[];
  keyColumn: number;
  communityColumn: number | null;
}

export type ImportStatus =
  'uploaded' | 'validating' | 'validated' | 'has_errors' | 'committing' | 'committed' | 'failed';

export interface ImportView {
  id: number;
  dataset: { id: number; code: string; name: string };
  filename: string;
  fileSize: number;
  sha256: string;
  format: string;
  encoding: string;
  columns: string[];
  mapping: Mapping;
  status: ImportStatus;
  rowsTotal: number;
  rowsError: number;
  rowsWritten: number;
  rowsUnchanged: number;
  progress: number;
  message: string;
  createdAt: string;
  finishedAt: string | null;
}

export interface MatchResult {
  label: string;
  element: string | null;
  name: string | null;
  score: number;
  alternatives: { element: string; name: string; score: number }[];
}

export interface UploadReply extends ImportView {
  suggestions: MatchResult[];
  sample: string[][];
  sameAsImport: number | null;
}

export interface ImportError {
  rowNo: number;
  column: string;
  value: string;
  reason: string;
  message: string;
}

export interface SubjectRow {
  id: number;
  type: string;
  key: string;
  name: string;
  communityCode: string;
  gridCode: string | null;
  gridName: string | null;
  gender: string | null;
  age: number | null;
  mobile: string | null;
  householdNumber: string | null;
  address: string | null;
}

export interface SubjectFact {
  element: string;
  name: string;
  sensitivity: string;
  value: string | null;
  source: string;
  observedAt: string;
  conflicts: { value: string | null; source: string; observedAt: string }[];
}

export interface SubjectDetail {
  id: number;
  type: string;
  key: string;
  name: string;
  community: { code: string; name: string };
  gridCode: string | null;
  masked: boolean;
  facts: SubjectFact[];
  history: { id: number; source: string; observedAt: string; elements: string[] }[];
}

export type ConditionOp = 'eq' | 'neq' | 'present' | 'absent' | 'age_gte' | 'age_lte' | 'gte' | 'lte';

export interface Condition {
  element: string;
  op: ConditionOp;
  value?: string;
}

export interface FormColumn {
  label: string;
  element: string | null;
}

export interface FormView {
  id: number;
  title: string;
  department: { code: string; name: string };
  subjectType: 'resident' | 'household';
  admissionId: number | null;
  admissionNumber: string | null;
  issuable: boolean;
  filter: Condition[];
  columns: FormColumn[];
  isDemo: boolean;
}

export interface FormBody {
  title: string;
  subjectType: 'resident' | 'household';
  admissionId: number | null;
  filter: Condition[];
  columns: FormColumn[];
}

export interface Coverage {
  known: number;
  cells: number;
  perColumn: { label: string; element: string | null; known: number; of: number }[];
}

export interface CoverageReply {
  community: { code: string; name: string };
  rows: number;
  columns: { label: string; element: string | null; elementName: string | null; fromHub: boolean }[];
  coverage: Coverage;
}

export type CellState = 'known' | 'missing' | 'form';

export interface LedgerReply {
  form: FormView;
  community: { code: string; name: string };
  columns: FormColumn[];
  rows: { subjectId: number; cells: { state: CellState; value: string | null }[] }[];
  coverage: Coverage;
}

export interface CollectField {
  subjectId: number;
  subjectName: string;
  element: string;
  name: string;
  type: string;
  options: { code: string; name: string }[];
  forms: string[];
}

export interface CollectSheet {
  household: { id: number; key: string; name: string };
  members: { id: number; name: string; relation: string | null }[];
  fields: CollectField[];
}

export interface CollectEntry {
  subjectId: number;
  element: string;
  value: string;
}
