// Demo timestamps: the demo records past work through the services with explicit times, so dates are
// the intended ones, not the moment the demo was first loaded.
import { todayInChina } from '../calendar/service.js';

/** A Beijing wall-clock time ('2026-11-02', '09:30') as an ISO instant. */
export function chinaTime(date: string, time = '09:00'): string {
  return new Date(`${date}T${time}:00+08:00`).toISOString();
}

/** The date `days` days before today in China (for what must stay recent, or stay old, whenever the demo loads). */
export function daysAgo(days: number, today = todayInChina()): string {
  return new Date(Date.parse(`${today}T00:00:00Z`) - days * 24 * 3600 * 1000).toISOString().slice(0, 10);
}

/** The first day of the month `months` months after today's month. */
export function monthStartAfter(months: number, today = todayInChina()): string {
  const d = new Date(Date.UTC(Number(today.slice(0, 4)), Number(today.slice(5, 7)) - 1 + months, 1));
  return d.toISOString().slice(0, 10);
}

/** The day before the same date `months` months later (an admission's expiry). */
export function lastDayBefore(start: string, months: number): string {
  const d = new Date(
    Date.UTC(Number(start.slice(0, 4)), Number(start.slice(5, 7)) - 1 + months, Number(start.slice(8, 10)) - 1),
  );
  return d.toISOString().slice(0, 10);
}
