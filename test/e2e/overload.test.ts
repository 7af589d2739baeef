import { createConnection } from 'mysql2/promise';
import http from 'node:http';
import { createRequire } from 'node:module';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createRole, createUser } from '../helpers/fixtures';
import {
  errorCode,
  startTestServer,
  table,
  TEST_DIALECT,
  type TestServer,
} from '../helpers/test-server';

// A second SQLite connection of the test's own (better-sqlite3 ships no types).
const SqliteDatabase = createRequire(import.meta.url)('better-sqlite3') as new (file: string) => {
  exec(sql: string): void;
  close(): void;
};

const CREATE = `mutation($c: CreateCustomerInput!) { createOneCustomer(input: { customer: $c }) { id name } }`;
const CREATE_DEPARTMENT = `mutation($d: CreateDepartmentInput!) { createOneDepartment(input: { department: $d }) { id name } }`;
const UPDATE = `mutation($i: UpdateOneCustomerInput!) { updateOneCustomer(input: $i) { id version } }`;

/**
 * Starts a POST /graphql whose body never completes: the server has admitted it (admission runs
 * before the body is read) and holds its slot until `release()`.
 */
function holdSlot(s: TestServer): { release(): void; response: Promise<number> } {
  const req = http.request(`${s.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'content-length': '1000' },
  });
  const response = new Promise<number>((resolve) => {
    req.on('response', (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', () => resolve(0));
  });
  req.write('{"query":');
  return { release: () => req.destroy(), response };
}

/** Waits until the server reports the given admission counts on /healthz. */
async function waitForRequests(s: TestServer, expected: { inFlight: number; queued: number }) {
  for (let i = 0; i < 200; i++) {
    const body = (await (await fetch(`${s.url}/healthz`)).json()) as { requests: unknown };
    if (JSON.stringify(body.requests) === JSON.stringify(expected)) return;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error(`admission never reached ${JSON.stringify(expected)}`);
}

describe('admission control', () => {
  let s: TestServer;
  let admin: string;
  beforeAll(async () => {
    s = await startTestServer({ MAX_CONCURRENT_REQUESTS: '1', MAX_QUEUED_REQUESTS: '1' });
    admin = await s.login();
  });
  afterAll(() => s?.close());

  it('queues up to the bound, answers OVERLOADED with Retry-After beyond it, and /healthz still answers', async () => {
    const held = holdSlot(s);
    await waitForRequests(s, { inFlight: 1, queued: 0 });
    const queued = s.gql(`{ me { username } }`, {}, { token: admin });
    await waitForRequests(s, { inFlight: 1, queued: 1 });

    const refused = await s.gql(`{ me { username } }`, {}, { token: admin });
    expect(refused.status).toBe(503);
    expect(refused.headers.get('retry-after')).toBe('1');
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'OVERLOADED', retryable: true });
    expect(refused.errors?.[0].message).toBe('The server is busy; retry in 1 seconds');

    const health = await fetch(`${s.url}/healthz`);
    expect(health.status).toBe(200);

    held.release();
    const answered = await queued;
    expect(answered.status).toBe(200);
    expect(answered.data.me.username).toBe('admin');
    await waitForRequests(s, { inFlight: 0, queued: 0 });
  });

  it('frees the slot of a client that goes away while queued', async () => {
    const held = holdSlot(s);
    await waitForRequests(s, { inFlight: 1, queued: 0 });
    const waiting = holdSlot(s);
    await waitForRequests(s, { inFlight: 1, queued: 1 });
    waiting.release();
    await waitForRequests(s, { inFlight: 1, queued: 0 });
    held.release();
    await waitForRequests(s, { inFlight: 0, queued: 0 });
    expect((await s.gql(`{ me { username } }`, {}, { token: admin })).status).toBe(200);
  });
});

describe('request deadline and statement timeout', () => {
  let s: TestServer;
  let admin: string;
  let release: (() => Promise<void>) | undefined;
  beforeAll(async () => {
    s = await startTestServer({
      REQUEST_TIMEOUT_MS: '1500',
      DATABASE_STATEMENT_TIMEOUT_MS: '1000',
    });
    admin = await s.login();
  });
  afterEach(async () => {
    await release?.();
    release = undefined;
  });
  afterAll(() => s?.close());

  it('answers UNAVAILABLE (503, retryable) when the request is still waiting at its deadline', async () => {
    const stuck = holdSlot(s);
    expect(await stuck.response).toBe(503);
    stuck.release();
    // The same answer over fetch, to read the body.
    const req = http.request(`${s.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'content-length': '1000' },
    });
    req.write('{');
    const body = await new Promise<string>((resolve) =>
      req.on('response', (res) => {
        let text = '';
        res.on('data', (d) => (text += d));
        res.on('end', () => resolve(text));
      }),
    );
    req.destroy();
    expect(JSON.parse(body).errors[0].extensions).toMatchObject({
      code: 'UNAVAILABLE',
      retryable: true,
    });
  });

  it('abandons a write blocked by a lock: UNAVAILABLE and nothing written', async () => {
    const created = await s.gql(
      CREATE,
      { c: { kind: 'ENTERPRISE', name: '锁等待客户' } },
      { token: admin },
    );
    const id = Number(created.data.createOneCustomer.id);
    release = await lockCustomer(s, id);
    const res = await s.gql(
      UPDATE,
      { i: { id: String(id), version: 1, update: { remarks: 'late' } } },
      { token: admin },
    );
    expect(errorCode(res)).toBe('UNAVAILABLE');
    expect(res.errors?.[0].extensions.retryable).toBe(true);
    await release();
    release = undefined;
    const [row] = await s.sql(`SELECT version, remarks FROM customer WHERE id = ?`, [id]);
    expect(Number(row.version)).toBe(1);
    expect(row.remarks ?? null).toBeNull();
    // The server carries on normally.
    const again = await s.gql(
      UPDATE,
      { i: { id: String(id), version: 1, update: { remarks: 'now' } } },
      { token: admin },
    );
    expect(again.data.updateOneCustomer.version).toBe(2);
  });

  it.runIf(TEST_DIALECT === 'mysql')('caps statements on the database side', async () => {
    const [vars] = await s.sql(`SELECT VERSION() AS version`);
    const mariadb = /mariadb/i.test(vars.version);
    const [limit] = await s.sql(
      mariadb
        ? `SELECT @@SESSION.max_statement_time AS value`
        : `SELECT @@SESSION.MAX_EXECUTION_TIME AS value`,
    );
    expect(Number(limit.value)).toBe(mariadb ? 1 : 1000);
    await expect(s.sql(`SELECT SLEEP(3) AS slept FROM (SELECT 1) AS one`)).rejects.toThrow(
      /max_statement_time|maximum statement execution time/i,
    );
  });
});

