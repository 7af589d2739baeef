import { createHash } from 'node:crypto';
import type { RateLimiterAbstract } from 'rate-limiter-flexible';
import type { AttemptLimiter } from './attempt-limiter';
import type { LimiterStore } from './limiter-store';

/** Keys longer than this are stored as their SHA-256 (usernames typed at login are not validated). */
const MAX_PLAIN_KEY = 100;

/** Failed attempts per key within a window; refused once they reach the limit. */
class AttemptCounter {
  constructor(
    private readonly counter: RateLimiterAbstract,
    private readonly limit: number,
  ) {}

  /** Seconds until another attempt is allowed, or 0 when allowed now. */
  async blockedFor(key: string): Promise<number> {
    const res = await this.counter.get(storedKey(key));
    return res && res.consumedPoints >= this.limit ? Math.ceil(res.msBeforeNext / 1000) : 0;
  }

  async fail(key: string): Promise<void> {
    await this.counter.penalty(storedKey(key), 1);
  }

  async reset(key: string): Promise<void> {
    await this.counter.delete(storedKey(key));
  }
}

function storedKey(key: string): string {
  return key.length > MAX_PLAIN_KEY ? createHash('sha256').update(key).digest('hex') : key;
}

/**
 * Counts failed logins per username and per client address, and wrong current passwords per
 * user, within a minute. Once a count reaches its limit the attempt is refused until the window
 * passes. The counts live in the store (the database or Redis), so every server shares them.
 */
export class LoginLimiter {
  private readonly byUser: AttemptCounter;
  private readonly byAddress: AttemptCounter;
  private readonly passwordByUser: AttemptCounter;

  constructor(
    private readonly store: LimiterStore,
    limit: number,
  ) {
    const counter = (name: string, points: number) =>
      new AttemptCounter(store.limiter({ name, points, durationSeconds: 60 }), points);
    this.byUser = counter('login-user', limit);
    this.byAddress = counter('login-ip', limit * 4);
    this.passwordByUser = counter('password-user', limit);
  }

  /** Seconds until this username may try to sign in from this address, or 0. */
  async blockedFor(username: string, address: string): Promise<number> {
    const [u, a] = await Promise.all([
      this.byUser.blockedFor(username.toLowerCase()),
      this.byAddress.blockedFor(address),
    ]);
    return Math.max(u, a);
  }

  async recordFailure(username: string, address: string): Promise<void> {
    await Promise.all([this.byUser.fail(username.toLowerCase()), this.byAddress.fail(address)]);
  }

  async recordSuccess(username: string): Promise<void> {
    await this.byUser.reset(username.toLowerCase());
  }

  /** Seconds until this user may try their current password again (changePassword), or 0. */
  passwordChangeBlockedFor(userId: number): Promise<number> {
    return this.passwordByUser.blockedFor(String(userId));
  }

  recordWrongCurrentPassword(userId: number): Promise<void> {
    return this.passwordByUser.fail(String(userId));
  }

  recordPasswordChanged(userId: number): Promise<void> {
    return this.passwordByUser.reset(String(userId));
  }

  /**
   * Another attempt counter on the same shared store (e.g. failed uniqueness checks on sensitive
   * fields, per user), so its limit too holds across servers.
   */
  attempts(name: string, points: number, windowSeconds: number): AttemptLimiter {
    const counter = new AttemptCounter(
      this.store.limiter({ name, points, durationSeconds: windowSeconds }),
      points,
    );
    return {
      blockedFor: (key) => counter.blockedFor(key),
      recordFailure: (key) => counter.fail(key),
    };
  }

  close(): Promise<void> {
    return this.store.close();
  }
}
