import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createConnection } from 'mysql2/promise';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, TEST_DIALECT } from '../helpers/test-server';

// A MariaDB server of its own (own datadir and port, stopped afterwards) configured the way the
// issue describes: latin1 defaults and a lax sql_mode. Start-up must either work fully, with
// Chinese stored intact, or refuse before creating anything.
const MARIADBD = '/usr/sbin/mariadbd';
const runnable = TEST_DIALECT === 'mysql' && existsSync(MARIADBD);
const describeServer = runnable ? describe : describe.skip;

const port = 33_000 + Math.floor(Math.random() * 2000);
let dataDir = '';
let server: ChildProcess | null = null;

async function startMariadb(extra: string[]): Promise<void> {
  server = spawn(
    MARIADBD,
    [
      '--no-defaults',
      `--datadir=${dataDir}`,
      `--port=${port}`,
      '--bind-address=127.0.0.1',
      `--socket=${path.join(dataDir, 'mysqld.sock')}`,
      `--pid-file=${path.join(dataDir, 'mysqld.pid')}`,
      '--user=root',
      '--skip-log-bin',
      '--innodb-buffer-pool-size=32M',
      '--character-set-server=latin1',
      '--collation-server=latin1_swedish_ci',
      '--sql-mode=',
      ...extra,
    ],
    { stdio: 'ignore' },
  );
  for (let i = 0; i < 100; i++) {
    try {
      const c = await createConnection({ host: '127.0.0.1', port, user: 'root' });
      await c.end();
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  throw new Error('own MariaDB did not start');
}

async function stopMariadb(): Promise<void> {
  const child = server;
  server = null;
  if (!child || child.exitCode !== null) return;
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  await exited;
}

const withServerUrl = async <T>(fn: () => Promise<T>): Promise<T> => {
  const previous = { url: process.env.TEST_DATABASE_URL, charset: process.env.TEST_DB_CHARSET };
  process.env.TEST_DATABASE_URL = `mysql://root@127.0.0.1:${port}/test`;
  process.env.TEST_DB_CHARSET = 'latin1';
  try {
    return await fn();
  } finally {
    process.env.TEST_DATABASE_URL = previous.url;
    if (previous.charset === undefined) delete process.env.TEST_DB_CHARSET;
    else process.env.TEST_DB_CHARSET = previous.charset;
  }
};

beforeAll(() => {
  if (!runnable) return;
  dataDir = mkdtempSync(path.join(tmpdir(), 'dossier-mariadb-'));
  const init = spawnSync(
    'mariadb-install-db',
    [
      '--no-defaults',
      `--datadir=${dataDir}`,
      '--user=root',
      '--auth-root-authentication-method=normal',
      '--skip-test-db',
    ],
    { stdio: 'ignore' },
  );
  if (init.status !== 0) throw new Error('mariadb-install-db failed');
}, 120_000);
afterAll(async () => {
  await stopMariadb();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
}, 60_000);

describeServer('a MariaDB server with latin1 defaults and a lax sql_mode', () => {
  it('starts fully and stores Chinese intact; the session is strict', async () => {
    await startMariadb([]);
    const s = await withServerUrl(() => startTestServer());
    try {
      const [db] = await s.sql(
        'SELECT @@character_set_database AS cs, @@GLOBAL.sql_mode AS global, @@SESSION.sql_mode AS session',
      );
      expect(db).toMatchObject({ cs: 'latin1', global: '' });
      expect(String(db.session)).toContain('STRICT_TRANS_TABLES');
      const token = await s.login();
      const name = '上海𠀀客户档案有限公司';
      const created = await s.gql(
        `mutation($c: CreateCustomerInput!) { createOneCustomer(input: { customer: $c }) { id name number } }`,
        { c: { kind: 'ENTERPRISE', name } },
        { token },
      );
      expect(created.errors).toBeUndefined();
      expect(created.data.createOneCustomer.name).toBe(name);
      expect(created.data.createOneCustomer.number).toMatch(/^客户-/);
      const [row] = await s.sql('SELECT name FROM customer WHERE id = ?', [
        created.data.createOneCustomer.id,
      ]);
      expect(row.name).toBe(name);
      // Strict mode is what the server runs with: a value too long for its column is an error.
      await expect(
        s.sql("UPDATE customer SET credit_code = REPEAT('9', 19) WHERE id = ?", [
          created.data.createOneCustomer.id,
        ]),
      ).rejects.toThrow(/too long/i);
    } finally {
      await s.close();
      await stopMariadb();
    }
  }, 120_000);

  it('refuses before creating anything when the connection cannot be utf8mb4', async () => {
    await startMariadb(['--skip-character-set-client-handshake']);
    try {
      await expect(withServerUrl(() => startTestServer())).rejects.toThrow(
        /character_set_connection is latin1.*Nothing was created/,
      );
      const c = await createConnection({ host: '127.0.0.1', port, user: 'root' });
      const [rows] = await c.query(
        `SELECT s.SCHEMA_NAME AS db, COUNT(t.TABLE_NAME) AS tables FROM information_schema.SCHEMATA s
           LEFT JOIN information_schema.TABLES t ON t.TABLE_SCHEMA = s.SCHEMA_NAME
          WHERE s.SCHEMA_NAME LIKE 'dossier_t_%' GROUP BY s.SCHEMA_NAME`,
      );
      await c.end();
      expect((rows as { tables: number }[]).length).toBe(1);
      expect(Number((rows as { tables: number }[])[0].tables)).toBe(0);
    } finally {
      await stopMariadb();
    }
  }, 120_000);
});
