import { RateLimiterMemory } from 'rate-limiter-flexible';

/**
 * Counts failures per key within a window, the login limiter's mechanism (rate-limiter-flexible),
 * behind two calls so the store can change (memory today) without touching its users. Keys carry
 * their own prefix, e.g. `unique:<userId>`.
 */
export interface AttemptLimiter {
  /** Seconds until another attempt is allowed, or 0 when allowed now. */
  blockedFor(key: string): Promise<number>;
  recordFailure(key: string): Promise<void>;
}

export function memoryAttemptLimiter(
  keyPrefix: string,
  points: number,
  windowSeconds: number,
): AttemptLimiter {
  const limiter = new RateLimiterMemory({ keyPrefix, points, duration: windowSeconds });
  return {
    async blockedFor(key) {
      const res = await limiter.get(key);
      return res && res.consumedPoints >= points ? Math.ceil(res.msBeforeNext / 1000) : 0;
    },
    async recordFailure(key) {
      await limiter.penalty(key, 1);
    },
  };
}
