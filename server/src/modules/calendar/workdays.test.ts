import { describe, expect, it } from 'vitest';
import { packageSchedules } from './package-schedules.js';
import { WorkCalendar } from './workdays.js';

const cal = new WorkCalendar(packageSchedules());

describe('official working-day calendar', () => {
  it('knows holidays and make-up working days (调休)', () => {
    expect(cal.isWorkday('2026-10-01')).toBe(false); // 国庆节
    expect(cal.isWorkday('2026-10-10')).toBe(true); // Saturday, make-up day
    expect(cal.isWorkday('2026-02-16')).toBe(false); // 春节 on a Monday
    expect(cal.isWorkday('2026-11-28')).toBe(false); // an ordinary Saturday
    expect(cal.isWorkday('2026-11-27')).toBe(true); // an ordinary Friday
  });

  it('counts working days across the National Day holiday', () => {
    // 2026-09-30 (Wed) + 1 working day: 10-01…10-07 are off, 10-08 (Thu) is the first working day.
    expect(cal.addWorkingDays('2026-09-30', 1)).toEqual({ value: '2026-10-08', assumedYears: [] });
    // …10-09 (Fri) the second and the make-up Saturday 10-10 the third.
    expect(cal.addWorkingDays('2026-09-30', 3).value).toBe('2026-10-10');
    expect(cal.workingDaysBetween('2026-09-30', '2026-10-10').value).toBe(3);
    expect(cal.workingDaysBetween('2026-10-10', '2026-09-30').value).toBe(0);
  });

  it('says when it counts on a year without an official schedule', () => {
    const r = cal.addWorkingDays('2026-12-15', 30);
    expect(r.assumedYears).toEqual([2027]);
    const withAdminYear = new WorkCalendar([
      ...packageSchedules(),
      { year: 2027, holidays: ['2027-01-01'], workdays: [], source: 'admin' },
    ]);
    const r2 = withAdminYear.addWorkingDays('2026-12-15', 30);
    expect(r2.assumedYears).toEqual([]);
    // 2027-01-01 (Friday) off shifts the result by one working day.
    expect(r2.value > r.value).toBe(true);
  });

  it('counts weekends only in a year with no schedule, and says so; an entered year replaces the guess', () => {
    // 2031: no official schedule in the package (it ships through 2026 or so).
    expect(cal.scheduleOf(2031)).toBe('assumed');
    expect(cal.isWorkday('2031-10-01')).toBe(true); // a Wednesday: no National Day known
    const r = cal.workingDaysBetween('2031-09-30', '2031-10-08');
    expect(r).toEqual({ value: 6, assumedYears: [2031] });
    const entered = new WorkCalendar([
      ...packageSchedules(),
      {
        year: 2031,
        holidays: ['2031-10-01', '2031-10-02', '2031-10-03', '2031-10-06', '2031-10-07'],
        workdays: ['2031-09-28', '2031-10-11'],
        source: 'admin',
      },
    ]);
    expect(entered.scheduleOf(2031)).toBe('admin');
    expect(entered.workingDaysBetween('2031-09-30', '2031-10-08')).toEqual({ value: 1, assumedYears: [] });
    expect(entered.isWorkday('2031-09-28')).toBe(true); // a Sunday made a working day
    expect(cal.scheduleOf(2026)).toBe('package');
  });
});
