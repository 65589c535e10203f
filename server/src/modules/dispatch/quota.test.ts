import { describe, expect, it } from 'vitest';
import {
  allowance,
  excessText,
  frequencyExcess,
  hoursExcess,
  hoursPerDispatch,
  nearDuplicate,
  periodBounds,
  quotaExcess,
  type AdmittedQuota,
} from './quota.js';
import { answerRefusal, decideRefusal, refusalStateOf } from './rules.js';

const term = { startDate: '2026-03-01', expiryDate: '2029-02-28' };
const quarterly: AdmittedQuota = {
  frequency: 'quarterly',
  occurrencesPerYear: null,
  hoursPerCommunityYear: 6,
  ...term,
};

describe('admitted frequency', () => {
  it('counts calendar periods in China dates: weeks from Monday, quarters, half years, years, the term', () => {
    expect(periodBounds('day', '2026-12-06', term)).toEqual({ start: '2026-12-06', end: '2026-12-06' });
    // 2026-12-06 is a Sunday: its week began on Monday 11-30.
    expect(periodBounds('week', '2026-12-06', term)).toEqual({ start: '2026-11-30', end: '2026-12-06' });
    expect(periodBounds('month', '2026-02-14', term)).toEqual({ start: '2026-02-01', end: '2026-02-28' });
    expect(periodBounds('quarter', '2026-11-02', term)).toEqual({ start: '2026-10-01', end: '2026-12-31' });
    expect(periodBounds('quarter', '2026-09-30', term)).toEqual({ start: '2026-07-01', end: '2026-09-30' });
    expect(periodBounds('half_year', '2026-06-30', term)).toEqual({ start: '2026-01-01', end: '2026-06-30' });
    expect(periodBounds('year', '2026-07-01', term)).toEqual({ start: '2026-01-01', end: '2026-12-31' });
    expect(periodBounds('term', '2027-07-01', term)).toEqual({ start: '2026-03-01', end: '2029-02-28' });
  });

  it('allows one per period, as-needed work its admitted count a year', () => {
    expect(allowance({ frequency: 'monthly', occurrencesPerYear: null })).toEqual({ period: 'month', allowed: 1 });
    expect(allowance({ frequency: 'once', occurrencesPerYear: null })).toEqual({ period: 'term', allowed: 1 });
    expect(allowance({ frequency: 'as_needed', occurrencesPerYear: 6 })).toEqual({ period: 'year', allowed: 6 });
  });

  it('blocks a second quarterly dispatch in the same quarter, not one in the next', () => {
    expect(frequencyExcess(quarterly, '2026-11-20', [])).toBeNull();
    expect(frequencyExcess(quarterly, '2026-11-20', ['2026-09-30'])).toBeNull();
    const e = frequencyExcess(quarterly, '2026-11-20', ['2026-10-01', '2026-11-02']);
    expect(e).toEqual({
      rule: 'frequency',
      period: 'quarter',
      start: '2026-10-01',
      end: '2026-12-31',
      count: 2,
      allowed: 1,
    });
    expect(excessText(e!)).toBe('本季度已派 2 次，准入频次为每季度 1 次');
    // The quarter's last day in China (its UTC instant is still 12-31 16:00Z): the next quarter is free.
    expect(frequencyExcess(quarterly, '2027-01-01', ['2026-12-31'])).toBeNull();
  });

  it('holds monthly and yearly work to their month and year', () => {
    const monthly = { ...quarterly, frequency: 'monthly' as const, hoursPerCommunityYear: 24 };
    expect(frequencyExcess(monthly, '2026-12-01', ['2026-11-30'])).toBeNull();
    expect(frequencyExcess(monthly, '2026-12-31', ['2026-12-01'])).toMatchObject({ period: 'month', count: 1 });
    const yearly = { ...quarterly, frequency: 'yearly' as const };
    expect(frequencyExcess(yearly, '2027-01-04', ['2026-12-30'])).toBeNull();
    expect(excessText(frequencyExcess(yearly, '2026-12-30', ['2026-01-05'])!)).toBe(
      '本年度已派 1 次，准入频次为每年 1 次',
    );
  });

  it('allows once-only work once over the whole admission', () => {
    const once = { ...quarterly, frequency: 'once' as const };
    expect(frequencyExcess(once, '2026-04-01', [])).toBeNull();
    expect(excessText(frequencyExcess(once, '2028-04-01', ['2026-04-01'])!)).toBe(
      '准入有效期内已派 1 次，准入频次为有效期内 1 次',
    );
  });

  it('lets as-needed work run to its admitted count a year', () => {
    const asNeeded: AdmittedQuota = { ...quarterly, frequency: 'as_needed', occurrencesPerYear: 3 };
    expect(frequencyExcess(asNeeded, '2026-12-01', ['2026-01-05', '2026-06-01'])).toBeNull();
    expect(frequencyExcess(asNeeded, '2026-12-01', ['2026-01-05', '2026-06-01', '2026-07-01'])).toMatchObject({
      count: 3,
      allowed: 3,
    });
    expect(frequencyExcess(asNeeded, '2027-01-04', ['2026-01-05', '2026-06-01', '2026-07-01'])).toBeNull();
  });
});

