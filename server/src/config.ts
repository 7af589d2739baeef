import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export type Dialect = 'sqlite' | 'mysql';
export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';

export interface DatabaseConfig {
  dialect: Dialect;
  /** For the mysql dialect: `mariadb://` URLs select TypeORM's MariaDB driver flavour (schema diffs differ). */
  flavor?: 'mysql' | 'mariadb';
  /** SQLite file path, or the mysql:// URL. */
  url: string;
  sqlitePath?: string;
}

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  database: DatabaseConfig;
  jwtSecret: string;
  jwtTtlSeconds: number;
  nodeEnv: 'development' | 'production' | 'test';
  production: boolean;
  adminPassword?: string;
  logLevel: LogLevel;
  corsOrigins: string[];
  adminDist?: string;
  /**
   * Serves the bundled GraphQL explorer at GET /graphql (browsers) and turns introspection on
   * (`GRAPHQL_EXPLORER=1`; on outside production).
   */
  graphqlExplorer: boolean;
  loginLimitPerMinute: number;
  /** Exposes `x-statement-count` on responses (on outside production). */
  exposeStatementCount: boolean;
  /** Largest document upload accepted, in bytes (`MAX_UPLOAD_BYTES`, default 20 MB). */
  maxUploadBytes: number;
  /** Redis for the sign-in limiter's counts (`REDIS_URL`); without it they live in the database. */
  redisUrl?: string;
  /** Prefix of every key written to Redis (`REDIS_KEY_PREFIX`, default `dossier:`). */
  redisKeyPrefix: string;
  /** Requests worked on at once on /graphql and /files (`MAX_CONCURRENT_REQUESTS`); bounds memory. */
  maxConcurrentRequests: number;
  /** Requests waiting for a slot (`MAX_QUEUED_REQUESTS`); beyond them the answer is OVERLOADED. */
  maxQueuedRequests: number;
  /** Deadline of one GraphQL request, queueing included (`REQUEST_TIMEOUT_MS`). */
  requestTimeoutMs: number;
  /** Database-side limit on one statement (`DATABASE_STATEMENT_TIMEOUT_MS`, default the request deadline). */
  statementTimeoutMs: number;
  /** How long start-up keeps retrying an unreachable database (`DATABASE_STARTUP_TIMEOUT_SECONDS`). */
  databaseStartupTimeoutSeconds: number;
  /** A second port serving only `/healthz` (`HEALTH_PORT`), out of the way of a flood on PORT. */
  healthPort?: number;
}

export class ConfigError extends Error {}

const LOG_LEVELS: LogLevel[] = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

