// Working days on the official Chinese calendar: weekends off, public holidays off, make-up working
// days (调休) on. Pure: schedules come in as data (the chinese-days package, or a year an admin entered).
export interface YearSchedule {
  year: number;
  /** Days off that would otherwise be working days, YYYY-MM-DD. */
  holidays: string[];
  /** Weekend days that are working days (调休 make-up days), YYYY-MM-DD. */
  workdays: string[];
  source: 'package' | 'admin';
}

export interface Counted<T> {
  value: T;
  /** Years the count ran through without an official schedule (weekends only were assumed). */
  assumedYears: number[];
}

const DAY_MS = 24 * 3600 * 1000;

export function parseDate(iso: string): number {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) throw new Error(`not a date: ${iso}`);
  const t = Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));
  if (new Date(t).toISOString().slice(0, 10) !== iso) throw new Error(`not a date: ${iso}`);
  return t;
}

export function formatDate(t: number): string {
  return new Date(t).toISOString().slice(0, 10);
}

export function isValidDate(iso: string): boolean {
  try {
    parseDate(iso);
    return true;
  } catch {
    return false;
  }
}

export class WorkCalendar {
  private readonly holidays = new Set<string>();
  private readonly workdays = new Set<string>();
  private readonly years = new Map<number, YearSchedule['source']>();

  constructor(schedules: Iterable<YearSchedule>) {
    for (const s of schedules) {
      this.years.set(s.year, s.source);
      for (const d of s.holidays) this.holidays.add(d);
      for (const d of s.workdays) this.workdays.add(d);
    }
  }

  hasYear(year: number): boolean {
    return this.years.has(year);
  }

  /**
   * Where a year's working days come from: the package's official schedule, one an admin entered, or —
   * for a year nobody has published yet — weekends only ('assumed'), which every count reports back.
   */
  scheduleOf(year: number): YearSchedule['source'] | 'assumed' {
    return this.years.get(year) ?? 'assumed';
  }

  knownYears(): { year: number; source: YearSchedule['source'] }[] {
    return [...this.years.entries()].sort((a, b) => a[0] - b[0]).map(([year, source]) => ({ year, source }));
  }

  isWorkday(iso: string): boolean {
    if (this.workdays.has(iso)) return true;
    if (this.holidays.has(iso)) return false;
    const dow = new Date(parseDate(iso)).getUTCDay();
    return dow !== 0 && dow !== 6;
  }

  /** The date n working days after `from` (from itself not counted). */
  addWorkingDays(from: string, n: number): Counted<string> {
    const assumed = new Set<number>();
    let t = parseDate(from);
    let left = n;
    while (left > 0) {
      t += DAY_MS;
      const iso = formatDate(t);
      const year = Number(iso.slice(0, 4));
      if (this.scheduleOf(year) === 'assumed') assumed.add(year);
      if (this.isWorkday(iso)) left--;
    }
    return { value: formatDate(t), assumedYears: [...assumed] };
  }

  /** Working days after `from` up to and including `to` (0 when to ≤ from). */
  workingDaysBetween(from: string, to: string): Counted<number> {
    const assumed = new Set<number>();
    const end = parseDate(to);
    let n = 0;
    for (let t = parseDate(from) + DAY_MS; t <= end; t += DAY_MS) {
      const iso = formatDate(t);
      const year = Number(iso.slice(0, 4));
      if (this.scheduleOf(year) === 'assumed') assumed.add(year);
      if (this.isWorkday(iso)) n++;
    }
    return { value: n, assumedYears: [...assumed] };
  }
}
