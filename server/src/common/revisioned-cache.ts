import type { DataSource, EntityManager } from 'typeorm';
import { CacheRevision } from './cache-revision.entity';
import { transactionRecordingClaim } from './idempotency/idempotency';

/**
 * How often a server reads every cache's revision. A change committed on another server is
 * served here at most this long (plus one poll statement) after its commit.
 */
export const CACHE_POLL_MS = 5_000;

/**
 * A process-wide snapshot of slowly changing data (dictionaries, data-card templates).
 * Local writes invalidate it after commit. Writes on other servers bump a revision row, which
 * a `CacheRevisionPoller` reads for every cache in one statement outside any request.
 *
 * A snapshot remembers the revision the poller had read before the snapshot's load began, so a
 * write landing between that read and the load (or during the load) leaves a newer revision
 * behind and the next poll drops the snapshot. A snapshot loaded before any poll is dropped by
 * the first one.
 */
export class RevisionedCache<T> {
  private snapshot?: Promise<T>;
  /** The revision the poller read last; undefined before the first poll. */
  private latestRevision?: number;
  /** `latestRevision` when the current snapshot's load began. */
  private snapshotRevision?: number;

  constructor(
    private readonly ds: DataSource,
    readonly name: string,
    private readonly load: (ds: DataSource) => Promise<T>,
  ) {}

  get(): Promise<T> {
    if (!this.snapshot) {
      this.snapshotRevision = this.latestRevision;
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

  /** Takes a revision just read from `cache_revision`; drops the snapshot unless it was loaded at that revision. */
  observeRevision(revision: number): void {
    this.latestRevision = revision;
    if (this.snapshot && this.snapshotRevision !== revision) this.invalidate();
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
}

/**
 * Reads the revision of every cache in one statement, at start and then every CACHE_POLL_MS,
 * and hands each cache its revision (a cache without a row is at revision 0).
 */
export class CacheRevisionPoller {
  private timer?: NodeJS.Timeout;
  private polling?: Promise<void>;

  constructor(
    private readonly ds: DataSource,
    private readonly caches: readonly RevisionedCache<unknown>[],
    private readonly intervalMs = CACHE_POLL_MS,
  ) {}

  /** Polls once (so snapshots loaded from now on know their revision), then on the interval. */
  async start(): Promise<void> {
    await this.poll();
    this.timer = setInterval(() => void this.poll(), this.intervalMs);
    this.timer.unref();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
  }

  /** One poll; a poll still running is joined rather than overlapped. */
  poll(): Promise<void> {
    this.polling ??= this.readRevisions().finally(() => (this.polling = undefined));
    return this.polling;
  }

  private async readRevisions(): Promise<void> {
    if (!this.ds.isInitialized) return;
    let rows: { name: string; revision: number | string }[];
    try {
      rows = await this.ds.query('SELECT name, revision FROM cache_revision');
    } catch {
      return; // The next poll tries again; the health check reports database trouble.
    }
    const revisions = new Map(rows.map((r) => [r.name, Number(r.revision)]));
    for (const cache of this.caches) cache.observeRevision(revisions.get(cache.name) ?? 0);
  }
}
