// Turns the sources (admitted items, dispatches, inspections, apps, informal demands) into burden
// events, month by month. Pure: the service reads the rows and the calendar and passes them in.
import type { Frequency } from '#common/admission.js';
import { occurrencesPerYear } from '#common/scm.js';
import type { BurdenSource } from '#common/burden.js';
import { activeInMonth, appMinutes, ledgerMinutes, minutesPerOccurrence, monthlyItemMinutes } from './accounting.js';
import { COSTED_STATUSES, statusIn } from '#common/admission.js';
import { monthOf, monthRange } from '#common/dates.js';
import type { EventInput } from './repository.js';

export interface AdmittedItem {
  id: number;
  department: string;
  kind: string;
  number: string;
  frequency: Frequency;
  occurrencesPerYear: number | null;
  minutesPerOccurrence: number | null;
  ledgerFields: number | null;
  ledgerRows: number | null;
  start: string;
  /** Last day it applied: the expiry, or the day it was revoked. */
  end: string;
  communities: string[];
  /**
   * Ledgers the hub generates: per community, the cells it still fills itself; each occurrence then costs
   * those cells × seconds per cell instead of the application's fields × rows (collecting once lowers it).
   */
  cellsToFill?: Map<string, number> | null;
  /** Amendments, oldest first: the month they took effect, the monthly minutes before and after, the tag. */
  amendments: { month: string; beforeMonthly: number; afterMonthly: number; tag: 're_estimate' | 'work_change' }[];
}

/** Where an admitted item's burden is counted: the inspection plan and the app registry count their own. */
export function sourceOfItem(kind: string): BurdenSource | null {
  if (kind === 'inspection' || kind === 'app') return null;
  if (kind === 'meeting') return 'meeting_training';
  if (kind === 'ledger') return 'ledger';
  return 'admitted_item';
}

/** Work asked once or as needed is counted when it is dispatched; standing work by its frequency. */
export function countedByDispatch(frequency: Frequency): boolean {
  return frequency === 'once' || frequency === 'as_needed';
}

/**
 * The monthly minutes of an item in a month, split into the real work and the share that only
 * re-estimates moved (so a re-estimate upwards does not look like a rebound).
 */
export function monthlyShares(item: AdmittedItem, month: string): { work: number; reestimate: number } {
  const current = monthlyItemMinutes(item);
  // Walk back from today's figures: amendments after this month did not apply yet.
  let atMonth = current;
  let reestimate = 0;
  for (const a of item.amendments) {
    const delta = a.afterMonthly - a.beforeMonthly;
    if (a.month > month) atMonth -= delta;
    else if (a.tag === 're_estimate') reestimate += delta;
  }
  return { work: Math.max(0, atMonth - reestimate), reestimate };
}

/** An admission row as the admission module stores it (the columns burden needs). */
export interface CostedAdmission {
  id: number;
  department_code: string;
  kind: string;
  status: string;
  number: string | null;
  frequency: string;
  occurrences_per_year: number | null;
  minutes_per_occurrence: number | null;
  ledger_fields: number | null;
  ledger_rows: number | null;
  start_date: string;
  expiry_date: string;
  decided_at: string | null;
}

/** Whether an admission's burden is counted from its own record (see sourceOfItem, countedByDispatch). */
export function isCosted(a: Pick<CostedAdmission, 'status' | 'number' | 'kind'>): boolean {
  return statusIn(COSTED_STATUSES, a.status) && a.number !== null && sourceOfItem(a.kind) !== null;
}

/**
 * The admitted item of an admission row, its communities and its amendment events (oldest first):
 * the one conversion both the live writes and `burden recompute` use.
 */
export function admittedItem(
  a: CostedAdmission,
  communities: string[],
  amendments: { at: string; tag: string | null; changes: string }[],
  cellsToFill: Map<string, number> | null = null,
): AdmittedItem {
  const end = a.status === 'revoked' && a.decided_at ? a.decided_at.slice(0, 10) : a.expiry_date;
  const item: AdmittedItem = {
    id: a.id,
    department: a.department_code,
    kind: a.kind,
    number: a.number!,
    frequency: a.frequency as Frequency,
    occurrencesPerYear: a.occurrences_per_year,
    minutesPerOccurrence: a.minutes_per_occurrence,
    ledgerFields: a.ledger_fields,
    ledgerRows: a.ledger_rows,
    start: a.start_date,
    end,
    communities,
    cellsToFill,
    amendments: amendments.map((e) => {
      const c = JSON.parse(e.changes) as { hoursPerCommunityYear?: { before: number; after: number } };
      const h = c.hoursPerCommunityYear ?? { before: 0, after: 0 };
      return {
        month: monthOf(e.at),
        beforeMonthly: (h.before * 60) / 12,
        afterMonthly: (h.after * 60) / 12,
        tag: e.tag === 're_estimate' ? ('re_estimate' as const) : ('work_change' as const),
      };
    }),
  };
  // The stored hours are today's; make the amendments' after-figure agree with the current minutes.
  if (item.amendments.length) item.amendments[item.amendments.length - 1].afterMonthly = monthlyItemMinutes(item);
  return item;
}

