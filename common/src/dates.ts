// Calendar arithmetic on plain date strings (YYYY-MM-DD) and months (YYYY-MM), in UTC so that no
// local time zone shifts a day. One place for what used to be `slice(0, 7)` and hand-made Date.UTC calls.
const DAY_MS = 24 * 3600 * 1000;
const CHINA_OFFSET_MS = 8 * 3600 * 1000;

export function isIsoDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const t = Date.UTC(Number(s.slice(0, 4)), Number(s.slice(5, 7)) - 1, Number(s.slice(8, 10)));
  return new Date(t).toISOString().slice(0, 10) === s;
}

function utc(date: string): number {
  return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));
}

function iso(t: number): string {
  return new Date(t).toISOString().slice(0, 10);
}

/** The calendar date in China (UTC+8, no daylight saving) of an instant. */
export function chinaDate(instant: Date | string): string {
  const t = typeof instant === 'string' ? Date.parse(instant) : instant.getTime();
  return iso(t + CHINA_OFFSET_MS);
}

/** A Beijing wall-clock time ('2026-11-02', '09:30') as an ISO instant. */
export function chinaInstant(date: string, time = '00:00'): string {
  return new Date(`${date}T${time}:00+08:00`).toISOString();
}

export function addDays(date: string, days: number): string {
  return iso(utc(date) + days * DAY_MS);
}

/** Days from `a` to `b` (negative when b is earlier). */
export function daysBetween(a: string, b: string): number {
  return Math.round((utc(b) - utc(a)) / DAY_MS);
}

/** The same day `months` months later, clamped to the month's last day (01-31 + 1 month = 02-28/29). */
export function addMonths(date: string, months: number): string {
  const y = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7)) - 1 + months;
  const d = Number(date.slice(8, 10));
  const year = y + Math.floor(m / 12);
  const month = ((m % 12) + 12) % 12;
  const last = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return iso(Date.UTC(year, month, Math.min(d, last)));
}

/** The day before the same date `months` later: the last day of a term that starts on `start`. */
export function termEnd(start: string, months: number): string {
  return addDays(addMonths(start, months), -1);
}

/** YYYY-MM of a date. */
export function monthOf(date: string): string {
  return date.slice(0, 7);
}

/** The month `n` months after `month` (YYYY-MM). */
export function addMonthsToMonth(month: string, n: number): string {
  const total = Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1 + n;
  return `${String(Math.floor(total / 12)).padStart(4, '0')}-${String((total % 12) + 1).padStart(2, '0')}`;
}

/** Months from `a` to `b` (YYYY-MM each; negative when b is earlier). */
export function monthsBetween(a: string, b: string): number {
  return (Number(b.slice(0, 4)) - Number(a.slice(0, 4))) * 12 + Number(b.slice(5, 7)) - Number(a.slice(5, 7));
}

/** Every month from `from` to `to`, both included (empty when to < from). */
export function monthRange(from: string, to: string): string[] {
  const n = monthsBetween(from, to);
  return Array.from({ length: Math.max(0, n + 1) }, (_, i) => addMonthsToMonth(from, i));
}

/** The first of the `n` months that end with `to` (monthsBack('2026-12', 12) = '2026-01'). */
export function monthsBack(to: string, n: number): string {
  return addMonthsToMonth(to, -(n - 1));
}

/** The `n` months that end with `to`, oldest first. */
export function lastMonths(to: string, n: number): string[] {
  return monthRange(monthsBack(to, n), to);
}

export function firstDayOfMonth(month: string): string {
  return `${month}-01`;
}

export function lastDayOfMonth(month: string): string {
  return addDays(firstDayOfMonth(addMonthsToMonth(month, 1)), -1);
}

/** The quarter (1–4) of a date or month. */
export function quarterOf(dateOrMonth: string): number {
  return Math.floor((Number(dateOrMonth.slice(5, 7)) - 1) / 3) + 1;
}

/** The first day of the quarter a date falls in. */
export function quarterStart(date: string): string {
  const m = (quarterOf(date) - 1) * 3 + 1;
  return `${date.slice(0, 4)}-${String(m).padStart(2, '0')}-01`;
}

export function yearOf(date: string): number {
  return Number(date.slice(0, 4));
}

/** The Sunday ending the (Monday-first) week of a date. */
export function weekEnd(date: string): string {
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay(); // 0 = Sunday
  return addDays(date, weekday === 0 ? 0 : 7 - weekday);
}
