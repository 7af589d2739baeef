import type { DataSource } from 'typeorm';
import type { AttemptLimiter } from '../../common/auth/attempt-limiter';
import type { AppContext } from '../../common/context';
import { rateLimited } from '../../common/errors/app-error';
import type { AuditService } from '../audit/audit.service';

/** Failed uniqueness checks on sensitive fields a user may make per window before RATE_LIMITED. */
export const UNIQUE_PROBE_LIMIT = 5;
export const UNIQUE_PROBE_WINDOW_SECONDS = 600;

/** What one card write learnt about sensitive unique fields, filled in by the card validator. */
export interface SensitiveUniqueProbe {
  /** Throws RATE_LIMITED when the caller has used up their failures; runs before any such check. */
  before(): Promise<void>;
  /** Keys of sensitive unique fields whose value another customer holds. */
  taken: string[];
}

/**
 * A uniqueness failure on a sensitive field tells the caller that some customer holds the value;
 * with masked values (`110105********4338`) that is a guessing oracle. So such failures never echo
 * the value, are audited with the actor (`customer.uniqueProbe`, field keys only) and are limited
 * per user: after UNIQUE_PROBE_LIMIT failures within the window, every write that sets a sensitive
 * unique field is RATE_LIMITED until the window passes.
 */
export class UniqueProbeGuard {
  constructor(
    private readonly ds: DataSource,
    private readonly limiter: AttemptLimiter,
    private readonly audit: AuditService,
  ) {}

  private key(ctx: AppContext) {
    return `unique:${ctx.caller?.kind === 'apiKey' ? `key:${ctx.caller.name}` : (ctx.caller?.userId ?? 'anonymous')}`;
  }

  /** Throws RATE_LIMITED while the caller has used up their failures. */
  async assertAllowed(ctx: AppContext): Promise<void> {
    const wait = await this.limiter.blockedFor(this.key(ctx));
    if (wait > 0) throw rateLimited(wait);
  }

  /**
   * Counts one answer that confirmed a sensitive value some hidden customer holds, and audits it
   * (`action`, with what matched but never the value) in its own transaction.
   */
  async recordProbe(
    ctx: AppContext,
    customerId: number | null,
    action: string,
    diff: Record<string, unknown>,
  ): Promise<void> {
    await this.limiter.recordFailure(this.key(ctx));
    await this.ds.transaction((em) =>
      this.audit.record(em, ctx, { action, entity: 'Customer', entityId: customerId, diff }),
    );
  }

  probe(ctx: AppContext): SensitiveUniqueProbe {
    return {
      before: () => this.assertAllowed(ctx),
      taken: [],
    };
  }

  /**
   * Runs a write; if it failed on a sensitive unique field, counts the failure and audits it
   * after the write's transaction has rolled back (so the entry stays).
   */
  async guard<T>(
    ctx: AppContext,
    customerId: number | null,
    write: (probe: SensitiveUniqueProbe) => Promise<T>,
  ): Promise<T> {
    const probe = this.probe(ctx);
    try {
      return await write(probe);
    } catch (err) {
      if (probe.taken.length)
        await this.recordProbe(ctx, customerId, 'customer.uniqueProbe', { fields: probe.taken });
      throw err;
    }
  }
}
