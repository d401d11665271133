import { describe, expect, it } from 'vitest';
import { FailureLimiter } from './failure-limiter';

describe('FailureLimiter', () => {
  it('blocks a key after max failures until its window ends', () => {
    let now = 0;
    const limiter = new FailureLimiter(3, 60_000, () => now);
    for (let i = 0; i < 3; i++) {
      expect(limiter.retryAfter('a')).toBe(0);
      limiter.fail('a');
    }
    expect(limiter.retryAfter('a')).toBe(60);
    expect(limiter.retryAfter('b')).toBe(0);
    now = 30_000;
    expect(limiter.retryAfter('a')).toBe(30);
    now = 60_000;
    expect(limiter.retryAfter('a')).toBe(0);
  });

  it('forgets a key on reset', () => {
    const limiter = new FailureLimiter(1, 60_000, () => 0);
    limiter.fail('a');
    limiter.reset('a');
    expect(limiter.retryAfter('a')).toBe(0);
  });

  it('keeps at most maxKeys keys', () => {
    const limiter = new FailureLimiter(1, 60_000, () => 0, 10);
    for (let i = 0; i < 100; i++) limiter.fail(`k${i}`);
    expect(limiter.retryAfter('k99')).toBeGreaterThan(0);
    expect(limiter.retryAfter('k0')).toBe(0);
  });
});
