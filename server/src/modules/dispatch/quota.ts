// What an admission allows a department to send to one community, in plain functions: how often (the
// admitted frequency, counted per period of the calendar in China time) and how many hours a year (the
// admitted hours per community and year). Dispatches the community refused or the department withdrew
// do not count. The service gathers the days earlier work was sent (China dates) and asks these.
import type { Frequency } from '#common/admission.js';
import type { QuotaPeriod } from '#common/dispatch.js';
import { occurrencesPerYear } from '#common/scm.js';
import { addDays, daysBetween } from '#common/dates.js';
import { itemSimilarity } from '../../text/similarity.js';

export interface AdmittedQuota {
  frequency: Frequency;
  /** The admitted occurrences per year (as_needed: required; otherwise overrides the frequency's). */
  occurrencesPerYear: number | null;
  hoursPerCommunityYear: number;
  startDate: string;
  expiryDate: string;
}

const PERIOD_OF: Record<Frequency, QuotaPeriod> = {
  daily: 'day',
  weekly: 'week',
  monthly: 'month',
  quarterly: 'quarter',
  half_yearly: 'half_year',
  yearly: 'year',
  once: 'term',
  as_needed: 'year',
};

/** The period a frequency is counted in, and how many dispatches per community it allows there. */
export function allowance(q: Pick<AdmittedQuota, 'frequency' | 'occurrencesPerYear'>): {
  period: QuotaPeriod;
  allowed: number;
} {
  const period = PERIOD_OF[q.frequency];
  if (q.frequency === 'as_needed') return { period, allowed: Math.max(0, Math.floor(q.occurrencesPerYear ?? 0)) };
  return { period, allowed: 1 };
}

const pad = (n: number) => String(n).padStart(2, '0');

/** First and last day of the period a China date falls in (`term`: the admission's start to expiry). */
export function periodBounds(
  period: QuotaPeriod,
  day: string,
  term: { startDate: string; expiryDate: string },
): { start: string; end: string } {
  const y = Number(day.slice(0, 4));
  const m = Number(day.slice(5, 7));
  const monthsFrom = (first: number, n: number) => {
    const lastMonth = first + n - 1;
    const end = new Date(Date.UTC(y, lastMonth, 0)).getUTCDate();
    return { start: `${y}-${pad(first)}-01`, end: `${y}-${pad(lastMonth)}-${pad(end)}` };
  };
  switch (period) {
    case 'day':
      return { start: day, end: day };
    case 'week': {
      // Monday to Sunday; 1970-01-05 was a Monday.
      const weekday = ((daysBetween('1970-01-05', day) % 7) + 7) % 7;
      const start = addDays(day, -weekday);
      return { start, end: addDays(start, 6) };
    }
    case 'month':
      return monthsFrom(m, 1);
    case 'quarter':
      return monthsFrom(Math.floor((m - 1) / 3) * 3 + 1, 3);
    case 'half_year':
      return monthsFrom(m <= 6 ? 1 : 7, 6);
    case 'year':
      return { start: `${y}-01-01`, end: `${y}-12-31` };
    case 'term':
      return { start: term.startDate, end: term.expiryDate };
  }
}

const within = (d: string, b: { start: string; end: string }) => d >= b.start && d <= b.end;

export interface FrequencyExcess {
  rule: 'frequency';
  period: QuotaPeriod;
  start: string;
  end: string;
  /** Dispatches already sent in the period. */
  count: number;
  allowed: number;
}

export interface HoursExcess {
  rule: 'hours';
  year: number;
  /** Hours already dispatched this year, and what this dispatch would add. */
  usedHours: number;
  addHours: number;
  allowedHours: number;
}

/** Hours one dispatch costs a community: the admitted hours a year over the admitted occurrences a year. */
export function hoursPerDispatch(q: AdmittedQuota): number {
  const occurrences = occurrencesPerYear(q.frequency, q.occurrencesPerYear);
  return occurrences > 0 ? q.hoursPerCommunityYear / occurrences : q.hoursPerCommunityYear;
}

const round2 = (n: number) => Math.round(n * 100) / 100;

/**
 * Whether one more dispatch on `today` (China date) goes past the admitted frequency, given the China dates
 * earlier counted dispatches to the same community were sent on. Null when it is within.
 */
export function frequencyExcess(q: AdmittedQuota, today: string, sentOn: string[]): FrequencyExcess | null {
  const { period, allowed } = allowance(q);
  // As needed without an admitted count: no frequency was admitted to hold it to (the hours still are).
  if (q.frequency === 'as_needed' && !q.occurrencesPerYear) return null;
  const bounds = periodBounds(period, today, q);
  const count = sentOn.filter((d) => within(d, bounds)).length;
  return count + 1 > allowed ? { rule: 'frequency', period, ...bounds, count, allowed } : null;
}

/** Whether one more dispatch on `today` goes past the admitted hours per community in the calendar year. */
export function hoursExcess(q: AdmittedQuota, today: string, sentOn: string[]): HoursExcess | null {
  const each = hoursPerDispatch(q);
  if (each <= 0) return null;
  const year = Number(today.slice(0, 4));
  const used = sentOn.filter((d) => Number(d.slice(0, 4)) === year).length * each;
  // A hundredth of an hour of rounding is not an excess.
  return used + each > q.hoursPerCommunityYear + 0.01
    ? { rule: 'hours', year, usedHours: round2(used), addHours: round2(each), allowedHours: q.hoursPerCommunityYear }
    : null;
}

/** The first rule one more dispatch breaks: the frequency first, then the hours. */
export function quotaExcess(q: AdmittedQuota, today: string, sentOn: string[]): FrequencyExcess | HoursExcess | null {
  return frequencyExcess(q, today, sentOn) ?? hoursExcess(q, today, sentOn);
}

const PERIOD_WORDS: Record<QuotaPeriod, { now: string; each: string }> = {
  day: { now: '今日', each: '每日' },
  week: { now: '本周', each: '每周' },
  month: { now: '本月', each: '每月' },
  quarter: { now: '本季度', each: '每季度' },
  half_year: { now: '本半年', each: '每半年' },
  year: { now: '本年度', each: '每年' },
  term: { now: '准入有效期内', each: '有效期内' },
};

/** The count in words, as the department reads it: "本季度已派 2 次，准入频次为每季度 1 次". */
export function excessText(e: FrequencyExcess | HoursExcess): string {
  if (e.rule === 'frequency') {
    const w = PERIOD_WORDS[e.period];
    return `${w.now}已派 ${e.count} 次，准入频次为${w.each} ${e.allowed} 次`;
  }
  return `${e.year} 年已派 ${e.usedHours} 小时，本次 ${e.addHours} 小时，准入工时为每社区每年 ${e.allowedHours} 小时`;
}

export const NEAR_DUPLICATE_SIMILARITY = 0.8;

/** Whether two dispatches ask nearly the same (title and instructions), either way round. */
export function nearDuplicate(
  a: { title: string; instructions: string },
  b: { title: string; instructions: string },
): boolean {
  const s = (x: typeof a, y: typeof a) =>
    itemSimilarity({ title: x.title, description: x.instructions }, { name: y.title, text: y.instructions });
  return Math.max(s(a, b), s(b, a)) >= NEAR_DUPLICATE_SIMILARITY;
}
