import Redis from 'ioredis';
import {
  RateLimiterMemory,
  RateLimiterMySQL,
  RateLimiterRedis,
  RateLimiterSQLite,
  type RateLimiterAbstract,
} from 'rate-limiter-flexible';
import type { DataSource } from 'typeorm';

/** The table the database store keeps its counts in (created by a migration, in rate-limiter-flexible's layout). */
export const LIMITER_TABLE = 'login_limit';

/** How often the database store deletes counts that expired over an hour ago. */
const CLEANUP_MS = 10 * 60_000;

export interface LimiterOptions {
  /** Names the counter; part of every stored key. */
  name: string;
  points: number;
  durationSeconds: number;
}

/**
 * Where attempt counters live. Every server on the same database (or Redis) shares them, so a
 * limit holds however requests are spread over servers.
 */
export interface LimiterStore {
  readonly kind: 'database' | 'redis' | 'memory';
  limiter(options: LimiterOptions): RateLimiterAbstract;
  close(): Promise<void>;
}

/** Counters in the `login_limit` table, on the data source's own connection (SQLite) or pool (MySQL). */
export function databaseLimiterStore(ds: DataSource): LimiterStore {
  const driver = ds.driver as unknown as {
    databaseConnection?: unknown;
    pool?: unknown;
    database?: string;
  };
  const sqlite = ds.options.type === 'better-sqlite3';
  const cleanup = setInterval(() => {
    if (!ds.isInitialized) return;
    ds.query(`DELETE FROM ${LIMITER_TABLE} WHERE expire < ?`, [Date.now() - 3_600_000]).catch(
      () => {}, // the next round tries again
    );
  }, CLEANUP_MS);
  cleanup.unref();
  return {
    kind: 'database',
    limiter: ({ name, points, durationSeconds }) => {
      const common = {
        keyPrefix: name,
        points,
        duration: durationSeconds,
        tableName: LIMITER_TABLE,
        tableCreated: true,
        clearExpiredByTimeout: false,
      };
      return sqlite
        ? new RateLimiterSQLite({
            ...common,
            storeClient: driver.databaseConnection,
            storeType: 'better-sqlite3',
          })
        : new RateLimiterMySQL({
            ...common,
            storeClient: driver.pool,
            storeType: 'pool',
            dbName: driver.database,
          });
    },
    close: async () => clearInterval(cleanup),
  };
}

/**
 * Counters in Redis under `keyPrefix`. Connects before returning (a wrong REDIS_URL stops
 * start-up); while Redis is unreachable later, each server counts in memory on its own.
 */
export async function redisLimiterStore(url: string, keyPrefix: string): Promise<LimiterStore> {
  const client = new Redis(url, {
    lazyConnect: true,
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
  });
  let lastError: unknown;
  // Reconnects on its own; counts fall back to memory meanwhile.
  client.on('error', (err) => (lastError = err));
  try {
    await client.connect();
  } catch (err) {
    client.disconnect();
    const cause = lastError ?? err;
    throw new Error(
      `REDIS_URL: cannot connect (${cause instanceof Error ? cause.message : String(cause)})`,
    );
  }
  return {
    kind: 'redis',
    limiter: ({ name, points, durationSeconds }) =>
      new RateLimiterRedis({
        storeClient: client,
        keyPrefix: `${keyPrefix}${name}`,
        points,
        duration: durationSeconds,
        insuranceLimiter: new RateLimiterMemory({
          keyPrefix: name,
          points,
          duration: durationSeconds,
        }),
      }),
    close: async () => {
      await client.quit().catch(() => client.disconnect());
    },
  };
}

/** Counters in this process only: for scripts that serve no sign-ins. */
export function memoryLimiterStore(): LimiterStore {
  return {
    kind: 'memory',
    limiter: ({ name, points, durationSeconds }) =>
      new RateLimiterMemory({ keyPrefix: name, points, duration: durationSeconds }),
    close: async () => {},
  };
}
