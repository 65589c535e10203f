import { describe, expect, it } from 'vitest';
import { STORY_DAY, storyOf } from './story.js';

describe('the demo story on the day it is loaded', () => {
  it('stays as written on its own day and until the same day of the next month', () => {
    for (const today of [STORY_DAY, '2027-01-05']) {
      const s = storyOf(today);
      expect(s.months).toBe(0);
      expect(s.at('2026-11-02', '09:30')).toBe('2026-11-02T01:30:00.000Z');
      expect(s.text('2026年第四季度')).toBe('2026年第四季度');
    }
    expect(storyOf('2027-01-06').months).toBe(1);
  });

  it('moves two years ahead with month ends kept, weekends avoided and years in the text', () => {
    const s = storyOf('2028-12-29');
    expect(s.months).toBe(24);
    expect(s.date('2026-03-01')).toBe('2028-03-01');
    expect(s.date('2027-02-28')).toBe('2029-02-28'); // a month's last day stays the last day
    expect(s.date('2028-02-29')).toBe('2030-02-28');
    expect(s.day('2026-11-02')).toBe('2028-11-02'); // a Thursday: stays
    expect(s.day('2026-06-03')).toBe('2028-06-05'); // 2028-06-03 is a Saturday: on to Monday, never back
    expect(s.day('2026-11-26')).toBe('2028-11-27');
    expect(s.month('2025-01')).toBe('2027-01');
    expect(s.history).toEqual({ from: '2027-01', to: '2028-12' });
    expect(s.text('2026年城乡居民收支抽样调查协助，蜀准〔2024〕3号')).toBe(
      '2028年城乡居民收支抽样调查协助，蜀准〔2026〕3号',
    );
  });

  it('never dates an event after today', () => {
    // Moved by one month, 2026-12-04 lands on Monday 2027-01-04, and 12-05 on a Tuesday; 2027-03-06 (a
    // Saturday) moves back to Friday when today is that Saturday.
    const s = storyOf('2027-01-06');
    expect(s.day('2026-12-04')).toBe('2027-01-04');
    expect(storyOf('2027-03-06').day('2026-12-06')).toBe('2027-03-05');
    for (const today of ['2027-03-01', '2027-07-31', '2030-02-28'])
      expect(storyOf(today).day(STORY_DAY) <= today).toBe(true);
  });
});
