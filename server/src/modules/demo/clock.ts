// Demo timestamps: the demo records past work through the services with explicit times, so dates are
// the intended ones, not the moment the demo was first loaded. "Today" is always the app clock's.
import { addDays, addMonths, chinaInstant, firstDayOfMonth, monthOf, termEnd } from '#common/dates.js';

/** A Beijing wall-clock time ('2026-11-02', '09:30') as an ISO instant. */
export function chinaTime(date: string, time = '09:00'): string {
  return chinaInstant(date, time);
}

/** The date `days` days before `today` (for what must stay recent, or stay old, whenever the demo loads). */
export function daysAgo(days: number, today: string): string {
  return addDays(today, -days);
}

/** The first day of the month `months` months after today's month. */
export function monthStartAfter(months: number, today: string): string {
  return addMonths(firstDayOfMonth(monthOf(today)), months);
}

/** The day before the same date `months` months later (an admission's expiry). */
export function lastDayBefore(start: string, months: number): string {
  return termEnd(start, months);
}
