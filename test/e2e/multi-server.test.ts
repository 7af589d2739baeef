import { randomBytes } from 'node:crypto';
import Redis from 'ioredis';
import { createConnection } from 'mysql2/promise';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRole, createUser } from '../helpers/fixtures';
import { eventually, startServerProcess, type ServerProcess } from '../helpers/server-process';
import { createMysqlDatabase, errorCode, TEST_DIALECT } from '../helpers/test-server';

// Two real server processes (`node server/dist/main.js`) on one database, as a deployment behind
// a load balancer runs them. Changes made on one must be served by the other within the cache
// poll bound (5 s, docs/deployment.md); waits below are generous for a loaded machine and never
// assert time, only that the new value is served at all.
const REASON = 'MySQL/MariaDB only: two processes on one SQLite file is not a supported deployment';
const SLOW = 180_000;

const LOGIN = `mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }`;
const CHANGE_PASSWORD = `mutation($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) }`;
const OPTIONS = `query($t: String!) { dictionaryOptions(type: $t, includeDisabled: true) { id code label } }`;
const UPDATE_ITEM = `mutation($i: UpdateOneDictionaryItemInput!) { updateOneDictionaryItem(input: $i) { label } }`;
const CREATE_ITEM = `mutation($i: CreateDictionaryItemInput!) { createOneDictionaryItem(input: { dictionaryItem: $i }) { id } }`;
const CREATE_DEPARTMENT = `mutation($d: CreateDepartmentInput!) { createOneDepartment(input: { department: $d }) { id } }`;
const CREATE_CUSTOMER = `mutation($c: CreateCustomerInput!) { createOneCustomer(input: { customer: $c }) { id number } }`;
const CUSTOMER_IDS = `{ customers(paging: { limit: 200 }) { nodes { id } } }`;
const ME = `{ me { username } }`;

const secret = () => randomBytes(36).toString('base64url');

/** Starts several server processes at once; if one fails, stops the others. */
async function startTogether(
  names: string[],
  env: Parameters<typeof startServerProcess>[1],
): Promise<ServerProcess[]> {
  const started = await Promise.allSettled(names.map((name) => startServerProcess(name, env)));
  const failed = started.find((r) => r.status === 'rejected');
  if (failed) {
    await Promise.all(started.map((r) => (r.status === 'fulfilled' ? r.value.stop() : null)));
    throw failed.reason;
  }
  return started.map((r) => (r as PromiseFulfilledResult<ServerProcess>).value);
}

async function labelOf(server: ServerProcess, token: string, type: string, code: string) {
  const res = await server.gql(OPTIONS, { t: type }, { token });
  if (!res.data) throw new Error(JSON.stringify(res.errors));
  return (res.data.dictionaryOptions as { id: string; code: string; label: string }[]).find(
    (i) => i.code === code,
  )!;
}

async function customerIds(server: ServerProcess, token: string): Promise<string[]> {
  const res = await server.gql(CUSTOMER_IDS, {}, { token });
  if (!res.data) throw new Error(JSON.stringify(res.errors));
  return res.data.customers.nodes.map((n: { id: string }) => n.id);
}

