// The Standard Cost Model applied month by month, and the arithmetic of capacity and the index. Pure.
import { SECONDS_PER_LEDGER_CELL, WORKDAY_HOURS, type Frequency } from '#common/admission.js';
import { occurrencesPerYear } from '#common/scm.js';
import { firstDayOfMonth, lastDayOfMonth, lastMonths, monthOf, addDays } from '#common/dates.js';
import type { WorkCalendar } from '../calendar/workdays.js';

export interface ItemCost {
  frequency: Frequency;
  occurrencesPerYear?: number | null;
  minutesPerOccurrence?: number | null;
  ledgerFields?: number | null;
  ledgerRows?: number | null;
}

/** Minutes one occurrence takes: the stated minutes, or the ledger's cells at 30 s each. */
export function minutesPerOccurrence(item: ItemCost): number {
  if (item.minutesPerOccurrence) return item.minutesPerOccurrence;
  return ledgerMinutes((item.ledgerFields ?? 0) * (item.ledgerRows ?? 0));
}

/** Minutes a community spends on cells it has to fill itself (what the hub fills costs nothing). */
export function ledgerMinutes(cellsToFill: number): number {
  return (Math.max(0, cellsToFill) * SECONDS_PER_LEDGER_CELL) / 60;
}

/** One month's share of a standing item's yearly minutes in one community (time × occurrences ÷ 12). */
export function monthlyItemMinutes(item: ItemCost): number {
  // A one-off item is not spread over the year: the dispatch that carries it is counted instead.
  if (item.frequency === 'once') return 0;
  return (minutesPerOccurrence(item) * occurrencesPerYear(item.frequency, item.occurrencesPerYear)) / 12;
}

/** An app or group costs its minutes on every working day it is in use. */
export function appMinutes(minutesPerDay: number, workingDays: number): number {
  return minutesPerDay * workingDays;
}

/** The four rollup levels an event in a community counts towards: community, street, district, city. */
export function rollupOrgs(community: string): { code: string; level: 'community' | 'street' | 'district' | 'city' }[] {
  return [
    { code: community, level: 'community' },
    { code: community.slice(0, 9), level: 'street' },
    { code: community.slice(0, 6), level: 'district' },
    { code: community.slice(0, 4), level: 'city' },
  ];
}

/** Hours a community's staff can work in a year: staff × (working days − leave) × 8 h. */
export function availableHours(staff: number, workingDays: number, leaveDays: number): number {
  return Math.max(0, staff * Math.max(0, workingDays - leaveDays) * WORKDAY_HOURS);
}

/** Share of the available hours that demands from above take (0.4 = 40 %); null without capacity. */
export function burdenRatio(burdenHours: number, available: number): number | null {
  if (available <= 0) return null;
  return burdenHours / available;
}

export interface MonthValue {
  month: string;
  minutes: number;
}

/**
 * The index: each month's minutes as a share of the baseline month's, × 100. The baseline is the
 * given month or, when absent from the series, the first month with any burden.
 */
export function indexSeries(
  series: MonthValue[],
  baselineMonth?: string | null,
): { month: string; index: number | null }[] {
  const sorted = [...series].sort((a, b) => a.month.localeCompare(b.month));
  const base = baseOf(sorted, baselineMonth);
  return sorted.map((m) => ({
    month: m.month,
    index: base ? Math.round((m.minutes / base.minutes) * 1000) / 10 : null,
  }));
}

/** The month the index is based on: the given one when it has burden, else the first month with any. */
export function baseOf(series: MonthValue[], baselineMonth?: string | null): MonthValue | null {
  const sorted = [...series].sort((a, b) => a.month.localeCompare(b.month));
  return sorted.find((m) => m.month === baselineMonth && m.minutes > 0) ?? sorted.find((m) => m.minutes > 0) ?? null;
}

/** Whether an approval running from `start` to `end` (dates) covers any day of `month`. */
export function activeInMonth(month: string, start: string, end: string | null): boolean {
  return monthOf(start) <= month && (end === null || monthOf(end) >= month);
}

/** Working days of a month on the official calendar. */
export function workingDaysIn(calendar: WorkCalendar, month: string): number {
  return calendar.workingDaysBetween(addDays(firstDayOfMonth(month), -1), lastDayOfMonth(month)).value;
}

/** Months of history burden keeps: the last five years up to the current month. */
export const HISTORY_MONTHS = 60;

/** The months events are kept for, oldest first. */
export function historyMonths(currentMonth: string): string[] {
  return lastMonths(currentMonth, HISTORY_MONTHS);
}