export function itemEvents(item: AdmittedItem, months: string[]): EventInput[] {
  const source = sourceOfItem(item.kind);
  if (!source || countedByDispatch(item.frequency)) return [];
  const out: EventInput[] = [];
  for (const month of months) {
    if (!activeInMonth(month, item.start, item.end)) continue;
    const shares = monthlyShares(item, month);
    for (const community of item.communities) {
      const cells = item.cellsToFill?.get(community);
      // Measured by the hub: what the community fills itself, each occurrence (no estimate to re-estimate).
      const { work, reestimate } =
        cells === undefined
          ? shares
          : {
              work: (ledgerMinutes(cells) * occurrencesPerYear(item.frequency, item.occurrencesPerYear)) / 12,
              reestimate: 0,
            };
      const base = {
        community,
        month,
        source,
        department: item.department,
        number: item.number,
        objectKind: item.kind,
        ref: `admission:${item.id}`,
      };
      if (work > 0) out.push({ ...base, minutes: work });
      if (reestimate !== 0) out.push({ ...base, minutes: reestimate, reestimate: true });
    }
  }
  return out;
}

export interface DispatchedItem {
  id: number;
  community: string;
  /** Sent to the social organisation a contract pays for it, not to the community. */
  handledByOrg?: boolean;
  status: string;
  department: string;
  sentOn: string;
  number: string | null;
  kind: string;
  frequency: Frequency;
  minutesPerOccurrence: number | null;
  ledgerFields: number | null;
  ledgerRows: number | null;
}

/**
 * One occurrence per community the work reached, unless the community refused it (and the refusal stands)
 * or the department withdrew it; resent or ordered work is back in the inbox and counts again. Work a
 * purchased service's organisation handles never reached the community and costs it nothing.
 */
export function dispatchEvents(items: DispatchedItem[]): EventInput[] {
  return items
    .filter(
      (d) => !d.handledByOrg && d.status !== 'refused' && d.status !== 'withdrawn' && countedByDispatch(d.frequency),
    )
    .map((d) => ({
      community: d.community,
      month: monthOf(d.sentOn),
      source: 'dispatch' as const,
      department: d.department,
      number: d.number,
      objectKind: d.kind,
      minutes: minutesPerOccurrence(d),
      ref: `dispatch_item:${d.id}`,
    }))
    .filter((e) => e.minutes > 0);
}

export function inspectionEvents(
  visits: { id: number; community: string; department: string; start: string; hours: number; number: string | null }[],
): EventInput[] {
  return visits.map((v) => ({
    community: v.community,
    month: monthOf(v.start),
    source: 'inspection',
    department: v.department,
    number: v.number,
    objectKind: 'inspection',
    minutes: v.hours * 60,
    ref: `inspection:${v.id}`,
  }));
}

export function appEvents(
  uses: {
    id: number;
    community: string;
    department: string;
    minutesPerDay: number;
    from: string;
    to: string | null;
    number: string | null;
  }[],
  until: string,
  workingDays: (month: string) => number,
): EventInput[] {
  const out: EventInput[] = [];
  for (const u of uses) {
    const last = u.to ? monthOf(u.to) : until;
    for (const month of monthRange(monthOf(u.from), last < until ? last : until)) {
      out.push({
        community: u.community,
        month,
        source: 'app_group',
        department: u.department,
        number: u.number,
        objectKind: 'app',
        minutes: appMinutes(u.minutesPerDay, workingDays(month)),
        ref: `app:${u.id}`,
      });
    }
  }
  return out;
}

/** As reported by the community; no number — that is the point. */
export function informalEvents(
  demands: { id: number; community: string; department: string; occurredOn: string; minutes: number }[],
): EventInput[] {
  return demands.map((d) => ({
    community: d.community,
    month: monthOf(d.occurredOn),
    source: 'informal',
    department: d.department,
    number: null,
    objectKind: 'informal',
    minutes: d.minutes,
    ref: `informal:${d.id}`,
  }));
}

/**
 * 购买服务承接: a purchased service takes an admitted item's hours off its covered communities. For each
 * community and month of the term, the item's own events there (work and re-estimate alike) times the share of
 * the month the term covers are moved off (negative minutes, source `purchased_service`); the part delivery did
 * not keep up with comes back as `purchase_gap` — a gap the dashboards name, not the item silently returning.
 * The net change is −(moved hours); work counted per dispatch moves with its dispatches instead.
 */
export function purchaseEvents(
  item: AdmittedItem,
  contract: { id: number; months: { community: string; month: string; share: number; ratio: number }[] },
): EventInput[] {
  if (!sourceOfItem(item.kind) || countedByDispatch(item.frequency) || !contract.months.length) return [];
  const months = [...new Set(contract.months.map((m) => m.month))].sort();
  const communities = [...new Set(contract.months.map((m) => m.community))];
  const own = new Map<string, EventInput[]>();
  for (const e of itemEvents({ ...item, communities }, months)) {
    const key = `${e.community}|${e.month}`;
    own.set(key, [...(own.get(key) ?? []), e]);
  }
  const out: EventInput[] = [];
  const ref = `purchase_contract:${contract.id}`;
  for (const m of contract.months) {
    const ratio = Math.min(1, Math.max(0, m.ratio));
    for (const e of own.get(`${m.community}|${m.month}`) ?? []) {
      const planned = e.minutes * m.share;
      if (planned === 0) continue;
      out.push({ ...e, source: 'purchased_service', minutes: -planned, ref });
      const gap = planned * (1 - ratio);
      if (gap !== 0) out.push({ ...e, source: 'purchase_gap', minutes: gap, ref });
    }
  }
  return out;
}