describe.skipIf(TEST_DIALECT !== 'mysql')(
  `two server processes on one database (${REASON})`,
  () => {
    let db: { url: string; drop(): Promise<void> };
    let jwtSecret: string;
    let a: ServerProcess;
    let b: ServerProcess;
    let adminA: string;
    let adminB: string;

    beforeAll(async () => {
      db = await createMysqlDatabase();
      jwtSecret = secret();
      // Started together on a fresh database: they migrate and seed one after the other.
      [a, b] = await startTogether(['A', 'B'], { DATABASE_URL: db.url, JWT_SECRET: jwtSecret });
      adminA = await a.login();
      adminB = await b.login();
    }, 300_000);

    afterAll(async () => {
      await Promise.all([a?.stop(), b?.stop()]);
      await db?.drop();
    }, 60_000);

    it('accepts a token signed by one server on the other (one JWT secret)', async () => {
      expect((await b.gql(ME, {}, { token: adminA })).data.me.username).toBe('admin');
      expect((await a.gql(ME, {}, { token: adminB })).data.me.username).toBe('admin');
    });

    it(
      'serves a dictionary change made on A from B within the poll bound',
      async () => {
        const before = await labelOf(b, adminB, 'customer_source', 'exhibition'); // B caches the dictionaries
        const changed = await a.gql(
          UPDATE_ITEM,
          { i: { id: before.id, update: { labelEn: 'Trade fair (changed on A)' } } },
          { token: adminA },
        );
        expect(changed.data.updateOneDictionaryItem.label).toBe('Trade fair (changed on A)');
        const served = await eventually(
          () => labelOf(b, adminB, 'customer_source', 'exhibition'),
          (item) => item.label !== before.label,
        );
        expect(served.label).toBe('Trade fair (changed on A)');
      },
      SLOW,
    );

    it(
      'serves a department move made on A from B (the department tree behind data scopes)',
      async () => {
        const parent = (
          await a.gql(CREATE_DEPARTMENT, { d: { name: '多机-总部' } }, { token: adminA })
        ).data.createOneDepartment.id;
        const branch = (
          await a.gql(CREATE_DEPARTMENT, { d: { name: '多机-分部' } }, { token: adminA })
        ).data.createOneDepartment.id;
        const managerRole = await createRole(
          a,
          adminA,
          '多机-经理',
          ['customer.read'],
          'DEPT_AND_BELOW',
        );
        const staffRole = await createRole(a, adminA, '多机-员工', ['customer.create'], 'SELF');
        await createUser(a, adminA, 'ms.manager', [managerRole], { departmentId: parent });
        await createUser(a, adminA, 'ms.staff', [staffRole], { departmentId: branch });
        const staff = await a.login('ms.staff', 'Passw0rd!');
        const manager = await b.login('ms.manager', 'Passw0rd!');
        const created = await a.gql(
          CREATE_CUSTOMER,
          { c: { kind: 'INDIVIDUAL', name: '分部客户' } },
          { token: staff },
        );
        const customerId = created.data.createOneCustomer.id;
        expect(await customerIds(b, manager)).not.toContain(customerId); // B caches the tree

        const moved = await a.gql(
          `mutation($i: UpdateOneDepartmentInput!) { updateOneDepartment(input: $i) { parentId } }`,
          { i: { id: branch, update: { parentId: parent } } },
          { token: adminA },
        );
        expect(moved.errors).toBeUndefined();
        const seen = await eventually(
          () => customerIds(b, manager),
          (ids) => ids.includes(customerId),
        );
        expect(seen).toContain(customerId);
      },
      SLOW,
    );

    it(
      'serves a role change made on A from B',
      async () => {
        // Scope reaches only as far as the role's own permissions: this role reads customers.
        const role = await createRole(a, adminA, '多机-查看', ['customer.read'], 'SELF');
        await createUser(a, adminA, 'ms.viewer', [role]);
        const viewer = await b.login('ms.viewer', 'Passw0rd!');
        const created = await a.gql(
          CREATE_CUSTOMER,
          { c: { kind: 'INDIVIDUAL', name: '角色客户' } },
          { token: adminA },
        );
        const customerId = created.data.createOneCustomer.id;
        expect(await customerIds(b, viewer)).not.toContain(customerId);
        const widened = await a.gql(
          `mutation($i: UpdateOneRoleInput!) { updateOneRole(input: $i) { dataScope } }`,
          { i: { id: role, update: { dataScope: 'ALL' } } },
          { token: adminA },
        );
        expect(widened.data.updateOneRole.dataScope).toBe('ALL');
        const seen = await eventually(
          () => customerIds(b, viewer),
          (ids) => ids.includes(customerId),
        );
        expect(seen).toContain(customerId);
      },
      SLOW,
    );

    it(
      'serves a territory rule created on A from B',
      async () => {
        const item = await a.gql(
          CREATE_ITEM,
          { i: { typeCode: 'territory', code: 'MS-B9', labelZh: '9 号楼', labelEn: 'Building 9' } },
          { token: adminA },
        );
        expect(item.errors).toBeUndefined();
        const dept = (
          await a.gql(CREATE_DEPARTMENT, { d: { name: '多机-物业' } }, { token: adminA })
        ).data.createOneDepartment.id;
        const role = await createRole(a, adminA, '多机-收费员', [], 'SELF');
        await createUser(a, adminA, 'ms.collector', [role], { departmentId: dept });
        const collector = await b.login('ms.collector', 'Passw0rd!');
        const created = await a.gql(
          CREATE_CUSTOMER,
          { c: { kind: 'INDIVIDUAL', name: '9 号楼住户', territory: 'MS-B9' } },
          { token: adminA },
        );
        expect(created.errors).toBeUndefined();
        const customerId = created.data.createOneCustomer.id;
        expect(await customerIds(b, collector)).not.toContain(customerId); // B caches the rules

        const rule = await a.gql(
          `mutation($r: CreateAccessRuleInput!) { createOneAccessRule(input: { accessRule: $r }) { id } }`,
          {
            r: {
              subjectType: 'DEPARTMENT',
              subjectId: dept,
              field: 'territory',
              itemCodes: ['MS-B9'],
              level: 'READ',
            },
          },
          { token: adminA },
        );
        expect(rule.errors).toBeUndefined();
        const seen = await eventually(
          () => customerIds(b, collector),
          (ids) => ids.includes(customerId),
        );
        expect(seen).toContain(customerId);
      },
      SLOW,
    );

    it('refuses a deactivated user’s token on both servers at once', async () => {
      const role = await createRole(a, adminA, '多机-离职', [], 'SELF');
      const id = await createUser(a, adminA, 'ms.leaver', [role]);
      const token = await b.login('ms.leaver', 'Passw0rd!');
      for (const server of [a, b])
        expect((await server.gql(ME, {}, { token })).data.me.username).toBe('ms.leaver');
      const off = await a.gql(
        `mutation($i: UpdateOneUserInput!) { updateOneUser(input: $i) { active } }`,
        { i: { id, update: { active: false } } },
        { token: adminA },
      );
      expect(off.data.updateOneUser.active).toBe(false);
      for (const server of [a, b])
        expect(errorCode(await server.gql(ME, {}, { token })), server.name).toBe('UNAUTHENTICATED');
    });

    it('refuses a revoked API key on both servers at once', async () => {
      const role = await createRole(a, adminA, '多机-集成', ['user.manage'], 'ALL');
      const created = await a.gql(
        `mutation($i: CreateOneApiKeyInput!) { createOneApiKey(input: $i) { secret apiKey { id } } }`,
        { i: { apiKey: { name: 'multi-server sync', roleId: role } } },
        { token: adminA },
      );
      const { secret: key, apiKey } = created.data.createOneApiKey;
      const USERS = `{ users { totalCount } }`;
      for (const server of [a, b])
        expect((await server.gql(USERS, {}, { token: key })).data.users.totalCount).toBeGreaterThan(
          0,
        );
      const revoked = await b.gql(
        `mutation($id: ID!) { revokeApiKey(id: $id) { revokedAt } }`,
        { id: apiKey.id },
        { token: adminB },
      );
      expect(revoked.data.revokeApiKey.revokedAt).not.toBeNull();
      for (const server of [a, b]) {
        const res = await server.gql(USERS, {}, { token: key });
        expect(errorCode(res), server.name).toBe('UNAUTHENTICATED');
        expect(res.data).toBeNull();
      }
    });

    it(
      'numbers 20 customers created in parallel over both servers uniquely',
      async () => {
        const results = await Promise.all(
          Array.from({ length: 20 }, (_, i) =>
            (i % 2 ? b : a).gql(
              CREATE_CUSTOMER,
              { c: { kind: 'ENTERPRISE', name: `并发客户 ${i}` } },
              { token: i % 2 ? adminB : adminA },
            ),
          ),
        );
        for (const res of results) expect(res.errors).toBeUndefined();
        const numbers = results.map((r) => r.data.createOneCustomer.number as string);
        expect(new Set(numbers).size).toBe(20);
      },
      SLOW,
    );

    it('counts failed logins for one username across both servers (limit 5)', async () => {
      const role = await createRole(a, adminA, '多机-登录', [], 'SELF');
      await createUser(a, adminA, 'ms.target', [role]);
      const attempt = (server: ServerProcess, p: string) =>
        server.gql(LOGIN, { u: 'ms.target', p });
      for (let i = 0; i < 3; i++)
        expect(errorCode(await attempt(a, `wrong-a-${i}`))).toBe('UNAUTHENTICATED');
      for (let i = 0; i < 2; i++)
        expect(errorCode(await attempt(b, `wrong-b-${i}`))).toBe('UNAUTHENTICATED');
      const sixth = await attempt(b, 'wrong-b-2');
      expect(errorCode(sixth)).toBe('RATE_LIMITED');
      expect(sixth.errors![0].extensions.retryAfterSeconds).toBeGreaterThan(0);
      // Even the right password is refused now, on either server.
      expect(errorCode(await attempt(a, 'Passw0rd!'))).toBe('RATE_LIMITED');
      expect(errorCode(await attempt(b, 'Passw0rd!'))).toBe('RATE_LIMITED');
    });

    it('counts wrong current passwords in changePassword across both servers', async () => {
      const role = await createRole(a, adminA, '多机-改密', [], 'SELF');
      await createUser(a, adminA, 'ms.changer', [role]);
      const token = await a.login('ms.changer', 'Passw0rd!');
      for (let i = 0; i < 5; i++) {
        const wrong = await (i < 3 ? a : b).gql(
          CHANGE_PASSWORD,
          { c: `guess-${i}`, n: 'NewPassw0rd' },
          { token },
        );
        expect(errorCode(wrong)).toBe('BAD_USER_INPUT');
      }
      for (const server of [a, b]) {
        const res = await server.gql(
          CHANGE_PASSWORD,
          { c: 'Passw0rd!', n: 'NewPassw0rd' },
          { token },
        );
        expect(errorCode(res), server.name).toBe('RATE_LIMITED');
      }
    });

    it(
      'serves a change made on A right after B starts (the start-up race)',
      async () => {
        await b.stop();
        b = await startServerProcess('B2', { DATABASE_URL: db.url, JWT_SECRET: jwtSecret });
        // B loads its dictionary snapshot at once, then A changes the dictionary, all inside
        // B's first poll interval.
        const before = await labelOf(b, adminA, 'customer_source', 'customer_referral');
        const changed = await a.gql(
          UPDATE_ITEM,
          { i: { id: before.id, update: { labelEn: 'Referral (changed at B start)' } } },
          { token: adminA },
        );
        expect(changed.errors).toBeUndefined();
        const served = await eventually(
          () => labelOf(b, adminA, 'customer_source', 'customer_referral'),
          (item) => item.label !== before.label,
        );
        expect(served.label).toBe('Referral (changed at B start)');
      },
      SLOW,
    );
  },
);

