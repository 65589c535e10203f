import { describe, expect, it } from 'vitest';
import { packageSchedules } from './package-schedules.js';
import { WorkCalendar, addMonths } from './workdays.js';

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

  it('adds calendar months, clamping to the month end', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2026-03-15', 36)).toBe('2029-03-15');
    expect(addMonths('2026-11-30', 3)).toBe('2027-02-28');
  });
});
