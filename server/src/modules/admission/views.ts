// Shapes the API returns for applications, and the rendering of pre-check results in a language.
import type { AdmissionStatus, Frequency, ListType, ObjectKind, ScopeType } from '#common/admission.js';
import { PRECHECK_MESSAGES } from '#common/i18n/prechecks.js';
import { ADMISSION_FIELD_LABELS, label } from '#common/i18n/labels.js';
import { fillTemplate, type Lang } from '#common/i18n/problems.js';
import { problemBody, problem } from '../../http/problem.js';
import type { AdmissionWithNames } from './repository.js';
import type { Check } from './prechecks.js';

export interface AdmissionView {
  id: number;
  status: AdmissionStatus;
  number: string | null;
  code: string | null;
  title: string;
  kind: ObjectKind;
  listType: Extract<ListType, 'duty' | 'assist'>;
  description: string;
  legalBasis: string;
  scope: { type: ScopeType; codes: string[] };
  communityCount: number;
  frequency: Frequency;
  occurrencesPerYear: number | null;
  minutesPerOccurrence: number | null;
  ledgerFields: number | null;
  ledgerRows: number | null;
  resources: {
    fundsYuan: number;
    purchased: { itemId: number; budgetYuan: number } | null;
    staff: string;
    training: string;
    equipment: string;
  };
  assessment: string;
  startDate: string;
  expiryDate: string;
  emergency: boolean;
  emergencyReason: string;
  retires: number[];
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
}

export function toAdmissionView(r: AdmissionWithNames): AdmissionView {
  return {
    id: r.id,
    status: r.status as AdmissionStatus,
    number: r.number,
    code: r.code,
    title: r.title,
    kind: r.kind as ObjectKind,
    listType: r.list_type as 'duty' | 'assist',
    description: r.description,
    legalBasis: r.legal_basis,
    scope: { type: r.scope_type as ScopeType, codes: JSON.parse(r.scope_codes) as string[] },
    communityCount: Number(r.community_count),
    frequency: r.frequency as Frequency,
    occurrencesPerYear: r.occurrences_per_year,
    minutesPerOccurrence: r.minutes_per_occurrence,
    ledgerFields: r.ledger_fields,
    ledgerRows: r.ledger_rows,
    resources: {
      fundsYuan: Number(r.funds_yuan),
      purchased:
        r.purchased_item_id === null || r.purchased_item_id === undefined
          ? null
          : { itemId: Number(r.purchased_item_id), budgetYuan: Number(r.purchased_budget_yuan ?? 0) },
      staff: r.resource_staff,
      training: r.resource_training,
      equipment: r.resource_equipment,
    },
    assessment: r.assessment,
    startDate: r.start_date,
    expiryDate: r.expiry_date,
    emergency: Boolean(r.emergency),
    emergencyReason: r.emergency_reason,
    retires: JSON.parse(r.retires) as number[],
    burden: { hoursPerCommunityYear: Number(r.hours_per_community_year), totalHoursYear: Number(r.total_hours_year) },
    department: { code: r.department_code, name: r.department_name },
    jurisdiction: { code: r.jurisdiction_code, name: r.jurisdiction_name },
    submittedAt: r.submitted_at,
    reviewDueDate: r.review_due_date,
    decidedAt: r.decided_at,
    overrideReason: r.override_reason,
    consultation: { codes: JSON.parse(r.consultation_codes) as string[], dueDate: r.consultation_due_date },
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    isDemo: Boolean(r.is_demo),
  };
}

export interface RenderedCheck {
  rule: Check['rule'];
  verdict: Check['verdict'];
  message: string;
  matches: { code: string; name: string; score: number; source: string }[];
  estimate?: Check['estimate'];
  fieldErrors?: { field: string; reason: string; message: string }[];
}

export function renderChecks(checks: Check[], lang: Lang): RenderedCheck[] {
  return checks.map((c) => {
    const fieldErrors = c.fieldErrors?.length
      ? (problemBody(problem('validation_failed', { fields: c.fieldErrors }), lang).errors ?? [])
      : undefined;
    const list = (fieldErrors ?? [])
      .map((e) => `${label(ADMISSION_FIELD_LABELS, e.field, lang)}：${e.message}`)
      .join('；');
    const message = c.messages
      .map((m) => fillTemplate(PRECHECK_MESSAGES[m.key][lang], { ...m.params, list }))
      .join(' ');
    return {
      rule: c.rule,
      verdict: c.verdict,
      message,
      matches: c.matches,
      ...(c.estimate ? { estimate: c.estimate } : {}),
      ...(fieldErrors ? { fieldErrors } : {}),
    };
  });
}
