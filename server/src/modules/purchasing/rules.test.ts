import { describe, expect, it } from 'vitest';
import {
  averageScore,
  communityRatios,
  contractErrors,
  deliveryRatio,
  elapsedDays,
  progressOf,
  required,
  type ActivityFact,
  type IndicatorSpec,
} from './rules.js';

const YEAR = { startDate: '2026-01-01', endDate: '2026-12-31' };
const VISITS: IndicatorSpec = {
  name: '每位独居老人每年探访 4 次',
  activityKind: 'visit',
  basis: 'per_beneficiary_year',
  target: 4,
  beneficiaries: 120,
};
const EVENTS: IndicatorSpec = {
  name: '开展集体活动 12 次',
  activityKind: 'group_activity',
  basis: 'total',
  target: 12,
  beneficiaries: null,
};
const visit = (heldOn: string, beneficiaries: number): ActivityFact => ({ kind: 'visit', heldOn, beneficiaries });

describe('indicators of a purchased service', () => {
  it('asks 4 visits a year of each of 120 elders over a year: 480 visits', () => {
    expect(required(VISITS, YEAR)).toBe(480);
    expect(required(VISITS, { startDate: '2026-01-01', endDate: '2026-06-30' })).toBe(240);
    // A whole year is a year in a leap year too, and from mid-month as well; odd terms count days.
    expect(required(VISITS, { startDate: '2028-01-01', endDate: '2028-12-31' })).toBe(480);
    expect(required(VISITS, { startDate: '2026-03-15', endDate: '2027-03-14' })).toBe(480);
    expect(required(VISITS, { startDate: '2026-01-01', endDate: '2026-03-10' })).toBe(Math.round((480 * 69) / 365));
    expect(required(EVENTS, YEAR)).toBe(12);
  });

  it('counts visits by the elders visited and activities by their number', () => {
    const acts: ActivityFact[] = [
      visit('2026-01-10', 30),
      visit('2026-02-10', 40),
      { kind: 'group_activity', heldOn: '2026-02-20', beneficiaries: 25 },
    ];
    const v = progressOf(VISITS, acts, YEAR, '2026-03-31');
    expect(v.delivered).toBe(70);
    expect(v.expectedByNow).toBe(118);
    expect(v.status).toBe('behind');
    const e = progressOf(EVENTS, acts, YEAR, '2026-03-31');
    expect(e.delivered).toBe(1);
    expect(e.status).toBe('behind');
  });

  it('is on track within 10 % of what is due, done once the term’s total is reached', () => {
    expect(progressOf(VISITS, [visit('2026-03-01', 110)], YEAR, '2026-03-31').status).toBe('on_track');
    expect(progressOf(VISITS, [visit('2026-06-01', 480)], YEAR, '2026-06-30').status).toBe('done');
    expect(progressOf(VISITS, [], YEAR, '2025-12-31').status).toBe('not_started');
  });

  it('ignores activities dated after today', () => {
    expect(progressOf(VISITS, [visit('2026-05-01', 50)], YEAR, '2026-04-30').delivered).toBe(0);
  });

  it('counts elapsed days inside the term only', () => {
    expect(elapsedDays(YEAR, '2025-12-01')).toBe(0);
    expect(elapsedDays(YEAR, '2026-01-31')).toBe(31);
    expect(elapsedDays(YEAR, '2027-05-01')).toBe(365);
  });
});

describe('delivery and ratings', () => {
  it('averages indicators, capping each at what was due', () => {
    const p = (delivered: number, expectedByNow: number) => ({
      required: 100,
      expectedByNow,
      delivered,
      ratio: delivered / 100,
      status: 'on_track' as const,
    });
    expect(deliveryRatio([p(50, 50), p(10, 40)])).toBeCloseTo(0.625);
    expect(deliveryRatio([p(90, 50)])).toBe(1);
    expect(deliveryRatio([])).toBe(0);
  });

  it('averages ratings to one decimal', () => {
    expect(averageScore([5, 4, 4])).toBe(4.3);
    expect(averageScore([])).toBeNull();
  });
});

describe('a contract’s own figures', () => {
  const ok = {
    startDate: '2026-01-01',
    endDate: '2026-12-31',
    budgetYuan: 100000,
    indicators: [{ basis: 'per_beneficiary_year' as const, beneficiaries: 120 }],
    milestones: [{ dueDate: '2026-06-30', amountYuan: 50000 }],
  };
  it('accepts a sound contract', () => expect(contractErrors(ok)).toEqual([]));
  it('names each wrong field', () => {
    expect(
      contractErrors({
        ...ok,
        endDate: '2025-12-31',
        indicators: [{ basis: 'per_beneficiary_year' }],
        milestones: [{ dueDate: '2027-01-15', amountYuan: 200000 }],
      }).map((e) => `${e.field}:${e.reason}`),
    ).toEqual([
      'endDate:end_before_start',
      'indicators.0.beneficiaries:beneficiaries_required',
      'milestones.0.dueDate:outside_term',
      'milestones:over_budget',
    ]);
  });
});

describe('hours moved per community', () => {
  it('shows the gap of a community left behind even when another does more', () => {
    const t = { startDate: '2026-01-01', endDate: '2026-12-31' };
    const spec: IndicatorSpec = { ...VISITS, beneficiaries: 20 }; // 80 visits a year, 40 per community
    const acts: ActivityFact[] = [
      { kind: 'visit', heldOn: '2026-06-01', beneficiaries: 30, community: 'A' },
      { kind: 'visit', heldOn: '2026-06-01', beneficiaries: 5, community: 'B' },
    ];
    const ratios = communityRatios([spec], acts, t, '2026-06-30', ['A', 'B']);
    expect(ratios.get('A')).toBe(1);
    expect(ratios.get('B')).toBeCloseTo(5 / (Math.round((80 * 181) / 365) / 2), 3);
  });
});
