import { describe, expect, it } from 'vitest';
import { backoffMs } from './channel.js';

describe('outbound channel backoff', () => {
  it('doubles from the base after each failure, capped at an hour', () => {
    expect([1, 2, 3, 4].map((n) => backoffMs(n, 30_000))).toEqual([30_000, 60_000, 120_000, 240_000]);
    expect(backoffMs(20, 30_000)).toBe(3_600_000);
  });
});
