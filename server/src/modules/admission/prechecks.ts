// The automatic pre-checks run on every save of an application. Pure: the service gathers the
// catalogue items, comparable admissions, the scope and the calendar; this decides and explains.
import {
  LEAD_WORKING_DAYS,
  MAX_EXPIRY_MONTHS,
  type Frequency,
  type ObjectKind,
  type PrecheckRule,
  type ScopeType,
  type Verdict,
} from '#common/admission.js';
import { estimateBurden, type BurdenEstimate } from '#common/scm.js';
import type { FieldError } from '../../http/problem.js';
import {
  hasText,
  NEGATIVE_BLOCK,
  NEGATIVE_WARN,
  photoProofFindings,
  similarItems,
  type ItemMatch,
  type ListedItem,
} from './work-rules.js';
import { isValidDate, type WorkCalendar } from '../calendar/workdays.js';
import { addMonths } from '#common/dates.js';
import type { PrecheckMessageKey } from '#common/i18n/prechecks.js';
import { budgetVerdict, type Budget } from '../burden/budget.js';

export interface DraftInput {
  title?: string;
  kind?: ObjectKind;
  listType?: 'duty' | 'assist';
  description?: string;
  legalBasis?: string;
  scope?: { type: ScopeType; codes: string[] };
  frequency?: Frequency;
  occurrencesPerYear?: number | null;
  minutesPerOccurrence?: number | null;
  ledgerFields?: number | null;
  ledgerRows?: number | null;
  resources?: {
    fundsYuan?: number | null;
    /** Delivered by purchased service: an item of the 指导性目录 and its budget (yuan). */
    purchased?: { itemId: number; budgetYuan: number } | null;
    staff?: string;
    training?: string;
    equipment?: string;
  };
  assessment?: string;
  startDate?: string;
  expiryDate?: string;
  emergency?: boolean;
  emergencyReason?: string;
  /** Admission ids this application retires when admitted (budgets: one in, one out). */
  retires?: number[];
}

/** An item of a list or register the draft is compared with (work-rules.ts). */
export type Comparable = ListedItem;
export type Match = ItemMatch;

export interface PrecheckContext {
  today: string;
  calendar: WorkCalendar;
  negativeItems: Comparable[];
  comparables: Comparable[];
  scope: { communities: number; outside: string[]; unknown: string[] };
  /** The jurisdiction's budget, when it has one (burden module). */
  budget?: BudgetContext;
  /** The 政府购买服务指导性目录 items the jurisdiction may buy (purchasing module). */
  purchasable?: { id: number; name: string }[];
}

export interface BudgetContext {
  budget: Budget;
  /** Hours of numbered work the most burdened community in scope took over the last 12 months. */
  currentHours: number;
  retiring: { id: number; label: string; hoursPerCommunityYear: number }[];
  /** Retire ids that are not valid admissions of the jurisdiction. */
  invalid: number[];
}

export interface Message {
  key: PrecheckMessageKey;
  params?: Record<string, string | number>;
}

export interface Check {
  rule: PrecheckRule;
  verdict: Verdict;
  messages: Message[];
  matches: Match[];
  estimate?: BurdenEstimate;
  fieldErrors?: FieldError[];
}

export { NEGATIVE_BLOCK, NEGATIVE_WARN };
export const DUPLICATE_WARN = 0.6;

const r2 = (x: number) => Math.round(x * 100) / 100;

const unchecked = (rule: PrecheckRule, key: PrecheckMessageKey): Check => ({
  rule,
  verdict: 'unchecked',
  messages: [{ key }],
  matches: [],
});

export function negativeListCheck(draft: DraftInput, ctx: PrecheckContext): Check {
  if (!hasText(draft)) return unchecked('negative_list', 'no_text_yet');
  const matches = similarItems(draft, ctx.negativeItems, NEGATIVE_WARN);
  const top = matches[0];
  if (!top) return { rule: 'negative_list', verdict: 'pass', messages: [{ key: 'negative_pass' }], matches };
  const params = { name: top.name, score: top.score.toFixed(2) };
  return top.score >= NEGATIVE_BLOCK
    ? { rule: 'negative_list', verdict: 'block', messages: [{ key: 'negative_block', params }], matches }
    : { rule: 'negative_list', verdict: 'warn', messages: [{ key: 'negative_warn', params }], matches };
}

