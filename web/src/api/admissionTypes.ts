// Shapes of the admission API (mirrors server/src/modules/admission/schema.ts).
import type {
  AdmissionStatus,
  Frequency,
  ObjectKind,
  PrecheckRule,
  ScopeType,
  Verdict,
} from '../../../common/src/admission.js';

export type AdmissionListType = 'duty' | 'assist';

export interface Scope {
  type: ScopeType;
  codes: string[];
}

export interface Resources {
  fundsYuan: number;
  staff: string;
  training: string;
  equipment: string;
}

/** The digital 审批表 as the applicant sends it. */
export interface AdmissionDraft {
  title: string;
  kind: ObjectKind;
  listType: AdmissionListType;
  description?: string;
  legalBasis?: string;
  scope: Scope;
  frequency: Frequency;
  occurrencesPerYear?: number | null;
  minutesPerOccurrence?: number | null;
  ledgerFields?: number | null;
  ledgerRows?: number | null;
  resources?: { fundsYuan?: number | null; staff?: string; training?: string; equipment?: string };
  assessment?: string;
  startDate: string;
  expiryDate: string;
  emergency?: boolean;
  emergencyReason?: string;
  retires?: number[];
}

export type PartialDraft = Partial<AdmissionDraft>;

export interface BurdenEstimateView {
  minutesPerOccurrence: number;
  occurrencesPerYear: number;
  hoursPerCommunityYear: number;
  totalHoursYear: number;
  workerDaysYear: number;
  basis: string;
}

export interface PrecheckMatch {
  code: string;
  name: string;
  score: number;
  /** negative, cert_forbidden, duty, assist, admission … */
  source: string;
}

export interface PrecheckResult {
  rule: PrecheckRule;
  verdict: Verdict;
  message: string;
  matches: PrecheckMatch[];
  estimate?: BurdenEstimateView;
  fieldErrors?: { field: string; reason: string; message: string }[];
}

export interface ReviewClock {
  dueDate: string;
  workingDaysLeft: number;
  overdue: boolean;
}

export interface Admission {
  id: number;
  status: AdmissionStatus;
  number: string | null;
  code: string | null;
  title: string;
  kind: ObjectKind;
  listType: AdmissionListType;
  description: string;
  legalBasis: string;
  scope: Scope;
  communityCount: number;
  frequency: Frequency;
  occurrencesPerYear: number | null;
  minutesPerOccurrence: number | null;
  ledgerFields: number | null;
  ledgerRows: number | null;
  resources: Resources;
  assessment: string;
  startDate: string;
  expiryDate: string;
  emergency: boolean;
  emergencyReason: string;
  retires?: number[];
  burden: { hoursPerCommunityYear: number; totalHoursYear: number };
  department: { code: string; name: string };
  jurisdiction: { code: string; name: string };
  submittedAt: string | null;
  reviewDueDate: string | null;
  decidedAt: string | null;
  overrideReason: string | null;
  consultation: { codes: string[]; dueDate: string | null };
  createdAt: string;
  updatedAt: string;
  isDemo: boolean;
  /** Only while the application waits for the burden-reduction office. */
  clock?: ReviewClock | null;
}

export const WORKFLOW_ACTIONS = [
  'submit',
  'request_override',
  'override',
  'decline_override',
  'start_consultation',
  'close_consultation',
  'start_review',
  'sign_off',
  'approve',
  'reject',
  'return',
  'withdraw',
  'request_renewal',
  'renew',
  'deny_renewal',
  'revoke',
  'amend',
] as const;
export type WorkflowAction = (typeof WORKFLOW_ACTIONS)[number];

export interface AdmissionEvent {
  at: string;
  actorName: string;
  /** A workflow action, or create / save / import / sign_off. */
  action: string;
  from: string | null;
  to: string;
  reason: string;
  tag: string | null;
  changes: Record<string, unknown>;
}

export type Stance = 'agree' | 'concern' | 'object';

export interface ConsultationComment {
  communityCode: string;
  communityName: string;
  stance: Stance | string;
  comment: string;
  at: string;
}

export interface AdmissionDetail extends Admission {
  prechecks: PrecheckResult[];
  events: AdmissionEvent[];
  comments: ConsultationComment[];
  signoffs: { required: number; done: { name: string; at: string }[] };
  allowedActions: WorkflowAction[];
}

export interface AdmissionQuery {
  q?: string;
  status?: AdmissionStatus[];
  queue?: boolean;
  page?: number;
  pageSize?: number;
}

export interface Amendment {
  frequency?: Frequency;
  occurrencesPerYear?: number | null;
  minutesPerOccurrence?: number | null;
  ledgerFields?: number | null;
  ledgerRows?: number | null;
}

export interface ActBody {
  action: WorkflowAction;
  reason?: string;
  tag?: 'work_change' | 're_estimate';
  amendment?: Amendment;
  consultation?: { codes: string[]; workingDays: number };
  expiryDate?: string;
}

export type PublicStatus = 'valid' | 'expired' | 'revoked' | 'unknown';

export interface PublicAdmission {
  status: PublicStatus;
  number: string;
  code: string;
  title: string;
  kind: ObjectKind;
  listType: AdmissionListType;
  department: { code: string; name: string };
  jurisdiction: { code: string; name: string };
  scope: Scope;
  communityCount: number;
  frequency: Frequency;
  burden: { hoursPerCommunityYear: number; totalHoursYear: number };
  resources: Resources;
  startDate: string;
  expiryDate: string;
  decidedAt: string | null;
}

export type PublicCheck = (PublicAdmission & { query: string }) | { status: 'unknown'; query: string };