const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

describe.skipIf(TEST_DIALECT !== 'mysql')(`two server processes with REDIS_URL (${REASON})`, () => {
  let db: { url: string; drop(): Promise<void> };
  let a: ServerProcess;
  let b: ServerProcess;
  let unavailable: string | undefined;
  const prefix = `dossier-e2e:${process.pid}:${Date.now().toString(36)}:`;

  beforeAll(async () => {
    const probe = new Redis(REDIS_URL, { lazyConnect: true, maxRetriesPerRequest: 0 });
    probe.on('error', () => {});
    try {
      await probe.connect();
      await probe.quit();
    } catch {
      probe.disconnect();
      unavailable = `no Redis at ${REDIS_URL} (set TEST_REDIS_URL)`;
      return;
    }
    db = await createMysqlDatabase();
    const env = {
      DATABASE_URL: db.url,
      JWT_SECRET: secret(),
      REDIS_URL,
      REDIS_KEY_PREFIX: prefix,
    };
    [a, b] = await startTogether(['A-redis', 'B-redis'], env);
  }, 300_000);

  afterAll(async () => {
    await Promise.all([a?.stop(), b?.stop()]);
    await db?.drop();
    if (unavailable) return;
    const cleaner = new Redis(REDIS_URL);
    const keys = await cleaner.keys(`${prefix}*`);
    if (keys.length) await cleaner.del(...keys);
    await cleaner.quit();
  }, 60_000);

  it('counts failed logins across both servers in Redis, not in the database', async (ctx) => {
    ctx.skip(Boolean(unavailable), unavailable);
    const admin = await a.login();
    const role = await createRole(a, admin, 'redis-login', [], 'SELF');
    await createUser(a, admin, 'redis.target', [role]);
    const attempt = (server: ServerProcess, p: string) =>
      server.gql(LOGIN, { u: 'redis.target', p });
    for (let i = 0; i < 5; i++)
      expect(errorCode(await attempt(i < 3 ? a : b, `wrong-${i}`))).toBe('UNAUTHENTICATED');
    expect(errorCode(await attempt(a, 'Passw0rd!'))).toBe('RATE_LIMITED');
    expect(errorCode(await attempt(b, 'Passw0rd!'))).toBe('RATE_LIMITED');

    const redis = new Redis(REDIS_URL);
    const keys = await redis.keys(`${prefix}*`);
    await redis.quit();
    expect(keys).toContain(`${prefix}login-user:redis.target`);
    const sql = await createConnection(db.url);
    const [rows] = await sql.query('SELECT COUNT(*) AS n FROM login_limit');
    await sql.end();
    expect(Number((rows as { n: number }[])[0].n)).toBe(0);
  });
});
