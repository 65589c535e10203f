// Fixture dates for tests, always relative to the test's clock, so that the same assertions hold on
// any day the suite runs (and under faketime years ahead).
import type { Clock } from '../clock/clock.js';
import type { WorkCalendar } from '../modules/calendar/workdays.js';
import { addDays, addMonths, monthOf, addMonthsToMonth, termEnd } from '#common/dates.js';

export class TestDates {
  constructor(
    private readonly clock: Clock,
    private readonly calendar: WorkCalendar,
  ) {}

  today(): string {
    return this.clock.today();
  }

  /** Today's month, YYYY-MM. */
  month(): string {
    return monthOf(this.today());
  }

  /** The month n months from today's. */
  monthFromNow(n: number): string {
    return addMonthsToMonth(this.month(), n);
  }

  year(): number {
    return Number(this.today().slice(0, 4));
  }

  daysFromToday(n: number): string {
    return addDays(this.today(), n);
  }

  /** The date n working days after today on the official calendar (weekends only for unknown years). */
  workingDaysFromToday(n: number): string {
    return this.calendar.addWorkingDays(this.today(), n).value;
  }

  /** The same day n months from today (clamped to the month's end). */
  monthsFromToday(n: number): string {
    return addMonths(this.today(), n);
  }

  /** The first day of the month n months after today's month. */
  monthStart(n: number): string {
    return `${this.monthFromNow(n)}-01`;
  }

  /** The last day of a term of `months` months starting on `start`. */
  termEnd(start: string, months: number): string {
    return termEnd(start, months);
  }
}
