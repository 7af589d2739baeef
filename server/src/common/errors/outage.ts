import type { Logger } from 'pino';
import { AppError } from './app-error';

/** The database is unreachable, frozen or too busy: a retryable UNAVAILABLE error. */
export const unavailable = (extra: Record<string, unknown> = {}) =>
  new AppError('UNAVAILABLE', 'unavailable', {}, { retryable: true, ...extra });

/** Raised instead of sending a statement once the request's deadline has passed. */
export class DeadlineExceededError extends Error {
  override name = 'DeadlineExceededError';
  readonly code = 'DEADLINE_EXCEEDED';
  constructor() {
    super('request deadline exceeded; statement not sent');
  }
}

/**
 * Logs database outages once per interval with a count, never a stack per request: a warn for
 * the first in each interval and, on the next one, how many were left out.
 */
export class OutageLog {
  private lastLoggedAt = 0;
  private unlogged = 0;

  constructor(
    private readonly log: Logger,
    private readonly intervalMs = 10_000,
  ) {}

  report(err: unknown, where: string): void {
    const now = Date.now();
    if (now - this.lastLoggedAt < this.intervalMs) {
      this.unlogged += 1;
      return;
    }
    const e = err as { code?: string; message?: string; driverError?: { code?: string } };
    this.log.warn(
      {
        code: e?.driverError?.code ?? e?.code,
        reason: String(e?.message ?? err).slice(0, 200),
        where,
        sinceLastWarning: this.unlogged,
      },
      'database unavailable: answering UNAVAILABLE (this warning repeats at most every 10 s)',
    );
    this.lastLoggedAt = now;
    this.unlogged = 0;
  }
}
