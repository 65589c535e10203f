// The rules of a purchased service: what each indicator asks over the term, how much of it the recorded
// activities deliver and how much should be delivered by today, and the hours of the admitted item that
// the contract takes off the covered communities. Pure: dates are inputs.
import { daysBetween, monthsBetween, termEnd } from '#common/dates.js';
import type { ActivityKind, IndicatorBasis } from '#common/purchasing.js';

export interface IndicatorSpec {
  name: string;
  activityKind: ActivityKind;
  basis: IndicatorBasis;
  /** per_beneficiary_year: per beneficiary and year (4 visits); total: over the term (12 activities). */
  target: number;
  /** per_beneficiary_year only: how many are served (120 elders living alone). */
  beneficiaries: number | null;
}

export interface ActivityFact {
  kind: ActivityKind;
  heldOn: string;
  beneficiaries: number;
  /** Where it was held (per-community delivery). */
  community?: string;
}

export interface Term {
  startDate: string;
  endDate: string;
}

export type ProgressStatus = 'done' | 'on_track' | 'behind' | 'not_started';

export interface IndicatorProgress {
  required: number;
  expectedByNow: number;
  delivered: number;
  /** delivered ÷ required, 0–1 and more (over-delivery is shown as it is). */
  ratio: number;
  status: ProgressStatus;
}

/** Days of the term, both ends included. */
export const termDays = (t: Term): number => daysBetween(t.startDate, t.endDate) + 1;

/** Days of the term that have passed by `today` (today included), 0 before it starts. */
export function elapsedDays(t: Term, today: string): number {
  if (today < t.startDate) return 0;
  return Math.min(termDays(t), daysBetween(t.startDate, today) + 1);
}

/**
 * The term in years: whole months ÷ 12 when it runs whole months (1 Jan–31 Dec is one year, leap or not:
 * "4 visits a year" stays 4), else days ÷ 365.
 */
export function termYears(t: Term): number {
  const m = monthsBetween(t.startDate, t.endDate);
  for (const months of [m, m + 1]) if (months > 0 && termEnd(t.startDate, months) === t.endDate) return months / 12;
  return termDays(t) / 365;
}

/** What an indicator asks over the whole term. */
export function required(ind: IndicatorSpec, t: Term): number {
  if (ind.basis === 'total') return ind.target;
  return Math.round(ind.target * (ind.beneficiaries ?? 0) * termYears(t));
}

/** What recorded activities deliver: a visit to 3 elders is 3 visits; a group activity counts once. */
export function delivered(ind: IndicatorSpec, activities: readonly ActivityFact[]): number {
  const mine = activities.filter((a) => a.kind === ind.activityKind);
  return ind.basis === 'total' ? mine.length : mine.reduce((n, a) => n + a.beneficiaries, 0);
}

/** Tolerance before an indicator is shown as behind: a month's work recorded late is not a shortfall. */
const ON_TRACK = 0.9;

export function progressOf(ind: IndicatorSpec, activities: readonly ActivityFact[], t: Term, today: string) {
  const req = required(ind, t);
  const done = delivered(
    ind,
    activities.filter((a) => a.heldOn <= today),
  );
  const expected = Math.round((req * elapsedDays(t, today)) / termDays(t));
  let status: ProgressStatus;
  if (req > 0 && done >= req) status = 'done';
  else if (today < t.startDate) status = 'not_started';
  else status = done >= expected * ON_TRACK ? 'on_track' : 'behind';
  return { required: req, expectedByNow: expected, delivered: done, ratio: req ? done / req : 1, status };
}

/** How far delivery keeps up with the term so far: each indicator's delivered ÷ expected, capped at 1, averaged. */
export function deliveryRatio(progress: readonly IndicatorProgress[]): number {
  if (!progress.length) return 0;
  const parts = progress.map((p) => (p.expectedByNow > 0 ? Math.min(1, p.delivered / p.expectedByNow) : 1));
  return parts.reduce((a, b) => a + b, 0) / parts.length;
}

/**
 * How far delivery keeps up in each covered community. An indicator per person served is split evenly over
 * the communities (the contract names a total, not who lives where), so a community left behind shows its
 * own shortfall even when others do more; an indicator over the term counts for the contract as a whole.
 */
export function communityRatios(
  specs: readonly IndicatorSpec[],
  activities: readonly ActivityFact[],
  t: Term,
  today: string,
  communities: readonly string[],
): Map<string, number> {
  const out = new Map<string, number>();
  if (!specs.length) return out;
  const whole = specs.map((s) => progressOf(s, activities, t, today));
  for (const c of communities) {
    const parts = specs.map((s, i) => {
      if (s.basis === 'total')
        return whole[i].expectedByNow > 0 ? Math.min(1, whole[i].delivered / whole[i].expectedByNow) : 1;
      const expected = whole[i].expectedByNow / communities.length;
      const done = delivered(
        s,
        activities.filter((a) => a.community === c && a.heldOn <= today),
      );
      return expected > 0 ? Math.min(1, done / expected) : 1;
    });
    out.set(c, parts.reduce((a, b) => a + b, 0) / parts.length);
  }
  return out;
}

/** Hours a contract takes off its communities (ShiftCard, 负担监测): due, delivered, and the gap between. */
export interface HoursShift {
  /** The admitted item's hours over the covered communities for the term so far (its SCM estimate). */
  plannedHours: number;
  /** The part the organisation delivered. */
  movedHours: number;
  /** Planned but not delivered: shown as a gap, not silently handed back to the communities. */
  gapHours: number;
}

const round1 = (n: number) => Math.round(n * 10) / 10;

/** The average of a contract's ratings, one decimal, or null without any. */
export function averageScore(scores: readonly number[]): number | null {
  if (!scores.length) return null;
  return round1(scores.reduce((a, b) => a + b, 0) / scores.length);
}

export interface ContractFieldError {
  field: string;
  reason: string;
}

/** What is wrong with a contract's own figures: its term, indicators and milestones. */
export function contractErrors(b: {
  startDate: string;
  endDate: string;
  budgetYuan: number;
  indicators: readonly { basis: IndicatorBasis; beneficiaries?: number }[];
  milestones?: readonly { dueDate: string; amountYuan: number }[];
}): ContractFieldError[] {
  const errors: ContractFieldError[] = [];
  if (b.endDate < b.startDate) errors.push({ field: 'endDate', reason: 'end_before_start' });
  b.indicators.forEach((ind, i) => {
    if (ind.basis === 'per_beneficiary_year' && !ind.beneficiaries)
      errors.push({ field: `indicators.${i}.beneficiaries`, reason: 'beneficiaries_required' });
  });
  const ms = b.milestones ?? [];
  ms.forEach((m, i) => {
    if (m.dueDate < b.startDate || m.dueDate > b.endDate)
      errors.push({ field: `milestones.${i}.dueDate`, reason: 'outside_term' });
  });
  if (ms.reduce((n, m) => n + m.amountYuan, 0) > b.budgetYuan)
    errors.push({ field: 'milestones', reason: 'over_budget' });
  return errors;
}