describe('admitted hours per community and year', () => {
  it('costs each dispatch its share of the admitted hours', () => {
    expect(hoursPerDispatch(quarterly)).toBe(1.5);
    expect(
      hoursPerDispatch({ ...quarterly, frequency: 'as_needed', occurrencesPerYear: 4, hoursPerCommunityYear: 2 }),
    ).toBe(0.5);
  });

  it('blocks a dispatch that would take the year past the admitted hours', () => {
    const sent = ['2026-01-05', '2026-04-01', '2026-07-01', '2026-10-08'];
    expect(hoursExcess(quarterly, '2026-12-01', sent.slice(0, 3))).toBeNull();
    const e = hoursExcess(quarterly, '2026-12-01', sent);
    expect(e).toEqual({ rule: 'hours', year: 2026, usedHours: 6, addHours: 1.5, allowedHours: 6 });
    expect(excessText(e!)).toBe('2026 年已派 6 小时，本次 1.5 小时，准入工时为每社区每年 6 小时');
    expect(hoursExcess(quarterly, '2027-01-04', sent)).toBeNull();
  });

  it('reports the frequency before the hours', () => {
    expect(quotaExcess(quarterly, '2026-12-01', ['2026-10-08'])).toMatchObject({ rule: 'frequency' });
    // Daily work is held by the day; a year of it by the hours.
    const daily = { ...quarterly, frequency: 'daily' as const, hoursPerCommunityYear: 0.02 * 250 };
    expect(quotaExcess(daily, '2026-12-01', ['2026-11-30'])).toBeNull();
  });
});

describe('near-duplicate dispatches', () => {
  it('finds the same work asked again in other words, not different work under the same number', () => {
    const a = { title: '2026年第四季度高龄津贴资格认证', instructions: '请核对系统生成的认证名单，上门协助认证。' };
    expect(nearDuplicate(a, { title: '第四季度高龄津贴资格认证（补充）', instructions: a.instructions })).toBe(true);
    expect(nearDuplicate(a, { title: '高龄老人名单年度核对', instructions: '核对迁出、去世人员并标注。' })).toBe(false);
  });
});

describe('answers to a refusal', () => {
  it('lets the department withdraw, resend or contest once, and the 减负办 decide a contest', () => {
    expect(refusalStateOf('refused', null)).toBe('unanswered');
    expect(refusalStateOf('new', null)).toBeNull();
    expect(answerRefusal('refused', 'unanswered', 'withdraw')).toEqual({ status: 'withdrawn', state: 'withdrawn' });
    expect(answerRefusal('refused', 'unanswered', 'resend')).toEqual({ status: 'new', state: 'resent' });
    expect(answerRefusal('refused', 'unanswered', 'contest')).toEqual({ status: 'refused', state: 'contested' });
    expect(answerRefusal('refused', 'contested', 'resend')).toBeNull();
    expect(answerRefusal('refused', 'upheld', 'contest')).toBeNull();
    expect(answerRefusal('refused', 'upheld', 'withdraw')).toEqual({ status: 'withdrawn', state: 'withdrawn' });
    expect(answerRefusal('in_progress', 'unanswered', 'withdraw')).toBeNull();
    expect(decideRefusal('refused', 'contested', 'uphold')).toEqual({ status: 'refused', state: 'upheld' });
    expect(decideRefusal('refused', 'contested', 'order')).toEqual({ status: 'new', state: 'ordered' });
    expect(decideRefusal('refused', 'unanswered', 'order')).toBeNull();
  });
});
