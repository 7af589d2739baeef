/**
 * Failures counted per key within a window, refused once they reach the limit. Made by
 * `LoginLimiter.attempts(…)` on the shared limiter store (database or Redis), so every server
 * counts together. Keys carry their own prefix, e.g. `unique:<userId>`.
 */
export interface AttemptLimiter {
  /** Seconds until another attempt is allowed, or 0 when allowed now. */
  blockedFor(key: string): Promise<number>;
  recordFailure(key: string): Promise<void>;
}
