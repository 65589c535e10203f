// Rebound alert rules. Pure: the service gathers series and texts, these decide. Each returns the
// alerts it finds with the figures a reviewer needs to judge them.
import { RISING_MONTHS, type AlertRule } from '#common/burden.js';
import { itemSimilarity } from '../../text/similarity.js';
import { monthOf, monthsBack as monthsBackOf } from '#common/dates.js';

export interface Alert {
  rule: AlertRule;
  /** The org or department the alert is about. */
  subject: string;
  /** The latest month the rule looked at. */
  month: string;
  /** For rises: the first month of the rise, so a reviewer sees when the rebound began. */
  since?: string;
  params: Record<string, string | number>;
}

export interface Point {
  month: string;
  value: number;
}

/** The run of rises ending at the last month (0 when the last month did not rise). */
export function risingRun(series: Point[]): number {
  let n = 0;
  for (let i = series.length - 1; i > 0; i--) {
    if (series[i].value > series[i - 1].value) n++;
    else break;
  }
  return n;
}

/** The index rose `n` months in a row up to the last month. */
export function indexRising(subject: string, index: Point[], n = RISING_MONTHS): Alert | null {
  const run = risingRun(index);
  if (run < n) return null;
  const last = index[index.length - 1];
  const first = index[index.length - 1 - run];
  const since = index[index.length - run].month;
  return {
    rule: 'index_rising',
    subject,
    month: last.month,
    since,
    params: { months: run, from: first.value, to: last.value, since },
  };
}

/**
 * Back above the baseline after a reduction: some month fell to `reducedBelow` (90) or lower, and the
 * last month is above 100 again.
 */
export function aboveBaselineAgain(subject: string, index: Point[], reducedBelow = 90): Alert | null {
  if (index.length < 2) return null;
  const last = index[index.length - 1];
  const low = index.slice(0, -1).reduce<Point | null>((m, p) => (m === null || p.value < m.value ? p : m), null)!;
  if (low.value > reducedBelow || last.value <= 100) return null;
  // The rise began with the first month after the low that stood above it.
  const since = index.slice(index.indexOf(low) + 1).find((p) => p.value > low.value)!.month;
  return {
    rule: 'above_baseline',
    subject,
    month: last.month,
    since,
    params: { low: low.value, lowMonth: low.month, now: last.value, since },
  };
}

/** Informal demands of one department rising `n` months in a row and by at least half over the run. */
export function informalRising(department: string, minutes: Point[], n = RISING_MONTHS): Alert | null {
  const run = risingRun(minutes);
  if (run < n) return null;
  const last = minutes[minutes.length - 1];
  const first = minutes[minutes.length - 1 - run];
  if (last.value < first.value * 1.5) return null;
  const since = minutes[minutes.length - run].month;
  return {
    rule: 'informal_rising',
    subject: department,
    month: last.month,
    since,
    params: {
      since,
      months: run,
      fromHours: Math.round(first.value / 6) / 10,
      toHours: Math.round(last.value / 6) / 10,
    },
  };
}

export interface TextItem {
  id: number;
  title: string;
  description?: string;
  /** Date (YYYY-MM-DD) it was filed, retired or sent. */
  on: string;
  department?: string;
  label?: string;
}

export const RENAMED_SIMILARITY = 0.6;
export const REAPPEARS_SIMILARITY = 0.7;
export const DUPLICATE_DISPATCH_SIMILARITY = 0.8;
export const DUPLICATE_DISPATCH_DAYS = 60;

const score = (a: TextItem, b: TextItem) =>
  Math.round(
    itemSimilarity({ title: a.title, description: a.description }, { name: b.title, text: b.description }) * 100,
  ) / 100;

function bestMatch(item: TextItem, others: TextItem[], threshold: number) {
  let best: { other: TextItem; score: number } | null = null;
  for (const o of others) {
    if (o.id === item.id) continue;
    const s = score(item, o);
    if (s >= threshold && (!best || s > best.score)) best = { other: o, score: s };
  }
  return best;
}

/** A new application closely resembling an item that was retired or rejected: a renamed item. */
export function renamedItems(applications: TextItem[], retired: TextItem[]): Alert[] {
  const out: Alert[] = [];
  for (const a of applications) {
    const m = bestMatch(
      a,
      retired.filter((r) => r.on <= a.on),
      RENAMED_SIMILARITY,
    );
    if (m)
      out.push({
        rule: 'renamed_item',
        subject: a.department ?? '',
        month: monthOf(a.on),
        params: { title: a.title, resembles: m.other.title, resemblesLabel: m.other.label ?? '', score: m.score },
      });
  }
  return out;
}

/** An app or work group in use again after one like it exited. */
export function appsReappearing(active: TextItem[], exited: TextItem[]): Alert[] {
  const out: Alert[] = [];
  for (const a of active) {
    const m = bestMatch(
      a,
      exited.filter((e) => e.on <= a.on),
      REAPPEARS_SIMILARITY,
    );
    if (m)
      out.push({
        rule: 'app_reappears',
        subject: a.department ?? '',
        month: monthOf(a.on),
        params: { name: a.title, exited: m.other.title, exitedOn: m.other.on, score: m.score },
      });
  }
  return out;
}

const days = (a: string, b: string) => Math.abs(Date.parse(a) - Date.parse(b)) / 86_400_000;

/** One department sending near-identical work twice within 60 days (the same demand asked again). */
export function nearDuplicateDispatches(dispatches: TextItem[]): Alert[] {
  const out: Alert[] = [];
  const sorted = [...dispatches].sort((a, b) => a.on.localeCompare(b.on) || a.id - b.id);
  sorted.forEach((d, i) => {
    const earlier = sorted
      .slice(0, i)
      .filter((e) => e.department === d.department && days(e.on, d.on) <= DUPLICATE_DISPATCH_DAYS);
    const m = bestMatch(d, earlier, DUPLICATE_DISPATCH_SIMILARITY);
    if (m)
      out.push({
        rule: 'near_duplicate_dispatch',
        subject: d.department ?? '',
        month: monthOf(d.on),
        params: { title: d.title, earlier: m.other.title, earlierOn: m.other.on, score: m.score },
      });
  });
  return out;
}

/** Months back (with the current one) a refusal upheld on contest is alerted on. */
export const UPHELD_REFUSAL_MONTHS = 6;

/**
 * A department whose work communities refused and which contested the refusal, only for the 减负办 to
 * uphold it: work that should not have been sent. One alert per department over the last months.
 */
export function refusalsUpheld(
  refusals: { department: string; title: string; state: string; month: string; decidedAt: string }[],
  currentMonth: string,
  months = UPHELD_REFUSAL_MONTHS,
): Alert[] {
  const from = monthsBackOf(currentMonth, months);
  const byDept = new Map<string, typeof refusals>();
  for (const r of refusals)
    if (r.state === 'upheld' && r.month >= from && r.month <= currentMonth)
      byDept.set(r.department, [...(byDept.get(r.department) ?? []), r]);
  return [...byDept].map(([department, rows]) => {
    const sorted = [...rows].sort((a, b) => a.decidedAt.localeCompare(b.decidedAt));
    const latest = sorted[sorted.length - 1];
    return {
      rule: 'refusals_upheld' as const,
      subject: department,
      month: latest.month,
      since: sorted[0].month,
      params: { count: rows.length, title: latest.title, since: sorted[0].month },
    };
  });
}
