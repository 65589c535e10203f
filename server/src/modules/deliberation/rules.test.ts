import { describe, expect, it } from 'vitest';
import { DEFAULT_RULES, countingKey, reaches, rulesProblems, supportsNeeded, tally, voteRuleFor } from './rules.js';

describe('议事规则', () => {
  it('a threshold in households is that number; in percent it is rounded up from the community size', () => {
    expect(supportsNeeded(DEFAULT_RULES, 3000)).toBe(20);
    const pct = { ...DEFAULT_RULES, supportThreshold: { kind: 'percent' as const, value: 5 } };
    expect(supportsNeeded(pct, 1203)).toBe(61); // 60.15 → 61
    expect(supportsNeeded(pct, 1200)).toBe(60);
    expect(supportsNeeded(pct, 0)).toBe(1);
  });

  it('per household, two members share one key; per resident, each counts', () => {
    expect(countingKey('household', 7, '3401-0001')).toBe(countingKey('household', 8, '3401-0001'));
    expect(countingKey('resident', 7, '3401-0001')).not.toBe(countingKey('resident', 8, '3401-0001'));
    expect(countingKey('household', 7, null)).toBeNull();
    expect(countingKey('resident', 7, null)).toBe('u:7');
  });

  it('"more than half" is strict, "at least two thirds" is not', () => {
    expect(reaches(5, 10, { num: 1, den: 2, strict: true })).toBe(false);
    expect(reaches(6, 10, { num: 1, den: 2, strict: true })).toBe(true);
    expect(reaches(2, 3, { num: 2, den: 3 })).toBe(true);
    expect(reaches(65, 100, { num: 2, den: 3 })).toBe(false);
  });

  it('a vote carries with quorum and a majority of the votes cast, paper ballots counted', () => {
    const r = tally(['同意', '不同意'], [30, 10], [12, 3], 100, DEFAULT_RULES.vote);
    expect(r.options.map((o) => o.total)).toEqual([42, 13]);
    expect(r).toMatchObject({ cast: 55, quorumMet: true, leading: 0, passed: true });
  });

  it('without quorum nothing carries, however one-sided', () => {
    const r = tally(['同意', '不同意'], [40, 0], [0, 0], 100, DEFAULT_RULES.vote);
    expect(r).toMatchObject({ quorumMet: false, passed: false, leading: 0 });
  });

  it('a tie for first place does not carry', () => {
    const r = tally(['A', 'B', 'C'], [30, 30, 0], [], 100, DEFAULT_RULES.vote);
    expect(r).toMatchObject({ quorumMet: true, leading: null, passed: false });
  });

  it('加装电梯 needs two thirds taking part and three quarters of them agreeing', () => {
    const rule = voteRuleFor(DEFAULT_RULES, 'elevator');
    expect(tally(['同意', '不同意'], [16, 8], [], 36, rule).passed).toBe(false); // 24 of 36 take part, 2/3 agree
    expect(tally(['同意', '不同意'], [18, 6], [], 36, rule).passed).toBe(true); // 3/4 agree
    expect(tally(['同意', '不同意'], [17, 6], [], 36, rule).quorumMet).toBe(false); // 23 < 24
    expect(voteRuleFor(DEFAULT_RULES, 'parking')).toBe(DEFAULT_RULES.vote);
  });

  it('rules out of range are named by field', () => {
    expect(rulesProblems(DEFAULT_RULES)).toEqual([]);
    const bad = {
      ...DEFAULT_RULES,
      supportThreshold: { kind: 'percent' as const, value: 120 },
      vote: { quorum: { num: 3, den: 2 }, majority: { num: 1, den: 0 } },
    };
    expect(rulesProblems(bad).map((p) => p.field)).toEqual(['supportThreshold.value', 'vote.quorum', 'vote.majority']);
  });
  it('a threshold counts households, not accounts: three supporters of two households make two supports', () => {
    const supporters = [
      { id: 1, household: '3401-0001' },
      { id: 2, household: '3401-0001' },
      { id: 3, household: '3401-0002' },
    ];
    const keys = (unit: 'household' | 'resident') =>
      new Set(supporters.map((s) => countingKey(unit, s.id, s.household))).size;
    const twoHouseholds = { ...DEFAULT_RULES, supportThreshold: { kind: 'households' as const, value: 2 } };
    expect(keys('household')).toBe(2);
    expect(keys('household') >= supportsNeeded(twoHouseholds, 500)).toBe(true);
    expect(keys('resident')).toBe(3);
    expect(supportsNeeded({ ...DEFAULT_RULES, supportThreshold: { kind: 'percent', value: 5 } }, 39)).toBe(2);
  });

  it('the quorum is met exactly at "at least" and never with nobody entitled', () => {
    const atLeastHalf = { quorum: { num: 1, den: 2 }, majority: { num: 1, den: 2, strict: true } };
    expect(tally(['同意', '不同意'], [30, 20], [], 100, atLeastHalf).quorumMet).toBe(true); // 50 of 100
    expect(tally(['同意', '不同意'], [30, 19], [], 100, atLeastHalf).quorumMet).toBe(false);
    expect(tally(['同意'], [5], [], 0, atLeastHalf)).toMatchObject({ quorumMet: false, passed: false });
  });

  it('"more than half" of the votes cast: exactly half leads but does not carry', () => {
    const r = tally(['A', 'B', 'C'], [50, 30, 20], [], 120, DEFAULT_RULES.vote);
    expect(r).toMatchObject({ quorumMet: true, leading: 0, passed: false });
    expect(tally(['A', 'B', 'C'], [51, 30, 19], [], 120, DEFAULT_RULES.vote).passed).toBe(true);
  });
});
