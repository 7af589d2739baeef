import type { DataSource, EntityManager } from 'typeorm';
import { CacheRevision } from './cache-revision.entity';
import { transactionRecordingClaim } from './idempotency/idempotency';

/** How often a server checks whether another server changed cached data. */
export const CACHE_POLL_MS = 5_000;

/**
 * A process-wide snapshot of slowly changing data (dictionaries, data-card templates).
 * Local writes invalidate it after commit. Writes on other servers bump a revision row, which
 * each server polls every CACHE_POLL_MS outside any request, so a stale snapshot lives at most
 * that long and requests never pay for the check.
 */
export class RevisionedCache<T> {
  private snapshot?: Promise<T>;
  private revision = -1;
  private timer?: NodeJS.Timeout;

  constructor(
    private readonly ds: DataSource,
    private readonly name: string,
    private readonly load: (ds: DataSource) => Promise<T>,
  ) {}

  get(): Promise<T> {
    if (!this.snapshot) {
      const loading = this.load(this.ds);
      this.snapshot = loading;
      loading.catch(() => {
        if (this.snapshot === loading) this.snapshot = undefined;
      });
    }
    return this.snapshot;
  }

  invalidate(): void {
    this.snapshot = undefined;
  }

  /**
   * Runs a write to the cached data in one transaction that also bumps the revision (so other
   * servers reload), then drops this server's snapshot once the transaction has committed.
   */
  async write<R>(work: (em: EntityManager) => Promise<R>): Promise<R> {
    const result = await transactionRecordingClaim(this.ds, async (em) => {
      const value = await work(em);
      await RevisionedCache.bump(em, this.name);
      return value;
    });
    this.invalidate();
    return result;
  }

  /** Records a change inside the writer's transaction, so other servers reload too. */
  static async bump(em: EntityManager, name: string): Promise<void> {
    const res = await em
      .createQueryBuilder()
      .update(CacheRevision)
      .set({ revision: () => 'revision + 1' })
      .where('name = :name', { name })
      .execute();
    if (!res.affected) await em.insert(CacheRevision, { name, revision: 1 });
  }

  startPolling(): void {
    this.timer = setInterval(() => void this.poll(), CACHE_POLL_MS);
    this.timer.unref();
  }

  stopPolling(): void {
    if (this.timer) clearInterval(this.timer);
  }

  private polling = false;

  private async poll(): Promise<void> {
    // A poll stuck on a frozen database is not joined by more of them.
    if (!this.ds.isInitialized || this.polling) return;
    this.polling = true;
    try {
      const row = await this.ds.getRepository(CacheRevision).findOneBy({ name: this.name });
      const revision = row?.revision ?? 0;
      if (revision !== this.revision) {
        if (this.revision !== -1) this.invalidate();
        this.revision = revision;
      }
    } catch {
      // The next poll tries again; the health check reports database trouble.
    } finally {
      this.polling = false;
    }
  }
}
