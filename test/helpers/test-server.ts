import 'reflect-metadata';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createConnection } from 'mysql2/promise';
import { createRequire } from 'node:module';
import type { RunningApp } from '../../server/src/app';
import type * as ConfigModule from '../../server/src/config';

// The built server is loaded with Node's own require, exactly as `npm start` runs it.
const requireBuilt = createRequire(import.meta.url);
const { createApp } = requireBuilt('../../server/dist/app.js') as {
  createApp: typeof import('../../server/src/app').createApp;
};
const { loadConfig } = requireBuilt('../../server/dist/config.js') as typeof ConfigModule;

export const ADMIN_PASSWORD = 'Admin12345';

/** The database the suite runs on: `TEST_DB_DIALECT=mysql` uses TEST_DATABASE_URL's server. */
export const TEST_DIALECT = process.env.TEST_DB_DIALECT === 'mysql' ? 'mysql' : 'sqlite';

export interface GqlResult<T = any> {
  status: number;
  data: T;
  errors?: {
    message: string;
    path?: string[];
    extensions: { code: string; field?: string; [k: string]: unknown };
  }[];
  statements: number;
  headers: Headers;
}

export interface TestServer {
  url: string;
  app: RunningApp;
  /** The server's DATA_DIR (stored files live under `<dataDir>/files`). */
  dataDir: string;
  gql<T = any>(
    query: string,
    variables?: Record<string, unknown>,
    options?: { token?: string; lang?: string; headers?: Record<string, string> },
  ): Promise<GqlResult<T>>;
  login(username?: string, password?: string): Promise<string>;
  /** Stops the server and starts it again on the same database (start-up seeding runs again). */
  restart(): Promise<void>;
  /** Runs SQL straight against the test database (for asserting rows written or not). */
  sql<T = any>(query: string, params?: unknown[]): Promise<T[]>;
  close(): Promise<void>;
}

/**
 * The new test database's defaults: utf8mb4, or the server's old latin1 default with
 * `TEST_DB_CHARSET=latin1` (the tables must still store Chinese, since each declares utf8mb4).
 */
function databaseCharset(): string {
  return process.env.TEST_DB_CHARSET === 'latin1'
    ? 'CHARACTER SET latin1 COLLATE latin1_swedish_ci'
    : 'CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci';
}

/** Starts the real server on a random port over a fresh database (SQLite file or a new MySQL database). */
export async function startTestServer(env: Record<string, string> = {}): Promise<TestServer> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'dossier-test-'));
  let databaseUrl = `sqlite:${path.join(dataDir, 'test.sqlite')}`;
  let dropDatabase = async () => {};
  if (TEST_DIALECT === 'mysql')
    ({ url: databaseUrl, drop: dropDatabase } = await createMysqlDatabase());
  const config = loadConfig({
    NODE_ENV: 'test',
    PORT: '0',
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    DATABASE_URL: databaseUrl,
    DOSSIER_ADMIN_PASSWORD: ADMIN_PASSWORD,
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    // Tests firing hundreds of parallel requests test the database, not admission control
    // (overload.test.ts sets its own bounds).
    MAX_CONCURRENT_REQUESTS: '64',
    MAX_QUEUED_REQUESTS: '1000',
    ...env,
  });
  let app = await createApp(config);

  const gql = graphqlClient(() => app.url);

  const server: TestServer = {
    url: app.url,
    app,
    dataDir: config.dataDir,
    gql,
    async login(username = 'admin', password = ADMIN_PASSWORD) {
      const res = await gql(
        `mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }`,
        { u: username, p: password },
      );
      if (!res.data?.login)
        throw new Error(`login failed for ${username}: ${JSON.stringify(res.errors)}`);
      return res.data.login.token as string;
    },
    async restart() {
      await app.close();
      app = await createApp({ ...config, port: app.port });
      server.app = app;
    },
    sql: (query, params = []) => app.dataSource.query(query, params),
    async close() {
      await app.close();
      await dropDatabase();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
  return server;
}

/** A fresh database on TEST_DATABASE_URL's server, and how to drop it. */
export async function createMysqlDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const base = process.env.TEST_DATABASE_URL;
  if (!base) throw new Error('TEST_DB_DIALECT=mysql needs TEST_DATABASE_URL');
  const name = `dossier_t_${process.pid}_${Date.now().toString(36)}_${Math.floor(Math.random() * 1e6)}`;
  const serverUrl = new URL(base.replace(/^mariadb:/, 'mysql:'));
  const admin = await createConnection({
    host: serverUrl.hostname,
    port: Number(serverUrl.port || 3306),
    user: decodeURIComponent(serverUrl.username),
    password: decodeURIComponent(serverUrl.password),
  });
  await admin.query(`CREATE DATABASE \`${name}\` ${databaseCharset()}`);
  serverUrl.pathname = `/${name}`;
  return {
    url: serverUrl.toString(),
    async drop() {
      await admin.query(`DROP DATABASE IF EXISTS \`${name}\``);
      await admin.end();
    },
  };
}

/** GraphQL over HTTP against the server at `baseUrl()`. */
export function graphqlClient(baseUrl: () => string): TestServer['gql'] {
  return async (query, variables = {}, options = {}) => {
    const headers: Record<string, string> = {
      'content-type': 'application/json',
      'accept-language': options.lang ?? 'en',
      ...options.headers,
    };
    if (options.token) headers.authorization = `Bearer ${options.token}`;
    const res = await fetch(`${baseUrl()}/graphql`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json()) as { data: any; errors?: GqlResult['errors'] };
    return {
      status: res.status,
      data: body.data,
      errors: body.errors,
      statements: Number(res.headers.get('x-statement-count') ?? NaN),
      headers: res.headers,
    };
  };
}

/** The first error's code, for terse assertions. */
export function errorCode(res: GqlResult): string | undefined {
  return res.errors?.[0]?.extensions.code;
}

/** Quotes a table name for raw SQL on either dialect (`user` is reserved on both). */
export function table(name: string): string {
  return TEST_DIALECT === 'mysql' ? `\`${name}\`` : `"${name}"`;
}