/** Photos, screenshots and check-ins as proof of work are banned (the same rule refuses such a dispatch). */
export function photoProofCheck(draft: DraftInput): Check {
  if (!hasText(draft)) return unchecked('photo_proof', 'no_text_yet');
  const findings = photoProofFindings(draft);
  if (findings.length === 0)
    return { rule: 'photo_proof', verdict: 'pass', messages: [{ key: 'photo_proof_pass' }], matches: [] };
  return {
    rule: 'photo_proof',
    verdict: 'block',
    messages: [{ key: 'photo_proof_block', params: { phrases: findings.flatMap((f) => f.phrases).join('」「') } }],
    matches: [],
    fieldErrors: findings.map((f) => ({ field: f.field, reason: 'photo_proof_forbidden' })),
  };
}

export function duplicatesCheck(draft: DraftInput, ctx: PrecheckContext): Check {
  if (!hasText(draft)) return unchecked('duplicates', 'no_text_yet');
  const matches = similarItems(draft, ctx.comparables, DUPLICATE_WARN);
  if (matches.length === 0)
    return { rule: 'duplicates', verdict: 'pass', messages: [{ key: 'duplicate_pass' }], matches };
  return {
    rule: 'duplicates',
    verdict: 'warn',
    messages: matches
      .slice(0, 3)
      .map((m) => ({ key: 'duplicate_warn', params: { name: m.name, code: m.code, score: m.score.toFixed(2) } })),
    matches,
  };
}

export function burdenCheck(draft: DraftInput, ctx: PrecheckContext): Check {
  const hasTime = Boolean(draft.minutesPerOccurrence) || Boolean(draft.ledgerFields && draft.ledgerRows);
  if (!hasTime) return { rule: 'burden', verdict: 'warn', messages: [{ key: 'burden_missing' }], matches: [] };
  if (ctx.scope.communities === 0)
    return { rule: 'burden', verdict: 'warn', messages: [{ key: 'burden_no_scope' }], matches: [] };
  const estimate = estimateBurden({
    frequency: draft.frequency ?? 'once',
    occurrencesPerYear: draft.occurrencesPerYear,
    minutesPerOccurrence: draft.minutesPerOccurrence,
    ledgerFields: draft.ledgerFields,
    ledgerRows: draft.ledgerRows,
    communities: ctx.scope.communities,
  });
  const messages: Message[] = [];
  if (estimate.basis === 'ledger_cells') {
    messages.push({
      key: 'burden_ledger',
      params: { fields: draft.ledgerFields!, rows: draft.ledgerRows!, minutes: estimate.minutesPerOccurrence },
    });
  }
  messages.push({
    key: 'burden_estimate',
    params: {
      perCommunity: estimate.hoursPerCommunityYear,
      minutes: estimate.minutesPerOccurrence,
      occurrences: estimate.occurrencesPerYear,
      communities: ctx.scope.communities,
      total: estimate.totalHoursYear,
      days: estimate.workerDaysYear,
    },
  });
  return { rule: 'burden', verdict: 'pass', messages, matches: [], estimate };
}

/** The 目录 item a draft names as bought, when it is one the jurisdiction may buy. */
export function purchasedItem(draft: DraftInput, ctx: Pick<PrecheckContext, 'purchasable'>) {
  const p = draft.resources?.purchased;
  return p ? (ctx.purchasable ?? []).find((i) => i.id === p.itemId) : undefined;
}

export function fundingCheck(draft: DraftInput, ctx: Pick<PrecheckContext, 'purchasable'> = {}): Check {
  if (!draft.listType) return unchecked('funding', 'funding_no_list_type');
  if (draft.listType !== 'assist')
    return { rule: 'funding', verdict: 'pass', messages: [{ key: 'funding_duty' }], matches: [] };
  const r = draft.resources ?? {};
  // 费随事转: a budget for a purchased service of the 目录 funds the work (it is done by the organisation).
  const bought = purchasedItem(draft, ctx);
  const parts = [
    r.fundsYuan ? `${r.fundsYuan} 元` : '',
    bought && r.purchased?.budgetYuan ? `购买服务「${bought.name}」${r.purchased.budgetYuan} 元` : '',
    r.staff?.trim() ?? '',
    r.training?.trim() ?? '',
    r.equipment?.trim() ?? '',
  ].filter(Boolean);
  if (parts.length === 0) return { rule: 'funding', verdict: 'warn', messages: [{ key: 'funding_warn' }], matches: [] };
  return {
    rule: 'funding',
    verdict: 'pass',
    messages: [{ key: 'funding_pass', params: { resources: parts.join('；') } }],
    matches: [],
  };
}

