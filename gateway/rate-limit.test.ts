import { describe, expect, it } from 'vitest';
import { MemoryRateLimiter, parseRateLimits, takeFromBucket, DEFAULT_RATE_LIMITS } from './rate-limit.ts';

describe('token bucket', () => {
  it('starts full, takes the cost, and refuses what does not fit with the seconds until it would', () => {
    let { state, decision } = takeFromBucket(undefined, 0, 50, 60);
    expect(decision).toEqual({ allowed: true, limit: 60, remaining: 10, retryAfterSeconds: 0 });
    ({ state, decision } = takeFromBucket(state, 0, 20, 60));
    // 10 left, 20 asked, one point a second: 10 s.
    expect(decision).toEqual({ allowed: false, limit: 60, remaining: 10, retryAfterSeconds: 10 });
    ({ state, decision } = takeFromBucket(state, 10_000, 20, 60));
    expect(decision.allowed).toBe(true);
    expect(decision.remaining).toBe(0);
  });

  it('refills continuously up to one minute’s allowance, never beyond', () => {
    const { state } = takeFromBucket(undefined, 0, 60, 60);
    expect(takeFromBucket(state, 30_000, 0, 60).decision.remaining).toBe(30);
    expect(takeFromBucket(state, 3_600_000, 0, 60).decision.remaining).toBe(60);
  });

  it('charges a cost above the allowance as the whole allowance: slow, never stuck', () => {
    const first = takeFromBucket(undefined, 0, 1000, 60);
    expect(first.decision.allowed).toBe(true);
    const second = takeFromBucket(first.state, 0, 1000, 60);
    expect(second.decision).toMatchObject({ allowed: false, retryAfterSeconds: 60 });
  });

  it('keeps one bucket per key in memory', async () => {
    let now = 0;
    const limiter = new MemoryRateLimiter(() => now);
    expect((await limiter.take('a', 60, 60)).allowed).toBe(true);
    expect((await limiter.take('a', 1, 60)).allowed).toBe(false);
    expect((await limiter.take('b', 60, 60)).allowed).toBe(true);
    now = 1000;
    expect((await limiter.take('a', 1, 60)).allowed).toBe(true);
  });
});

describe('RATE_LIMITS', () => {
  it('overrides the defaults it names and refuses unknown classes', () => {
    expect(parseRateLimits('')).toEqual(DEFAULT_RATE_LIMITS);
    expect(parseRateLimits('FREE=10, anonymous = 5')).toMatchObject({ FREE: 10, anonymous: 5, STANDARD: DEFAULT_RATE_LIMITS.STANDARD });
    expect(() => parseRateLimits('GOLD=5')).toThrow(/unknown class "GOLD"/);
  });
});
