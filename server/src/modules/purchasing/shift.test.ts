import { describe, expect, it } from 'vitest';
import type { ActivityFact, IndicatorSpec } from './rules.js';
import { monthlyDelivery, shiftTotals } from './shift.js';

const YEAR = { startDate: '2026-01-01', endDate: '2026-12-31' };
// 12 elders in 2 communities × 4 visits a year = 48 visits; 4 a month, 2 in each community.
const VISITS: IndicatorSpec = {
  name: '探访',
  activityKind: 'visit',
  basis: 'per_beneficiary_year',
  target: 4,
  beneficiaries: 12,
};
const A = '340104006001';
const B = '340104006002';
const visit = (community: string, heldOn: string, beneficiaries = 2): ActivityFact => ({
  kind: 'visit',
  heldOn,
  beneficiaries,
  community,
});

describe('the months a purchased service moves off its communities', () => {
  it('counts each month of the term up to today, with the share of a month the term covers', () => {
    const months = monthlyDelivery([VISITS], [], { startDate: '2026-01-16', endDate: '2026-12-31' }, '2026-03-10', [A]);
    expect(months.map((m) => m.month)).toEqual(['2026-01', '2026-02', '2026-03']);
    expect(months[0].share).toBeCloseTo(16 / 31);
    expect(months[1].share).toBe(1);
    // Nothing recorded: nothing is delivered.
    expect(months.every((m) => m.ratio === 0)).toBe(true);
  });

  it('gives nothing before the term starts, and no month after it ends', () => {
    expect(monthlyDelivery([VISITS], [], YEAR, '2025-12-31', [A])).toEqual([]);
    expect(monthlyDelivery([VISITS], [], YEAR, '2027-05-01', [A]).map((m) => m.month)).toHaveLength(12);
  });

  it('measures delivery in each community by the end of each month: the community left behind shows its own', () => {
    const acts = [
      visit(A, '2026-01-10'),
      visit(A, '2026-02-10'),
      visit(A, '2026-03-10'),
      visit(B, '2026-01-10'),
      // B visits nobody after January.
    ];
    const months = monthlyDelivery([VISITS], acts, YEAR, '2026-03-31', [A, B]);
    const of = (c: string, m: string) => months.find((x) => x.community === c && x.month === m)!.ratio;
    expect(of(A, '2026-01')).toBe(1);
    expect(of(A, '2026-03')).toBe(1);
    expect(of(B, '2026-01')).toBe(1);
    // By the end of March B has 2 of the 6 visits due there.
    expect(of(B, '2026-03')).toBeCloseTo(2 / 6, 1);
  });

  it('adds the months up in hours: planned, moved as far as delivery kept up, the rest a gap', () => {
    const months = [
      { community: A, month: '2026-01', share: 1, ratio: 1 },
      { community: A, month: '2026-02', share: 1, ratio: 0.5 },
      { community: B, month: '2026-01', share: 0.5, ratio: 1 },
    ];
    // 36 hours a year: 3 a month.
    expect(shiftTotals(36, months)).toEqual({ plannedHours: 7.5, movedHours: 6, gapHours: 1.5 });
    expect(shiftTotals(36, months, (c) => c === B)).toEqual({ plannedHours: 1.5, movedHours: 1.5, gapHours: 0 });
  });
});

describe('an item bought twice for the same community', () => {
  it('leaves a later contract only the part of each month the earlier one does not cover', () => {
    const earlier = [{ startDate: '2026-01-01', endDate: '2026-01-15', communities: [A] }];
    const months = monthlyDelivery([VISITS], [], YEAR, '2026-02-10', [A, B], earlier);
    const share = (c: string, m: string) => months.find((x) => x.community === c && x.month === m)!.share;
    expect(share(A, '2026-01')).toBeCloseTo(16 / 31);
    expect(share(B, '2026-01')).toBe(1);
    expect(share(A, '2026-02')).toBe(1);
    expect(monthlyDelivery([VISITS], [], YEAR, '2026-02-10', [A], [{ ...YEAR, communities: [A] }])[0].share).toBe(0);
  });
});
