// The rules of part B's delivery record, pure: a month's report numbers computed from the activities (never
// typed), which months of a term still lack a report, whether a month may be reported, the closing
// evaluation's grade, whether a resident may rate, and an organisation's record from its evaluations.
import { lastDayOfMonth, monthOf, monthRange } from '#common/dates.js';
import { ACTIVITY_KINDS, gradeOfScore, type ActivityKind, type EvaluationGrade } from '#common/purchasing.js';
import type { FieldError } from '../../http/problem.js';
import { progressOf, type ActivityFact, type IndicatorSpec, type Term } from './rules.js';

export interface ActivityCounts extends ActivityFact {
  participants: number;
  community: string;
}

export interface MonthNumbers {
  activities: number;
  participants: number;
  beneficiaries: number;
  communities: number;
  byKind: { kind: ActivityKind; n: number }[];
  indicators: { name: string; delivered: number; required: number }[];
}

/** A month's numbers: its activities, and each indicator as it stood at the month's end. */
export function monthNumbers(
  month: string,
  activities: readonly ActivityCounts[],
  indicators: readonly IndicatorSpec[],
  term: Term,
): MonthNumbers {
  const inMonth = activities.filter((a) => monthOf(a.heldOn) === month);
  const end = lastDayOfMonth(month);
  return {
    activities: inMonth.length,
    participants: inMonth.reduce((n, a) => n + a.participants, 0),
    beneficiaries: inMonth.reduce((n, a) => n + a.beneficiaries, 0),
    communities: new Set(inMonth.map((a) => a.community)).size,
    byKind: ACTIVITY_KINDS.map((kind) => ({ kind, n: inMonth.filter((a) => a.kind === kind).length })).filter(
      (k) => k.n > 0,
    ),
    indicators: indicators.map((ind) => {
      const p = progressOf(ind, activities, term, end);
      return { name: ind.name, delivered: p.delivered, required: p.required };
    }),
  };
}

/** The months of the term up to the last whole month before today (the current month is not yet due). */
export function dueMonths(term: Term, today: string): string[] {
  const last = [monthOf(term.endDate), monthOf(today)].sort()[0];
  return monthRange(monthOf(term.startDate), last).filter((m) => m < monthOf(today));
}

/** Which due months have no report yet. */
export function missingReports(term: Term, today: string, reported: readonly string[]): string[] {
  const done = new Set(reported);
  return dueMonths(term, today).filter((m) => !done.has(m));
}

/** Months that may still be reported: the term's months up to this one without a report, newest first. */
export function reportableMonths(term: Term, today: string, reported: readonly string[]): string[] {
  const last = [monthOf(term.endDate), monthOf(today)].sort()[0];
  const done = new Set(reported);
  return monthRange(monthOf(term.startDate), last)
    .filter((m) => !done.has(m))
    .reverse();
}

/** A month may be reported once it has begun and while it lies inside the term. */
export function reportErrors(month: string, term: Term, today: string): FieldError[] {
  if (month < monthOf(term.startDate) || month > monthOf(term.endDate))
    return [{ field: 'month', reason: 'outside_term' }];
  if (month > monthOf(today)) return [{ field: 'month', reason: 'in_future' }];
  return [];
}

/** The closing evaluation: the grade is the score's band; a grade given that disagrees is refused. */
export function evaluationOf(body: { score: number; grade?: EvaluationGrade }): {
  grade: EvaluationGrade;
  errors: FieldError[];
} {
  const grade = gradeOfScore(body.score);
  const errors: FieldError[] =
    body.grade && body.grade !== grade ? [{ field: 'grade', reason: 'grade_mismatch', params: { grade } }] : [];
  return { grade, errors };
}

/**
 * A resident may rate a service delivered in their own community, once it has begun, and only until it is
 * closed. (Who was served is the community: activities count residents, they do not name them.)
 */
export function residentMayRate(
  resident: { community: string },
  contract: { communities: readonly string[]; startDate: string; closed: boolean },
  today: string,
): 'ok' | 'not_served' | 'not_started' | 'closed' {
  if (!contract.communities.includes(resident.community)) return 'not_served';
  if (contract.closed) return 'closed';
  if (today < contract.startDate) return 'not_started';
  return 'ok';
}

const mean = (xs: readonly number[]): number | null =>
  xs.length ? Math.round((xs.reduce((n, x) => n + x, 0) / xs.length) * 10) / 10 : null;

/** An organisation's record from its closed contracts' evaluations (newest last) and residents' scores. */
export function orgRecord(
  evaluations: readonly { score: number; grade: string; evaluatedAt: string }[],
  residentScores: readonly number[],
): { closed: number; averageScore: number | null; latestGrade: EvaluationGrade | null; residentScore: number | null } {
  const sorted = [...evaluations].sort((a, b) => a.evaluatedAt.localeCompare(b.evaluatedAt));
  return {
    closed: sorted.length,
    averageScore: mean(sorted.map((e) => e.score)),
    latestGrade: (sorted.at(-1)?.grade as EvaluationGrade | undefined) ?? null,
    residentScore: mean(residentScores),
  };
}
