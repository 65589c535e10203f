import { describe, expect, it } from 'vitest';
import { PinnedClock, clockFrom, systemClock } from './clock.js';

describe('the app clock', () => {
  it('pins a date at 09:00 Beijing time and gives the date in China', () => {
    const clock = new PinnedClock('2027-03-01');
    expect(clock.today()).toBe('2027-03-01');
    expect(clock.nowIso().startsWith('2027-03-01T01:00')).toBe(true);
  });

  it('keeps running from the pinned instant, and can be moved', () => {
    const clock = new PinnedClock('2028-12-31T15:59:00Z');
    expect(clock.today()).toBe('2028-12-31');
    clock.advance(2 * 60 * 1000);
    expect(clock.today()).toBe('2029-01-01');
    clock.advanceDays(31);
    expect(clock.today()).toBe('2029-02-01');
    clock.set('2030-06-15');
    expect(clock.today()).toBe('2030-06-15');
    const a = clock.now().getTime();
    const b = clock.now().getTime();
    expect(b).toBeGreaterThanOrEqual(a);
  });

  it('refuses an instant it cannot read', () => {
    expect(() => new PinnedClock('next tuesday')).toThrow(/not an instant/);
  });

  it('is the real clock unless JIANFU_NOW pins it', () => {
    expect(clockFrom(undefined)).toBe(systemClock);
    expect(clockFrom('2031-05-05').today()).toBe('2031-05-05');
  });
});
