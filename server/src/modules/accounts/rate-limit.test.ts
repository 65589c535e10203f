import { expect, it } from 'vitest';
import { LoginLimiter } from './rate-limit.js';

it('blocks after N failures inside the window and lets go when the window has passed', () => {
  let now = 0;
  const limiter = new LoginLimiter({ maxFailures: 3, windowMs: 60_000, now: () => now });
  const key = ['u:worker'];
  for (let i = 0; i < 3; i++) {
    expect(limiter.retryAfter(key)).toBe(0);
    limiter.fail(key);
    now += 1000;
  }
  expect(limiter.retryAfter(key)).toBe(57); // the first failure (t=0) leaves the window at t=60s; now t=3s
  now = 60_500;
  expect(limiter.retryAfter(key)).toBe(0);
});

it('forgets failures after a successful login', () => {
  const limiter = new LoginLimiter({ maxFailures: 2, windowMs: 60_000, now: () => 0 });
  limiter.fail(['u:a']);
  limiter.succeed(['u:a']);
  limiter.fail(['u:a']);
  expect(limiter.retryAfter(['u:a'])).toBe(0);
  expect(limiter.retryAfter(['u:b'])).toBe(0);
});

it('backs off exponentially after a threshold, a minute at most', () => {
  let now = 0;
  const limiter = new LoginLimiter({ maxFailures: 100, windowMs: 15 * 60_000, now: () => now });
  for (let i = 0; i < 3; i++) limiter.fail(['u:a']);
  expect(limiter.backoff('u:a', 3, 60)).toBe(1);
  limiter.fail(['u:a']);
  limiter.fail(['u:a']);
  expect(limiter.backoff('u:a', 3, 60)).toBe(4);
  for (let i = 0; i < 10; i++) limiter.fail(['u:a']);
  expect(limiter.backoff('u:a', 3, 60)).toBe(60);
  now = 61_000;
  expect(limiter.backoff('u:a', 3, 60)).toBe(0);
});