export function leadTimeCheck(draft: DraftInput, ctx: PrecheckContext): Check {
  // No start date yet: nothing to count (the form rule refuses a missing or broken date).
  if (!draft.startDate || !isValidDate(draft.startDate)) return unchecked('lead_time', 'lead_missing');
  const days = ctx.calendar.workingDaysBetween(ctx.today, draft.startDate);
  const messages: Message[] = [];
  let verdict: Verdict;
  if (days.value >= LEAD_WORKING_DAYS) {
    verdict = 'pass';
    messages.push({ key: 'lead_pass', params: { days: days.value } });
  } else if (draft.emergency && draft.emergencyReason?.trim()) {
    verdict = 'warn';
    messages.push({ key: 'lead_emergency', params: { days: days.value } });
  } else {
    verdict = 'block';
    const earliest = ctx.calendar.addWorkingDays(ctx.today, LEAD_WORKING_DAYS);
    messages.push({ key: 'lead_block', params: { days: days.value, earliest: earliest.value } });
  }
  if (days.assumedYears.length) {
    messages.push({ key: 'lead_assumed', params: { years: days.assumedYears.join('、') } });
    if (verdict === 'pass') verdict = 'warn';
  }
  return { rule: 'lead_time', verdict, messages, matches: [] };
}

/** Problems with the form itself, as field errors (the same list makes a save fail with 422). */
export function formErrors(draft: DraftInput, ctx: Pick<PrecheckContext, 'scope' | 'purchasable'>): FieldError[] {
  const errors: FieldError[] = [];
  if (!draft.title?.trim()) errors.push({ field: 'title', reason: 'required' });
  if (!draft.kind) errors.push({ field: 'kind', reason: 'required' });
  if (!draft.listType) errors.push({ field: 'listType', reason: 'required' });
  if (draft.listType === 'assist' && !draft.legalBasis?.trim())
    errors.push({ field: 'legalBasis', reason: 'legal_basis_required' });
  if (!draft.frequency) errors.push({ field: 'frequency', reason: 'required' });
  if (draft.frequency === 'as_needed' && !draft.occurrencesPerYear)
    errors.push({ field: 'occurrencesPerYear', reason: 'occurrences_required' });
  if (!draft.scope) errors.push({ field: 'scope', reason: 'required' });
  else if (draft.scope.type !== 'all' && draft.scope.codes.length === 0)
    errors.push({ field: 'scope', reason: 'scope_empty' });
  if (ctx.scope.unknown.length)
    errors.push({ field: 'scope', reason: 'scope_unknown', params: { codes: ctx.scope.unknown.join('、') } });
  if (ctx.scope.outside.length)
    errors.push({ field: 'scope', reason: 'scope_outside', params: { codes: ctx.scope.outside.join('、') } });
  const start = draft.startDate;
  const expiry = draft.expiryDate;
  if (!start) errors.push({ field: 'startDate', reason: 'required' });
  else if (!isValidDate(start)) errors.push({ field: 'startDate', reason: 'invalid_date' });
  if (!expiry) errors.push({ field: 'expiryDate', reason: 'required' });
  else if (!isValidDate(expiry)) errors.push({ field: 'expiryDate', reason: 'invalid_date' });
  if (start && expiry && isValidDate(start) && isValidDate(expiry)) {
    const latest = addMonths(start, MAX_EXPIRY_MONTHS);
    if (expiry <= start) errors.push({ field: 'expiryDate', reason: 'expiry_before_start' });
    else if (expiry > latest)
      errors.push({ field: 'expiryDate', reason: 'expiry_too_long', params: { max: MAX_EXPIRY_MONTHS, latest } });
  }
  if (draft.emergency && !draft.emergencyReason?.trim())
    errors.push({ field: 'emergencyReason', reason: 'emergency_reason_required' });
  const bought = draft.resources?.purchased;
  if (bought) {
    if (!purchasedItem(draft, ctx))
      errors.push({ field: 'resources.purchased.itemId', reason: 'not_in_purchase_catalogue' });
    if (!bought.budgetYuan) errors.push({ field: 'resources.purchased.budgetYuan', reason: 'required' });
  }
  return errors;
}

