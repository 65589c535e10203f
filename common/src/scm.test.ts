import { expect, it } from 'vitest';
import { estimateBurden } from './scm.js';

it('multiplies minutes, occurrences and communities', () => {
  // 90 minutes a month in each of 6 communities: 18 h per community, 108 h in all, 13.5 worker-days.
  expect(estimateBurden({ frequency: 'monthly', minutesPerOccurrence: 90, communities: 6 })).toEqual({
    minutesPerOccurrence: 90,
    occurrencesPerYear: 12,
    hoursPerCommunityYear: 18,
    totalHoursYear: 108,
    workerDaysYear: 13.5,
    basis: 'minutes',
  });
});

it('derives a ledger’s minutes from its cells at 30 seconds a cell', () => {
  // 12 fields × 200 rows = 2,400 cells = 1,200 minutes per quarter.
  const e = estimateBurden({ frequency: 'quarterly', ledgerFields: 12, ledgerRows: 200, communities: 1 });
  expect(e).toMatchObject({ minutesPerOccurrence: 1200, hoursPerCommunityYear: 80, basis: 'ledger_cells' });
});

it('uses the stated occurrences for as-needed work and counts daily work on working days', () => {
  expect(
    estimateBurden({ frequency: 'as_needed', occurrencesPerYear: 6, minutesPerOccurrence: 30, communities: 2 })
      .totalHoursYear,
  ).toBe(6);
  expect(estimateBurden({ frequency: 'as_needed', minutesPerOccurrence: 30, communities: 2 }).totalHoursYear).toBe(0);
  expect(estimateBurden({ frequency: 'daily', minutesPerOccurrence: 12, communities: 1 }).hoursPerCommunityYear).toBe(
    50,
  );
});
