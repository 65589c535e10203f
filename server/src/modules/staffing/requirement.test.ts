import { describe, expect, it } from 'vitest';
import {
  DEFAULT_STANDARD,
  availableHours,
  gapOf,
  householdsPerWorkerBands,
  ladderErrors,
  mergeStandard,
  monthlyPayOf,
  nearestWithStandard,
  requiredGridWorkers,
  requiredPer10k,
  sizeBandOf,
  standardErrors,
  wisn,
  wisnRatio,
} from './requirement.js';

const s = DEFAULT_STANDARD;
const figures = {
  residents: 12000,
  households: 5000,
  care: 400,
  isVillage: false,
  burdenHoursPerMonth: 100,
  leaveDays: 15,
  meetings: 6,
  meetingTopics: 9,
};

describe('staffing requirements', () => {
  it('counts 18 workers per 10,000 residents by default', () => {
    expect(requiredPer10k(10000, s)).toBe(18);
    expect(requiredPer10k(12000, s)).toBe(21.6);
    expect(requiredPer10k(0, s)).toBe(0);
  });

  it('needs one grid worker per 300 households, 200 in villages, rounding up', () => {
    expect(requiredGridWorkers(5000, s, false)).toBe(17);
    expect(requiredGridWorkers(300, s, false)).toBe(1);
    expect(requiredGridWorkers(301, s, false)).toBe(2);
    expect(requiredGridWorkers(5000, s, true)).toBe(25);
    expect(requiredGridWorkers(0, s, false)).toBe(0);
  });

  it('gives a worker (working days − leave − training) × hours a year', () => {
    expect(availableHours(249, 15, s)).toBe((249 - 15 - 5) * 8);
    expect(availableHours(10, 15, s)).toBe(0);
  });

  it('divides the workload by the time a worker has, with the category allowance, and names what drives it', () => {
    const r = wisn(figures, 249, s);
    const duties = 12 * 900 * 20 + 12 * 1200 * 10 + 5000 * 4 * 30 + 400 * 24 * 60 + 12 * 20 * 90 + 6 * 240 + 9 * 120;
    expect(r.workloadHours).toBeCloseTo(duties / 60 + 1200, 0);
    expect(r.availableHoursPerWorker).toBe(1832);
    expect(r.required).toBeCloseTo(r.workloadHours / 1832 / 0.85, 1);
    expect(r.items[0].hoursPerYear).toBeGreaterThanOrEqual(r.items[1].hoursPerYear);
    expect(r.items.find((i) => i.key === 'admitted_work')?.hoursPerYear).toBe(1200);
  });

  it("counts the community's own 议事会 and topics as its own service duties, apart from admitted work", () => {
    const none = wisn({ ...figures, meetings: 0, meetingTopics: 0 }, 249, s);
    const r = wisn(figures, 249, s);
    expect(r.items.find((i) => i.key === 'deliberation_meetings')?.hoursPerYear).toBe(24);
    expect(r.items.find((i) => i.key === 'deliberation_topics')?.hoursPerYear).toBe(18);
    expect(r.workloadHours).toBeCloseTo(none.workloadHours + 42, 1);
    expect(r.items.find((i) => i.key === 'admitted_work')?.hoursPerYear).toBe(1200);
  });

  it('adds the individual allowance as workers', () => {
    const base = wisn(figures, 249, s);
    const more = wisn(figures, 249, { ...s, individualAllowanceHours: 1832 });
    expect(more.required).toBeCloseTo(base.required + 1, 1);
  });

  it('rises with the hours admitted work adds', () => {
    const before = wisn(figures, 249, s).required;
    const after = wisn({ ...figures, burdenHoursPerMonth: 400 }, 249, s).required;
    expect(after).toBeGreaterThan(before);
  });

  it('gives the WISN ratio, the gap and the size band', () => {
    expect(wisnRatio(10, 20)).toBe(0.5);
    expect(wisnRatio(null, 20)).toBeNull();
    expect(wisnRatio(5, 0)).toBeNull();
    expect(gapOf(10, 21.6)).toBe(-11.6);
    expect(gapOf(null, 3)).toBeNull();
    expect(sizeBandOf(5000, s)).toBe('above');
    expect(sizeBandOf(900, s)).toBe('below');
    expect(sizeBandOf(2000, s)).toBe('within');
  });

  it('inherits from the nearest org above that has a standard', () => {
    const has = new Set(['3401', '340104006']);
    expect(nearestWithStandard('340104006005', has)).toBe('340104006');
    expect(nearestWithStandard('340104007001', has)).toBe('3401');
    expect(nearestWithStandard('3402', has)).toBeNull();
  });

  it('merges a new version over the standard in force and checks the band', () => {
    const m = mergeStandard(s, { workersPer10k: 20 });
    expect(m.workersPer10k).toBe(20);
    expect(m.householdsPerGridWorker).toBe(300);
    expect(standardErrors(mergeStandard(s, { sizeBandMin: 4000 }))).toEqual([
      { field: 'sizeBandMax', reason: 'invalid_value' },
    ]);
  });
});

describe('the pay-grade ladder (三岗十八级) and households per worker', () => {
  it('defaults to three posts over eighteen grades, and refuses a ladder with a gap or an overlap', () => {
    const l = DEFAULT_STANDARD.payLadder;
    expect(l.posts.map((p) => [p.gradeFrom, p.gradeTo])).toEqual([
      [1, 6],
      [7, 12],
      [13, 18],
    ]);
    expect(ladderErrors(l)).toEqual([]);
    const gap = { ...l, posts: [l.posts[0], { ...l.posts[1], gradeFrom: 8 }, l.posts[2]] };
    expect(ladderErrors(gap)).toEqual([{ field: 'payLadder.posts.1.gradeFrom', reason: 'invalid_value' }]);
    const reversed = { ...l, posts: [{ ...l.posts[0], gradeTo: 0 }] };
    expect(ladderErrors(reversed).map((e) => e.field)).toContain('payLadder.posts.0.gradeTo');
    expect(standardErrors({ ...DEFAULT_STANDARD, payLadder: gap })).toHaveLength(1);
  });

  it('pays the base of the lowest grade, a step per grade above it, the post and certificate allowances', () => {
    const l = DEFAULT_STANDARD.payLadder;
    expect(monthlyPayOf(l, { level: 3, grade: 18, certificate: 'none' })).toBe(3200 + 400);
    expect(monthlyPayOf(l, { level: 1, grade: 4, certificate: 'social_worker' })).toBe(3200 + 14 * 150 + 1200 + 300);
  });

  it('bands communities by households per person in post, skipping those without staff or households', () => {
    const bands = householdsPerWorkerBands([
      { households: 5000, staff: 9 }, // 556
      { households: 2100, staff: 14 }, // 150
      { households: 2000, staff: 1 }, // 2,000: the open band
      { households: 0, staff: 4 },
      { households: 900, staff: null },
    ]);
    expect(bands).toHaveLength(9);
    expect(bands.find((b) => b.from === 500)!.communities).toBe(1);
    expect(bands.find((b) => b.from === 100)!.communities).toBe(1);
    expect(bands[8]).toEqual({ from: 800, to: null, communities: 1 });
    expect(bands.reduce((n, b) => n + b.communities, 0)).toBe(3);
  });
});
