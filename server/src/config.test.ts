import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config';

const dir = () => mkdtempSync(path.join(tmpdir(), 'dossier-config-'));

describe('loadConfig', () => {
  it('defaults to SQLite under DATA_DIR and keeps a generated JWT secret there', () => {
    const dataDir = dir();
    const config = loadConfig({ DATA_DIR: dataDir });
    expect(config.port).toBe(4000);
    expect(config.database).toMatchObject({
      dialect: 'sqlite',
      sqlitePath: path.join(dataDir, 'dossier.sqlite'),
    });
    expect(config.jwtSecret.length).toBeGreaterThanOrEqual(32);
    expect(readFileSync(path.join(dataDir, 'jwt-secret'), 'utf8').trim()).toBe(config.jwtSecret);
    expect(loadConfig({ DATA_DIR: dataDir }).jwtSecret).toBe(config.jwtSecret);
  });

  it('accepts mysql:// and mariadb:// URLs', () => {
    expect(
      loadConfig({ DATA_DIR: dir(), DATABASE_URL: 'mariadb://u:p@db:3306/dossier' }).database,
    ).toMatchObject({ dialect: 'mysql', url: 'mysql://u:p@db:3306/dossier' });
  });

  it('stops with every problem listed', () => {
    const run = () =>
      loadConfig({
        DATA_DIR: dir(),
        PORT: 'eighty',
        NODE_ENV: 'production',
        DATABASE_URL: 'postgres://x/y',
        LOG_LEVEL: 'loud',
      });
    expect(run).toThrow(ConfigError);
    try {
      run();
    } catch (err) {
      const message = (err as Error).message;
      expect(message).toContain('PORT must be an integer');
      expect(message).toContain('JWT_SECRET is required when NODE_ENV=production');
      expect(message).toContain('DATABASE_URL must start with');
      expect(message).toContain('LOG_LEVEL must be one of');
    }
  });

  it('reads REDIS_URL and REDIS_KEY_PREFIX, refusing a URL that is not redis:// without echoing its password', () => {
    const none = loadConfig({ DATA_DIR: dir() });
    expect(none.redisUrl).toBeUndefined();
    expect(none.redisKeyPrefix).toBe('dossier:');
    const set = loadConfig({
      DATA_DIR: dir(),
      REDIS_URL: 'redis://127.0.0.1:6379/2',
      REDIS_KEY_PREFIX: 'crm:',
    });
    expect(set).toMatchObject({ redisUrl: 'redis://127.0.0.1:6379/2', redisKeyPrefix: 'crm:' });
    const bad = () => loadConfig({ DATA_DIR: dir(), REDIS_URL: 'http://:s3cret@cache:6379' });
    expect(bad).toThrow(/REDIS_URL must look like redis:\/\/host:6379/);
    expect(bad).not.toThrow(/s3cret/);
  });

  it('reads MAX_UPLOAD_BYTES (20 MB by default) and refuses bad values', () => {
    expect(loadConfig({ DATA_DIR: dir() }).maxUploadBytes).toBe(20 * 1024 * 1024);
    expect(loadConfig({ DATA_DIR: dir(), MAX_UPLOAD_BYTES: '1024' }).maxUploadBytes).toBe(1024);
    for (const bad of ['0', '-1', '1.5', 'lots', '4294967296']) {
      expect(() => loadConfig({ DATA_DIR: dir(), MAX_UPLOAD_BYTES: bad }), bad).toThrow(
        /MAX_UPLOAD_BYTES must be an integer/,
      );
    }
  });

  it('refuses a mysql URL without a database and a short JWT secret', () => {
    expect(() =>
      loadConfig({ DATA_DIR: dir(), DATABASE_URL: 'mysql://root@localhost:3306' }),
    ).toThrow(/must name a database/);
    expect(() => loadConfig({ DATA_DIR: dir(), JWT_SECRET: 'short' })).toThrow(/at least 32/);
  });
});

describe('overload and outage settings', () => {
  it('defaults for 2 cores and a 256 MB heap, the statement timeout following the deadline', () => {
    const config = loadConfig({ DATA_DIR: dir(), REQUEST_TIMEOUT_MS: '5000' });
    expect(config).toMatchObject({
      maxConcurrentRequests: 4,
      maxQueuedRequests: 16,
      requestTimeoutMs: 5000,
      statementTimeoutMs: 5000,
      databaseStartupTimeoutSeconds: 60,
      healthPort: undefined,
    });
  });

  it('refuses nonsense', () => {
    expect(() => loadConfig({ DATA_DIR: dir(), MAX_CONCURRENT_REQUESTS: '0' })).toThrow(
      'MAX_CONCURRENT_REQUESTS must be an integer between 1 and 10000 (got "0")',
    );
  });
});
