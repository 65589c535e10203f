// The hours a purchased service moves off each covered community, month by month (负担监测's 购买服务承接):
// for each month of the term up to today, the share of the month the term covers and how far delivery in
// that community had kept up by the month's end (or today, in this month). Burden multiplies the admitted
// item's own monthly minutes by them: the share is moved off the community, and the part delivery did not
// keep up with is shown as a gap. Pure: dates are inputs.
import { daysBetween, firstDayOfMonth, lastDayOfMonth, monthOf, monthRange } from '#common/dates.js';
import { communityRatios, type ActivityFact, type IndicatorSpec, type Term } from './rules.js';

export interface MonthlyDelivery {
  community: string;
  month: string;
  /** Days of the month inside the term ÷ days of the month (0–1]. */
  share: number;
  /** Delivery in that community by the month's end (today in the current month), 0–1. */
  ratio: number;
}

/** Each covered community's months of the term up to today's month, with the share covered and delivery. */
export function monthlyDelivery(
  specs: readonly IndicatorSpec[],
  activities: readonly ActivityFact[],
  t: Term,
  today: string,
  communities: readonly string[],
  /** Earlier contracts for the same admitted item: what they cover in a community's month is theirs. */
  earlier: readonly (Term & { communities: readonly string[] })[] = [],
): MonthlyDelivery[] {
  if (today < t.startDate || !communities.length) return [];
  const last = [monthOf(t.endDate), monthOf(today)].sort()[0];
  const out: MonthlyDelivery[] = [];
  for (const month of monthRange(monthOf(t.startDate), last)) {
    const end = lastDayOfMonth(month);
    const share = coveredShare(t, month);
    const asOf = end < today ? end : today;
    // No indicator: nothing measures delivery, so nothing is counted as delivered.
    const ratios = specs.length ? communityRatios(specs, activities, t, asOf, communities) : new Map<string, number>();
    for (const c of communities) {
      // An item's month is bought once: a later contract over the same community moves only what is left.
      const taken = earlier.filter((e) => e.communities.includes(c)).reduce((n, e) => n + coveredShare(e, month), 0);
      out.push({ community: c, month, share: Math.max(0, share - taken), ratio: ratios.get(c) ?? 0 });
    }
  }
  return out;
}

/** The part of a month a term covers: its days in the term ÷ the month's days (0 outside it). */
export function coveredShare(t: Term, month: string): number {
  const first = firstDayOfMonth(month);
  const end = lastDayOfMonth(month);
  const from = first < t.startDate ? t.startDate : first;
  const to = end > t.endDate ? t.endDate : end;
  return to < from ? 0 : (daysBetween(from, to) + 1) / (daysBetween(first, end) + 1);
}

export interface ShiftTotals {
  plannedHours: number;
  movedHours: number;
  gapHours: number;
}

const round1 = (n: number) => Math.round(n * 10) / 10;

/**
 * The same months in hours, for the communities that pass `only`: planned = the item's hours per community
 * and year ÷ 12 × share, moved = planned × delivery, the rest a gap (what 负担监测's rollups hold for an item
 * without amendments).
 */
export function shiftTotals(
  hoursPerCommunityYear: number,
  months: readonly MonthlyDelivery[],
  only?: (community: string) => boolean,
): ShiftTotals {
  let planned = 0;
  let moved = 0;
  for (const m of months) {
    if (only && !only(m.community)) continue;
    const p = (hoursPerCommunityYear / 12) * m.share;
    planned += p;
    moved += p * Math.min(1, Math.max(0, m.ratio));
  }
  return {
    plannedHours: round1(planned),
    movedHours: round1(moved),
    gapHours: round1(round1(planned) - round1(moved)),
  };
}
