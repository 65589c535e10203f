import { describe, expect, it } from 'vitest';
import {
  activeInMonth,
  appMinutes,
  availableHours,
  burdenRatio,
  indexSeries,
  ledgerMinutes,
  monthlyItemMinutes,
  rollupOrgs,
  historyMonths,
} from './accounting.js';

describe('standard cost model per month', () => {
  it('spreads a standing item’s yearly minutes over twelve months', () => {
    // 90 minutes a month → 90 a month; quarterly 120 minutes → 40 a month; daily 12 minutes on 250 days → 250 a month.
    expect(monthlyItemMinutes({ frequency: 'monthly', minutesPerOccurrence: 90 })).toBe(90);
    expect(monthlyItemMinutes({ frequency: 'quarterly', minutesPerOccurrence: 120 })).toBe(40);
    expect(monthlyItemMinutes({ frequency: 'daily', minutesPerOccurrence: 12 })).toBe(250);
    expect(monthlyItemMinutes({ frequency: 'as_needed', occurrencesPerYear: 6, minutesPerOccurrence: 60 })).toBe(30);
  });

  it('counts a ledger by the cells the community fills at 30 seconds a cell', () => {
    expect(ledgerMinutes(2400)).toBe(1200);
    expect(ledgerMinutes(-5)).toBe(0);
    // 12 fields × 200 rows quarterly = 1,200 minutes × 4 ÷ 12 = 400 a month.
    expect(monthlyItemMinutes({ frequency: 'quarterly', ledgerFields: 12, ledgerRows: 200 })).toBe(400);
  });

  it('does not spread one-off items (their dispatch is counted) and costs apps per working day', () => {
    expect(monthlyItemMinutes({ frequency: 'once', minutesPerOccurrence: 300 })).toBe(0);
    expect(appMinutes(15, 21)).toBe(315);
  });

  it('rolls a community up to its street, district and city', () => {
    expect(rollupOrgs('340104006005').map((o) => o.code)).toEqual(['340104006005', '340104006', '340104', '3401']);
  });
});

describe('capacity', () => {
  it('multiplies staff by working days less leave by eight hours and divides burden by it', () => {
    expect(availableHours(9, 250, 15)).toBe(16920);
    expect(burdenRatio(8460, 16920)).toBe(0.5);
    expect(burdenRatio(10, 0)).toBeNull();
    expect(availableHours(3, 10, 15)).toBe(0);
  });
});

describe('burden index', () => {
  const s = [
    { month: '2025-02', minutes: 900 },
    { month: '2025-01', minutes: 1200 },
    { month: '2025-03', minutes: 1500 },
  ];
  it('is 100 in the baseline month', () => {
    expect(indexSeries(s, '2025-02')).toEqual([
      { month: '2025-01', index: 133.3 },
      { month: '2025-02', index: 100 },
      { month: '2025-03', index: 166.7 },
    ]);
  });
  it('takes the first month with burden when no baseline is set', () => {
    expect(indexSeries([{ month: '2025-01', minutes: 0 }, ...s.slice(0, 1)], null)).toEqual([
      { month: '2025-01', index: 0 },
      { month: '2025-02', index: 100 },
    ]);
    expect(indexSeries([{ month: '2025-01', minutes: 0 }])).toEqual([{ month: '2025-01', index: null }]);
  });
  it('keeps five years of months and knows when an approval is active', () => {
    const months = historyMonths('2026-02');
    expect(months).toHaveLength(60);
    expect([months[0], months[59]]).toEqual(['2021-03', '2026-02']);
    expect(activeInMonth('2026-03', '2026-03-15', '2026-05-01')).toBe(true);
    expect(activeInMonth('2026-06', '2026-03-15', '2026-05-01')).toBe(false);
  });
});
