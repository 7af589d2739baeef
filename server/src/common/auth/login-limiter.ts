import { RateLimiterMemory } from 'rate-limiter-flexible';

/**
 * Counts failed logins per username and per client address within a minute. Once either
 * reaches the limit, login is refused until the window passes. In memory: each server
 * process keeps its own counts.
 */
export class LoginLimiter {
  private readonly byUser: RateLimiterMemory;
  private readonly byAddress: RateLimiterMemory;

  constructor(private readonly limit: number) {
    this.byUser = new RateLimiterMemory({ keyPrefix: 'user', points: limit, duration: 60 });
    this.byAddress = new RateLimiterMemory({ keyPrefix: 'ip', points: limit * 4, duration: 60 });
  }

  /** Seconds until another attempt is allowed, or 0 when allowed now. */
  async blockedFor(username: string, address: string): Promise<number> {
    const [u, a] = await Promise.all([
      this.byUser.get(username.toLowerCase()),
      this.byAddress.get(address),
    ]);
    const wait = (res: typeof u, points: number) =>
      res && res.consumedPoints >= points ? Math.ceil(res.msBeforeNext / 1000) : 0;
    return Math.max(wait(u, this.limit), wait(a, this.limit * 4));
  }

  async recordFailure(username: string, address: string): Promise<void> {
    await Promise.all([
      this.byUser.penalty(username.toLowerCase(), 1),
      this.byAddress.penalty(address, 1),
    ]);
  }

  async recordSuccess(username: string): Promise<void> {
    await this.byUser.delete(username.toLowerCase());
  }
}