/** Reads and validates every setting in one place. Throws ConfigError with a clear message. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const problems: string[] = [];

  const nodeEnvRaw = env.NODE_ENV ?? 'development';
  if (!['development', 'production', 'test'].includes(nodeEnvRaw)) {
    problems.push(`NODE_ENV must be development, production or test (got "${nodeEnvRaw}")`);
  }
  const nodeEnv = nodeEnvRaw as Config['nodeEnv'];
  const production = nodeEnv === 'production';

  const port = parseIntSetting(env.PORT, 4000, 'PORT', problems, 0, 65535);
  const loginLimitPerMinute = parseIntSetting(
    env.LOGIN_LIMIT_PER_MINUTE,
    5,
    'LOGIN_LIMIT_PER_MINUTE',
    problems,
    1,
    10000,
  );
  const maxUploadBytes = parseIntSetting(
    env.MAX_UPLOAD_BYTES,
    20 * 1024 * 1024,
    'MAX_UPLOAD_BYTES',
    problems,
    1,
    2 ** 31 - 1,
  );
  const maxConcurrentRequests = parseIntSetting(
    env.MAX_CONCURRENT_REQUESTS,
    4,
    'MAX_CONCURRENT_REQUESTS',
    problems,
    1,
    10000,
  );
  const maxQueuedRequests = parseIntSetting(
    env.MAX_QUEUED_REQUESTS,
    16,
    'MAX_QUEUED_REQUESTS',
    problems,
    0,
    100000,
  );
  const requestTimeoutMs = parseIntSetting(
    env.REQUEST_TIMEOUT_MS,
    20000,
    'REQUEST_TIMEOUT_MS',
    problems,
    10,
    3600_000,
  );
  const statementTimeoutMs = parseIntSetting(
    env.DATABASE_STATEMENT_TIMEOUT_MS,
    requestTimeoutMs,
    'DATABASE_STATEMENT_TIMEOUT_MS',
    problems,
    10,
    3600_000,
  );
  const databaseStartupTimeoutSeconds = parseIntSetting(
    env.DATABASE_STARTUP_TIMEOUT_SECONDS,
    60,
    'DATABASE_STARTUP_TIMEOUT_SECONDS',
    problems,
    0,
    86400,
  );
  const healthPort =
    env.HEALTH_PORT === undefined || env.HEALTH_PORT === ''
      ? undefined
      : parseIntSetting(env.HEALTH_PORT, 0, 'HEALTH_PORT', problems, 0, 65535);
  const jwtTtlSeconds = parseIntSetting(
    env.JWT_TTL_SECONDS,
    8 * 3600,
    'JWT_TTL_SECONDS',
    problems,
    60,
    30 * 24 * 3600,
  );

  const dataDir = path.resolve(env.DATA_DIR || './data');

  let database: DatabaseConfig | undefined;
  const url = env.DATABASE_URL?.trim();
  if (!url) {
    const sqlitePath = path.join(dataDir, 'dossier.sqlite');
    database = { dialect: 'sqlite', url: `sqlite:${sqlitePath}`, sqlitePath };
  } else if (url.startsWith('sqlite:')) {
    const file = url.slice('sqlite:'.length).replace(/^\/\//, '');
    if (!file)
      problems.push('DATABASE_URL sqlite: needs a file path, e.g. sqlite:./data/dossier.sqlite');
    else
      database = {
        dialect: 'sqlite',
        url,
        sqlitePath: file === ':memory:' ? file : path.resolve(file),
      };
  } else if (/^(mysql|mariadb):\/\//.test(url)) {
    try {
      const parsed = new URL(url.replace(/^mariadb:/, 'mysql:'));
      if (!parsed.hostname) throw new Error('no host');
      if (!parsed.pathname || parsed.pathname === '/')
        problems.push(
          'DATABASE_URL must name a database, e.g. mysql://user:pass@host:3306/dossier',
        );
      database = {
        dialect: 'mysql',
        url: parsed.toString(),
        flavor: url.startsWith('mariadb:') ? 'mariadb' : 'mysql',
      };
    } catch {
      problems.push(`DATABASE_URL is not a valid URL: "${redact(url)}"`);
    }
  } else {
    problems.push(
      `DATABASE_URL must start with sqlite:, mysql:// or mariadb:// (got "${redact(url)}")`,
    );
  }

  const logLevel = (env.LOG_LEVEL ?? (nodeEnv === 'test' ? 'warn' : 'info')) as LogLevel;
  if (!LOG_LEVELS.includes(logLevel))
    problems.push(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')} (got "${logLevel}")`);

  let jwtSecret = env.JWT_SECRET ?? '';
  if (jwtSecret && jwtSecret.length < 32)
    problems.push('JWT_SECRET must be at least 32 characters');
  if (!jwtSecret && production) problems.push('JWT_SECRET is required when NODE_ENV=production');

  const adminPassword = env.DOSSIER_ADMIN_PASSWORD || undefined;
  if (adminPassword !== undefined && adminPassword.length < 8)
    problems.push('DOSSIER_ADMIN_PASSWORD must be at least 8 characters');

  const corsOrigins = (env.CORS_ORIGINS ?? '')
    .split(',')
    .map((o) => o.trim())
    .filter(Boolean);
  for (const origin of corsOrigins) {
    try {
      new URL(origin);
    } catch {
      problems.push(`CORS_ORIGINS has an invalid origin "${origin}"`);
    }
  }

  const redisUrl = env.REDIS_URL?.trim() || undefined;
  if (redisUrl) {
    let valid = false;
    try {
      valid = /^rediss?:$/.test(new URL(redisUrl).protocol);
    } catch {
      // reported below
    }
    if (!valid)
      problems.push(
        `REDIS_URL must look like redis://host:6379 or rediss://… (got "${redisUrl.replace(/\/\/[^@/]*@/, '//***@')}")`,
      );
  }
  const redisKeyPrefix = env.REDIS_KEY_PREFIX ?? 'dossier:';

  if (problems.length)
    throw new ConfigError(`Invalid configuration:\n  - ${problems.join('\n  - ')}`);

  mkdirSync(dataDir, { recursive: true });
  if (!jwtSecret) jwtSecret = loadOrCreateSecret(path.join(dataDir, 'jwt-secret'));

  const adminDist = env.ADMIN_DIST
    ? path.resolve(env.ADMIN_DIST)
    : path.resolve(__dirname, '../../admin/dist');

  return {
    port,
    host: env.HOST || '0.0.0.0',
    dataDir,
    database: database!,
    jwtSecret,
    jwtTtlSeconds,
    nodeEnv,
    production,
    adminPassword,
    logLevel,
    corsOrigins,
    adminDist: existsSync(path.join(adminDist, 'index.html')) ? adminDist : undefined,
    graphqlExplorer: !production || env.GRAPHQL_EXPLORER === '1',
    loginLimitPerMinute,
    exposeStatementCount: !production || env.EXPOSE_STATEMENT_COUNT === '1',
    maxUploadBytes,
    redisUrl,
    redisKeyPrefix,
    maxConcurrentRequests,
    maxQueuedRequests,
    requestTimeoutMs,
    statementTimeoutMs,
    databaseStartupTimeoutSeconds,
    healthPort,
  };
}

function parseIntSetting(
  raw: string | undefined,
  fallback: number,
  name: string,
  problems: string[],
  min: number,
  max: number,
) {
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    problems.push(`${name} must be an integer between ${min} and ${max} (got "${raw}")`);
    return fallback;
  }
  return value;
}

function loadOrCreateSecret(file: string): string {
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  const secret = randomBytes(48).toString('base64url');
  writeFileSync(file, secret + '\n', { mode: 0o600 });
  return secret;
}

function redact(url: string) {
  return url.replace(/\/\/([^:@/]+):([^@/]*)@/, '//$1:***@');
}