/** Holds a write lock that blocks an update of the customer until the returned function runs. */
async function lockCustomer(s: TestServer, id: number): Promise<() => Promise<void>> {
  if (TEST_DIALECT === 'mysql') {
    const { url } = s.app.dataSource.options as { url: string };
    const conn = await createConnection({ uri: url });
    await conn.query('BEGIN');
    await conn.query('SELECT id FROM customer WHERE id = ? FOR UPDATE', [id]);
    return async () => {
      await conn.query('ROLLBACK');
      await conn.end();
    };
  }
  const db = new SqliteDatabase(path.join(s.dataDir, 'test.sqlite'));
  db.exec('BEGIN IMMEDIATE');
  return async () => {
    db.exec('ROLLBACK');
    db.close();
  };
}

describe('database outage while serving', () => {
  it('answers UNAVAILABLE (context: HTTP 503, resolvers: the error code) when the database is gone', async () => {
    const s = await startTestServer();
    const admin = await s.login();
    const list = `{ customers(paging: { limit: 5 }) { nodes { id } } }`;
    expect((await s.gql(list, {}, { token: admin })).status).toBe(200);
    await s.app.dataSource.destroy();
    const res = await s.gql(list, {}, { token: admin });
    expect(res.status).toBe(503);
    expect(res.headers.get('retry-after')).toBe('1');
    expect(errorCode(res)).toBe('UNAVAILABLE');
    expect(res.errors?.[0].extensions.retryable).toBe(true);
    expect(res.errors?.[0].message).not.toMatch(/pool|sqlite|connection/i);
    // A fresh token is checked against the database while the context is created.
    const login = await s.gql(
      `mutation { login(username: "admin", password: "x") { token } }`,
      {},
      {},
    );
    expect(errorCode(login)).toBe('UNAVAILABLE');
    expect((await fetch(`${s.url}/healthz`)).status).toBe(503);
    await s.close();
  });
});

