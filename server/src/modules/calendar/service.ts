// The official working-day calendar: the chinese-days package, plus years an admin entered (the State
// Council publishes each next year's schedule late in the year; an entered year replaces the package's).
import type { Database } from '../../db/database.js';
import { forbidden, invalid, type FieldError } from '../../http/problem.js';
import { canEnterCalendar } from './policy.js';
import type { SessionUser } from '../accounts/types.js';
import { packageSchedules } from './package-schedules.js';
import * as repo from './repository.js';
import { WorkCalendar, isValidDate, type YearSchedule } from './workdays.js';
import type { Clock } from '../../clock/clock.js';

export interface YearView {
  year: number;
  source: YearSchedule['source'];
  holidays: string[];
  workdays: string[];
}

export class CalendarService {
  private cached: { calendar: WorkCalendar; years: YearView[] } | null = null;

  constructor(
    private readonly database: Database,
    private readonly clock: Clock,
  ) {}

  private async load() {
    if (this.cached) return this.cached;
    const byYear = new Map<number, YearSchedule>(packageSchedules().map((s) => [s.year, s]));
    for (const r of await repo.listYears(this.database.db)) {
      byYear.set(r.year, {
        year: r.year,
        holidays: JSON.parse(r.holidays) as string[],
        workdays: JSON.parse(r.workdays) as string[],
        source: 'admin',
      });
    }
    const schedules = [...byYear.values()].sort((a, b) => a.year - b.year);
    this.cached = { calendar: new WorkCalendar(schedules), years: schedules.map((s) => ({ ...s })) };
    return this.cached;
  }

  async calendar(): Promise<WorkCalendar> {
    return (await this.load()).calendar;
  }

  async years(): Promise<YearView[]> {
    return (await this.load()).years;
  }

  async enterYear(user: SessionUser, year: number, holidays: string[], workdays: string[]): Promise<YearView> {
    if (!canEnterCalendar(user)) throw forbidden(user.role === 'admin' ? 'out_of_scope' : 'forbidden_role');
    const errors: FieldError[] = [];
    const check = (field: 'holidays' | 'workdays', dates: string[]) => {
      dates.forEach((d, i) => {
        if (!isValidDate(d)) errors.push({ field: `${field}.${i}`, reason: 'invalid_date' });
        else if (!d.startsWith(`${year}-`)) errors.push({ field: `${field}.${i}`, reason: 'invalid_value' });
      });
    };
    check('holidays', holidays);
    check('workdays', workdays);
    const both = holidays.filter((d) => workdays.includes(d));
    if (both.length) errors.push({ field: 'workdays', reason: 'invalid_value' });
    if (errors.length) throw invalid(errors);
    const uniqSorted = (xs: string[]) => [...new Set(xs)].sort();
    await repo.upsertYear(this.database.db, {
      year,
      holidays: uniqSorted(holidays),
      workdays: uniqSorted(workdays),
      enteredBy: user.id,
      at: this.clock.nowIso(),
    });
    this.cached = null;
    return (await this.years()).find((y) => y.year === year)!;
  }
}
