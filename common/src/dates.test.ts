import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  addMonthsToMonth,
  chinaDate,
  chinaInstant,
  daysBetween,
  isIsoDate,
  lastDayOfMonth,
  lastMonths,
  monthOf,
  monthRange,
  monthsBack,
  monthsBetween,
  quarterOf,
  quarterStart,
  termEnd,
} from './dates.js';

describe('date arithmetic on plain dates', () => {
  it('takes the calendar date in Beijing, not in UTC', () => {
    expect(chinaDate('2026-12-31T15:59:59Z')).toBe('2026-12-31');
    expect(chinaDate('2026-12-31T16:00:00Z')).toBe('2027-01-01');
    expect(chinaInstant('2027-01-01', '00:00')).toBe('2026-12-31T16:00:00.000Z');
  });

  it('adds days and months across month, year and leap-year ends', () => {
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2027-01-01', -1)).toBe('2026-12-31');
    expect(daysBetween('2026-12-25', '2027-01-04')).toBe(10);
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2028-01-31', 1)).toBe('2028-02-29');
    expect(addMonths('2026-11-30', 3)).toBe('2027-02-28');
    expect(addMonths('2026-03-15', -15)).toBe('2024-12-15');
    expect(termEnd('2026-03-01', 36)).toBe('2029-02-28');
  });

  it('counts months and lists them', () => {
    expect(addMonthsToMonth('2026-11', 2)).toBe('2027-01');
    expect(addMonthsToMonth('2026-01', -1)).toBe('2025-12');
    expect(monthsBetween('2025-11', '2027-02')).toBe(15);
    expect(monthRange('2026-11', '2027-02')).toEqual(['2026-11', '2026-12', '2027-01', '2027-02']);
    expect(monthRange('2027-02', '2026-11')).toEqual([]);
    expect(monthOf('2026-03-31')).toBe('2026-03');
    expect(monthOf('2026-03-31T23:59:59.000Z')).toBe('2026-03');
    expect(monthsBack('2026-12', 12)).toBe('2026-01');
    expect(monthsBack('2026-02', 3)).toBe('2025-12');
    expect(monthsBack('2026-02', 1)).toBe('2026-02');
    expect(lastMonths('2026-02', 3)).toEqual(['2025-12', '2026-01', '2026-02']);
    expect(lastDayOfMonth('2028-02')).toBe('2028-02-29');
  });

  it('knows quarters and valid dates', () => {
    expect(quarterOf('2026-12-06')).toBe(4);
    expect(quarterStart('2026-08-17')).toBe('2026-07-01');
    expect(isIsoDate('2026-02-29')).toBe(false);
    expect(isIsoDate('2028-02-29')).toBe(true);
  });
});
