import 'reflect-metadata';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createConnection } from 'mysql2/promise';
import Redis from 'ioredis';
import pino from 'pino';
import type { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { DatabaseConfig } from '../../config';
import { createDataSource } from '../../db/data-source';
import { databaseLimiterStore, redisLimiterStore, type LimiterStore } from './limiter-store';
import { LoginLimiter } from './login-limiter';

const LIMIT = 5;
const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
const MYSQL_URL = process.env.TEST_DATABASE_URL;

async function redisReachable(): Promise<boolean> {
  const probe = new Redis(REDIS_URL, { lazyConnect: true, maxRetriesPerRequest: 0 });
  probe.on('error', () => {});
  try {
    await probe.connect();
    await probe.quit();
    return true;
  } catch {
    probe.disconnect();
    return false;
  }
}

/** A migrated database for the database store; the MySQL one is created and dropped here. */
async function migratedDatabase(dialect: 'sqlite' | 'mysql') {
  const dir = mkdtempSync(path.join(tmpdir(), 'dossier-limiter-'));
  let db: DatabaseConfig;
  let drop = async () => {};
  if (dialect === 'sqlite') {
    const sqlitePath = path.join(dir, 'limiter.sqlite');
    db = { dialect, url: `sqlite:${sqlitePath}`, sqlitePath };
  } else {
    const url = new URL(MYSQL_URL!.replace(/^mariadb:/, 'mysql:'));
    const name = `dossier_limiter_${process.pid}_${Date.now().toString(36)}`;
    const admin = await createConnection({
      host: url.hostname,
      port: Number(url.port || 3306),
      user: decodeURIComponent(url.username),
      password: decodeURIComponent(url.password),
    });
    await admin.query(
      `CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`,
    );
    url.pathname = `/${name}`;
    db = { dialect, url: url.toString(), flavor: 'mariadb' };
    drop = async () => {
      await admin.query(`DROP DATABASE IF EXISTS \`${name}\``);
      await admin.end();
    };
  }
  const ds = createDataSource(db, pino({ level: 'silent' }));
  await ds.initialize();
  await ds.runMigrations({ transaction: 'each' });
  return {
    ds,
    db,
    async close() {
      await ds.destroy();
      await drop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

interface StoreCase {
  name: string;
  /** Why this store cannot be tested here, if it cannot. */
  unavailable?(): Promise<string | undefined>;
  /** Opens the store twice over the same shared state: server A and server B. */
  open(): Promise<{ a: LimiterStore; b: LimiterStore; close(): Promise<void> }>;
}

const cases: StoreCase[] = [
  {
    name: 'database (SQLite)',
    async open() {
      const db = await migratedDatabase('sqlite');
      return {
        a: databaseLimiterStore(db.ds),
        b: databaseLimiterStore(db.ds),
        close: db.close,
      };
    },
  },
  {
    name: 'database (MySQL/MariaDB)',
    unavailable: async () => (MYSQL_URL ? undefined : 'TEST_DATABASE_URL is not set'),
    async open() {
      // Two data sources, like two server processes with their own pools.
      const one = await migratedDatabase('mysql');
      const other = createDataSource(one.db, pino({ level: 'silent' }));
      await other.initialize();
      return {
        a: databaseLimiterStore(one.ds),
        b: databaseLimiterStore(other),
        async close() {
          await other.destroy();
          await one.close();
        },
      };
    },
  },
  {
    name: 'Redis',
    unavailable: async () =>
      (await redisReachable()) ? undefined : `no Redis at ${REDIS_URL} (set TEST_REDIS_URL)`,
    async open() {
      const prefix = `dossier-test:${process.pid}:${Date.now().toString(36)}:`;
      const a = await redisLimiterStore(REDIS_URL, prefix);
      const b = await redisLimiterStore(REDIS_URL, prefix);
      return {
        a,
        b,
        async close() {
          const cleaner = new Redis(REDIS_URL);
          const keys = await cleaner.keys(`${prefix}*`);
          if (keys.length) await cleaner.del(...keys);
          await cleaner.quit();
          await a.close();
          await b.close();
        },
      };
    },
  },
];

for (const store of cases) {
  describe(`login limiter on the ${store.name} store`, () => {
    let serverA: LoginLimiter;
    let serverB: LoginLimiter;
    let close: () => Promise<void>;
    let skipped: string | undefined;
    beforeAll(async () => {
      skipped = await store.unavailable?.();
      if (skipped) return;
      const opened = await store.open();
      serverA = new LoginLimiter(opened.a, LIMIT);
      serverB = new LoginLimiter(opened.b, LIMIT);
      close = opened.close;
    });
    afterAll(() => close?.());
    const it = (name: string, body: () => Promise<void>) =>
      test(name, async (ctx) => {
        ctx.skip(Boolean(skipped), skipped);
        await body();
      });

    it('counts failures for one username across both servers and refuses on both at the limit', async () => {
      for (let i = 0; i < 3; i++) await serverA.recordFailure('Alice', `10.0.0.${i}`);
      expect(await serverB.blockedFor('alice', '10.0.1.1')).toBe(0);
      await serverB.recordFailure('alice', '10.0.1.1');
      await serverB.recordFailure('ALICE', '10.0.1.2');
      for (const server of [serverA, serverB]) {
        const wait = await server.blockedFor('alice', '10.0.2.1');
        expect(wait).toBeGreaterThan(0);
        expect(wait).toBeLessThanOrEqual(60);
      }
      expect(await serverA.blockedFor('bob', '10.0.2.1')).toBe(0);
    });

    it('forgets a username’s failures after a successful sign-in on the other server', async () => {
      for (let i = 0; i < 4; i++) await serverA.recordFailure('carol', '10.1.0.1');
      await serverB.recordSuccess('carol');
      await serverA.recordFailure('carol', '10.1.0.1');
      expect(await serverA.blockedFor('carol', '10.1.0.2')).toBe(0);
    });

    it('limits one address at four times the limit, whatever the usernames', async () => {
      for (let i = 0; i < LIMIT * 4; i++)
        await (i % 2 ? serverA : serverB).recordFailure(`user${i}`, '192.0.2.7');
      expect(await serverA.blockedFor('someone-new', '192.0.2.7')).toBeGreaterThan(0);
      expect(await serverB.blockedFor('someone-new', '192.0.2.8')).toBe(0);
    });

    it('counts wrong current passwords per user apart from sign-ins, and resets them on a change', async () => {
      for (let i = 0; i < LIMIT; i++)
        await (i % 2 ? serverA : serverB).recordWrongCurrentPassword(7);
      expect(await serverA.passwordChangeBlockedFor(7)).toBeGreaterThan(0);
      expect(await serverB.passwordChangeBlockedFor(8)).toBe(0);
      expect(await serverB.blockedFor('7', '10.2.0.1')).toBe(0);
      await serverA.recordPasswordChanged(7);
      expect(await serverB.passwordChangeBlockedFor(7)).toBe(0);
    });

    it('accepts an absurdly long username (stored by its hash)', async () => {
      const long = 'x'.repeat(5000);
      for (let i = 0; i < LIMIT; i++) await serverA.recordFailure(long, '10.3.0.1');
      expect(await serverB.blockedFor(long, '10.3.0.2')).toBeGreaterThan(0);
      expect(await serverB.blockedFor('x'.repeat(4999), '10.3.0.2')).toBe(0);
    });
  });
}