export function formCheck(draft: DraftInput, ctx: PrecheckContext): Check {
  const fieldErrors = formErrors(draft, ctx);
  if (fieldErrors.length === 0) return { rule: 'form', verdict: 'pass', messages: [{ key: 'form_pass' }], matches: [] };
  return {
    rule: 'form',
    verdict: 'block',
    messages: [{ key: 'form_problems', params: { n: fieldErrors.length } }],
    matches: [],
    fieldErrors,
  };
}

/** Budgets: over the cap (or one in, one out) only when the items it names to retire make up for it. */
export function budgetCheck(draft: DraftInput, ctx: PrecheckContext, burden: Check): Check {
  const b = ctx.budget!;
  if (b.invalid.length)
    return {
      rule: 'budget',
      verdict: 'block',
      messages: [{ key: 'budget_retire_invalid', params: { ids: b.invalid.join('、') } }],
      matches: [],
      fieldErrors: [{ field: 'retires', reason: 'invalid_value' }],
    };
  const added = burden.estimate?.hoursPerCommunityYear ?? 0;
  const retiring = r2(b.retiring.reduce((n, x) => n + x.hoursPerCommunityYear, 0));
  const v = budgetVerdict({ budget: b.budget, currentHours: b.currentHours, newHours: added, retiringHours: retiring });
  const cap = b.budget.annualCapHours ?? 0;
  if (v.verdict === 'block') {
    const key = v.reason === 'over_cap' ? 'budget_over_cap' : 'budget_one_in_one_out';
    return {
      rule: 'budget',
      verdict: 'block',
      messages: [{ key, params: { current: b.currentHours, cap, need: v.needHours, added } }],
      matches: [],
    };
  }
  const items = b.retiring.map((x) => x.label).join('、');
  const message: Message =
    retiring > 0
      ? { key: 'budget_offset', params: { added, retiring, items } }
      : b.budget.annualCapHours === null
        ? { key: 'budget_one_in_one_out_pass', params: { added } }
        : { key: 'budget_within', params: { current: b.currentHours, added, after: r2(b.currentHours + added), cap } };
  return { rule: 'budget', verdict: 'pass', messages: [message], matches: [] };
}

export function runPrechecks(draft: DraftInput, ctx: PrecheckContext): Check[] {
  const burden = burdenCheck(draft, ctx);
  const active = ctx.budget && (ctx.budget.budget.annualCapHours !== null || ctx.budget.budget.oneInOneOut);
  return [
    negativeListCheck(draft, ctx),
    photoProofCheck(draft),
    duplicatesCheck(draft, ctx),
    burden,
    ...(active ? [budgetCheck(draft, ctx, burden)] : []),
    fundingCheck(draft, ctx),
    leadTimeCheck(draft, ctx),
    formCheck(draft, ctx),
  ];
}

/** Whether the checks let an application be submitted; a negative-list block only with an override. */
export function submissionBlockers(checks: Check[], overridden: boolean): Check[] {
  return checks.filter((c) => c.verdict === 'block' && !(c.rule === 'negative_list' && overridden));
}

/** The rules that hold again when a reviewer approves: what it asks of communities, and its form. */
const APPROVAL_RULES: readonly PrecheckRule[] = ['negative_list', 'photo_proof', 'form'];

/**
 * What stops an approval: the same rules judged again on the application as it stands (an application
 * submitted before a rule existed, or whose list changed since, does not pass on an old verdict). The
 * lead time is not judged again — the review clock is the office's, not the applicant's.
 */
export function approvalBlockers(checks: Check[], overridden: boolean): Check[] {
  return submissionBlockers(checks, overridden).filter((c) => APPROVAL_RULES.includes(c.rule));
}