describe('idempotency keys on creates', () => {
  let s: TestServer;
  let admin: string;
  beforeAll(async () => {
    s = await startTestServer();
    admin = await s.login();
  });
  afterAll(() => s?.close());

  const countNamed = async (name: string) =>
    Number((await s.sql(`SELECT COUNT(*) AS n FROM customer WHERE name = ?`, [name]))[0].n);

  it('answers a retry with the same key with the first result and creates one customer', async () => {
    const headers = { 'idempotency-key': 'retry-1' };
    const c = { kind: 'ENTERPRISE', name: '幂等客户' };
    const first = await s.gql(CREATE, { c }, { token: admin, headers });
    const second = await s.gql(CREATE, { c }, { token: admin, headers });
    expect(first.data.createOneCustomer.id).toBeDefined();
    expect(second.data.createOneCustomer).toEqual(first.data.createOneCustomer);
    expect(await countNamed('幂等客户')).toBe(1);
    expect(Number((await s.sql(`SELECT COUNT(*) AS n FROM idempotency_key`))[0].n)).toBe(1);
  });

  it('creates once when retries with one key race each other', async () => {
    const headers = { 'idempotency-key': 'race-1' };
    const c = { kind: 'INDIVIDUAL', name: '并发幂等' };
    const results = await Promise.all(
      Array.from({ length: 5 }, () => s.gql(CREATE, { c }, { token: admin, headers })),
    );
    expect(results.map((r) => r.errors)).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
    expect(new Set(results.map((r) => r.data.createOneCustomer.id)).size).toBe(1);
    expect(await countNamed('并发幂等')).toBe(1);
  });

  it('refuses the same key with a different request as CONFLICT, and keys are per caller', async () => {
    const headers = { 'idempotency-key': 'retry-2' };
    await s.gql(CREATE, { c: { kind: 'ENTERPRISE', name: '甲公司' } }, { token: admin, headers });
    const other = await s.gql(
      CREATE,
      { c: { kind: 'ENTERPRISE', name: '乙公司' } },
      { token: admin, headers },
    );
    expect(errorCode(other)).toBe('CONFLICT');
    expect(await countNamed('乙公司')).toBe(0);
    const otherOperation = await s.gql(
      CREATE_DEPARTMENT,
      { d: { name: '幂等部门' } },
      { token: admin, headers },
    );
    expect(errorCode(otherOperation)).toBe('CONFLICT');
  });

  it('works for other creates, and creates again without a key', async () => {
    const headers = { 'idempotency-key': 'department-1' };
    const d = { name: '重试部门' };
    const first = await s.gql(CREATE_DEPARTMENT, { d }, { token: admin, headers });
    const second = await s.gql(CREATE_DEPARTMENT, { d }, { token: admin, headers });
    expect(second.data.createOneDepartment.id).toBe(first.data.createOneDepartment.id);
    expect(
      Number(
        (
          await s.sql(`SELECT COUNT(*) AS n FROM ${table('department')} WHERE name = ?`, [
            '重试部门',
          ])
        )[0].n,
      ),
    ).toBe(1);
    const c = { kind: 'ENTERPRISE', name: '无键客户' };
    await s.gql(CREATE, { c }, { token: admin });
    await s.gql(CREATE, { c }, { token: admin });
    expect(await countNamed('无键客户')).toBe(2);
  });

  it('checks permissions before answering a retry', async () => {
    const role = await createRole(s, admin, 'creator-idem', ['customer.create'], 'ALL');
    await createUser(s, admin, 'idem.creator', [role]);
    const creator = await s.login('idem.creator', 'Passw0rd!');
    const headers = { 'idempotency-key': 'creator-1' };
    const c = { kind: 'ENTERPRISE', name: '权限幂等' };
    expect((await s.gql(CREATE, { c }, { token: creator, headers })).errors).toBeUndefined();
    const revoked = await s.gql(
      `mutation($i: UpdateOneRoleInput!) { updateOneRole(input: $i) { id } }`,
      { i: { id: role, version: 1, update: { permissions: ['customer.update'] } } },
      { token: admin },
    );
    expect(revoked.errors).toBeUndefined();
    const retry = await s.gql(CREATE, { c }, { token: creator, headers });
    expect(errorCode(retry)).toBe('FORBIDDEN');
    expect(await countNamed('权限幂等')).toBe(1);
  });

  it('answers a retry through the access policy: a customer transferred away since looks missing', async () => {
    const role = await createRole(
      s,
      admin,
      'staff-idem',
      ['customer.read', 'customer.create', 'customer.update'],
      'SELF',
    );
    await createUser(s, admin, 'idem.staff', [role]);
    await createUser(s, admin, 'idem.other', [role]);
    const staff = await s.login('idem.staff', 'Passw0rd!');
    const headers = { 'idempotency-key': 'policy-1' };
    const c = { kind: 'ENTERPRISE', name: '转走的客户' };
    const first = await s.gql(CREATE, { c }, { token: staff, headers });
    const id = first.data.createOneCustomer.id;
    const [other] = await s.sql(`SELECT id FROM ${table('user')} WHERE username = ?`, [
      'idem.other',
    ]);
    const moved = await s.gql(
      `mutation($c: ID!, $o: ID!) { transferCustomerOwner(customerId: $c, ownerId: $o) { id } }`,
      { c: id, o: String(other.id) },
      { token: admin },
    );
    expect(moved.errors).toBeUndefined();
    const retry = await s.gql(CREATE, { c }, { token: staff, headers });
    expect(errorCode(retry)).toBe('NOT_FOUND');
    expect(JSON.stringify(retry.errors)).not.toContain('转走的客户');
    expect(await countNamed('转走的客户')).toBe(1);
  });

  it('refuses a malformed key', async () => {
    const res = await s.gql(
      CREATE,
      { c: { kind: 'ENTERPRISE', name: '坏键' } },
      { token: admin, headers: { 'idempotency-key': 'x'.repeat(201) } },
    );
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0].extensions.field).toBe('Idempotency-Key');
  });
});
