import { describe, expect, it } from 'vitest';
import { LoginRateLimiter } from './rate-limiter.ts';

describe('LoginRateLimiter', () => {
  it('lets a key try again once its oldest failure leaves the window', () => {
    const limiter = new LoginRateLimiter(3, 60_000);
    limiter.fail('k', 0);
    limiter.fail('k', 10_000);
    expect(limiter.retryAfterSeconds('k', 20_000)).toBe(0);
    limiter.fail('k', 20_000);
    expect(limiter.retryAfterSeconds('k', 20_000)).toBe(40);
    expect(limiter.retryAfterSeconds('k', 60_001)).toBe(0);
    expect(limiter.retryAfterSeconds('other', 20_000)).toBe(0);
  });

  it('forgets a key on success', () => {
    const limiter = new LoginRateLimiter(1, 60_000);
    limiter.fail('k', 0);
    expect(limiter.retryAfterSeconds('k', 1)).toBeGreaterThan(0);
    limiter.reset('k');
    expect(limiter.retryAfterSeconds('k', 1)).toBe(0);
  });
});
