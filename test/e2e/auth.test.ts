import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRole, createUser } from '../helpers/fixtures';
import {
  ADMIN_PASSWORD,
  errorCode,
  startTestServer,
  table,
  type TestServer,
} from '../helpers/test-server';

let s: TestServer;
let admin: string;
beforeAll(async () => {
  s = await startTestServer();
  admin = await s.login();
});
afterAll(() => s?.close());

const LOGIN = `mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token expiresAt user { username permissions } } }`;
const ME = `{ me { id username } }`;

describe('login', () => {
  it('returns a token and the user on the right password, and audits it', async () => {
    const res = await s.gql(LOGIN, { u: 'admin', p: ADMIN_PASSWORD });
    expect(res.errors).toBeUndefined();
    expect(res.data.login.token).toMatch(/^ey/);
    expect(res.data.login.user.username).toBe('admin');
    expect(res.data.login.user.permissions).toContain('user.manage');
    expect(new Date(res.data.login.expiresAt).getTime()).toBeGreaterThan(Date.now());
    const me = await s.gql(ME, {}, { token: res.data.login.token });
    expect(me.data.me.username).toBe('admin');
    const rows = await s.sql(
      `SELECT action FROM ${table('audit_log')} WHERE action = 'auth.login'`,
    );
    expect(rows.length).toBeGreaterThanOrEqual(1);
  });

  it('refuses a wrong password with UNAUTHENTICATED in the caller’s language and audits the failure', async () => {
    const en = await s.gql(LOGIN, { u: 'admin', p: 'wrong-password' }, { lang: 'en' });
    expect(errorCode(en)).toBe('UNAUTHENTICATED');
    expect(en.errors![0].message).toBe('Wrong username or password');
    expect(en.data).toBeNull();
    const zh = await s.gql(LOGIN, { u: 'nobody', p: 'wrong-password' }, { lang: 'zh-CN,zh;q=0.9' });
    expect(zh.errors![0].message).toBe('用户名或密码错误');
    const rows = await s.sql(
      `SELECT diff FROM ${table('audit_log')} WHERE action = 'auth.loginFailed'`,
    );
    expect(rows.length).toBe(2);
    expect(rows.map((r) => JSON.parse(r.diff).reason).sort()).toEqual([
      'unknownUser',
      'wrongPassword',
    ]);
  });

  it('rate-limits a username after 5 failures a minute, even with the right password', async () => {
    const roleId = await createRole(s, admin, 'limited-role', []);
    await createUser(s, admin, 'victim', [roleId]);
    for (let i = 0; i < 5; i++)
      expect(errorCode(await s.gql(LOGIN, { u: 'victim', p: 'bad' }))).toBe('UNAUTHENTICATED');
    const blocked = await s.gql(LOGIN, { u: 'victim', p: 'Passw0rd!' });
    expect(errorCode(blocked)).toBe('RATE_LIMITED');
    expect(blocked.errors![0].message).toMatch(/Too many attempts/);
    expect(blocked.errors![0].extensions.retryAfterSeconds).toBeGreaterThan(0);
    // Other users are not affected.
    expect((await s.gql(LOGIN, { u: 'admin', p: ADMIN_PASSWORD })).errors).toBeUndefined();
  });
});

describe('tokens', () => {
  it('stops accepting a deactivated user’s token at once', async () => {
    const roleId = await createRole(s, admin, 'plain', []);
    const id = await createUser(s, admin, 'leaver', [roleId]);
    const token = await s.login('leaver', 'Passw0rd!');
    expect((await s.gql(ME, {}, { token })).data.me.username).toBe('leaver');
    const off = await s.gql(
      `mutation($i: UpdateOneUserInput!) { updateOneUser(input: $i) { active } }`,
      { i: { id, update: { active: false } } },
      { token: admin },
    );
    expect(off.data.updateOneUser.active).toBe(false);
    const after = await s.gql(ME, {}, { token });
    expect(errorCode(after)).toBe('UNAUTHENTICATED');
    expect(errorCode(await s.gql(LOGIN, { u: 'leaver', p: 'Passw0rd!' }))).toBe('UNAUTHENTICATED');
  });

  it('rate-limits wrong current passwords per user in changePassword, even the right one after 5', async () => {
    const roleId = await createRole(s, admin, 'pw-limit', []);
    await createUser(s, admin, 'guesser', [roleId]);
    await createUser(s, admin, 'bystander', [roleId]);
    const token = await s.login('guesser', 'Passw0rd!');
    const CHANGE = `mutation($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) }`;
    for (let i = 0; i < 5; i++) {
      const wrong = await s.gql(CHANGE, { c: `guess-${i}`, n: 'NewPassw0rd' }, { token });
      expect(wrong.errors![0].extensions.field).toBe('currentPassword');
    }
    const blocked = await s.gql(CHANGE, { c: 'Passw0rd!', n: 'NewPassw0rd' }, { token });
    expect(errorCode(blocked)).toBe('RATE_LIMITED');
    expect(blocked.errors![0].extensions.retryAfterSeconds).toBeGreaterThan(0);
    expect(blocked.data).toBeNull();
    expect(await s.login('guesser', 'Passw0rd!')).toMatch(/^ey/); // nothing was changed
    const other = await s.login('bystander', 'Passw0rd!');
    expect(
      (await s.gql(CHANGE, { c: 'Passw0rd!', n: 'NewPassw0rd' }, { token: other })).data
        .changePassword,
    ).toBe(true);
  });

  it('refuses a forged or garbage token', async () => {
    expect(errorCode(await s.gql(ME, {}, { token: 'not-a-jwt' }))).toBe('UNAUTHENTICATED');
    const [h, p] = admin.split('.');
    expect(errorCode(await s.gql(ME, {}, { token: `${h}.${p}.forgedsignature` }))).toBe(
      'UNAUTHENTICATED',
    );
    expect(errorCode(await s.gql(ME))).toBe('UNAUTHENTICATED');
  });

  it('changes a password only with the current one', async () => {
    const roleId = await createRole(s, admin, 'pw', []);
    await createUser(s, admin, 'changer', [roleId]);
    const token = await s.login('changer', 'Passw0rd!');
    const CHANGE = `mutation($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) }`;
    const wrong = await s.gql(CHANGE, { c: 'nope', n: 'NewPassw0rd' }, { token });
    expect(errorCode(wrong)).toBe('BAD_USER_INPUT');
    expect(wrong.errors![0].extensions.field).toBe('currentPassword');
    const weak = await s.gql(CHANGE, { c: 'Passw0rd!', n: 'short' }, { token });
    expect(weak.errors![0].extensions.field).toBe('newPassword');
    expect(
      (await s.gql(CHANGE, { c: 'Passw0rd!', n: 'NewPassw0rd' }, { token })).data.changePassword,
    ).toBe(true);
    await expect(s.login('changer', 'Passw0rd!')).rejects.toThrow();
    expect(await s.login('changer', 'NewPassw0rd')).toMatch(/^ey/);
  });
});

describe('API keys', () => {
  const CREATE = `mutation($i: CreateOneApiKeyInput!) { createOneApiKey(input: $i) { secret apiKey { id name prefix role { name } lastUsedAt } } }`;

  it('acts with its role, is shown once, stored hashed, records use, and can be revoked', async () => {
    const managerRole = await createRole(s, admin, 'integration-admin', ['user.manage'], 'ALL');
    const created = await s.gql(
      CREATE,
      { i: { apiKey: { name: 'CRM sync', roleId: managerRole } } },
      { token: admin },
    );
    expect(created.errors).toBeUndefined();
    const { secret, apiKey } = created.data.createOneApiKey;
    expect(secret).toMatch(/^dsk_[0-9a-f]{12}_/);
    expect(apiKey.role.name).toBe('integration-admin');
    const stored = await s.sql(`SELECT secret_hash FROM ${table('api_key')} WHERE id = ?`, [
      Number(apiKey.id),
    ]);
    expect(stored[0].secret_hash).toHaveLength(64);
    expect(secret).not.toContain(stored[0].secret_hash);

    const listed = await s.gql(`{ users { totalCount } }`, {}, { token: secret });
    expect(listed.errors).toBeUndefined();
    expect(listed.data.users.totalCount).toBeGreaterThan(0);
    const keys = await s.gql(`{ apiKeys { nodes { id lastUsedAt } } }`, {}, { token: admin });
    expect(keys.data.apiKeys.nodes.find((k: any) => k.id === apiKey.id).lastUsedAt).not.toBeNull();

    const revoked = await s.gql(
      `mutation($id: ID!) { revokeApiKey(id: $id) { revokedAt } }`,
      { id: apiKey.id },
      { token: admin },
    );
    expect(revoked.data.revokeApiKey.revokedAt).not.toBeNull();
    expect(errorCode(await s.gql(`{ users { totalCount } }`, {}, { token: secret }))).toBe(
      'UNAUTHENTICATED',
    );
  });

  it('is limited to its role’s permissions', async () => {
    const narrow = await createRole(s, admin, 'read-nothing', ['customer.create']);
    const { data } = await s.gql(
      CREATE,
      { i: { apiKey: { name: 'narrow', roleId: narrow } } },
      { token: admin },
    );
    const res = await s.gql(`{ users { totalCount } }`, {}, { token: data.createOneApiKey.secret });
    expect(errorCode(res)).toBe('FORBIDDEN');
    expect(res.errors![0].extensions.permission).toBe('user.manage');
  });

  it('refuses a key with a wrong secret', async () => {
    const role = await createRole(s, admin, 'k3', ['user.manage']);
    const { data } = await s.gql(
      CREATE,
      { i: { apiKey: { name: 'k3', roleId: role } } },
      { token: admin },
    );
    const secret: string = data.createOneApiKey.secret;
    const tampered = secret.slice(0, -4) + (secret.endsWith('AAAA') ? 'BBBB' : 'AAAA');
    expect(errorCode(await s.gql(`{ users { totalCount } }`, {}, { token: tampered }))).toBe(
      'UNAUTHENTICATED',
    );
  });
});
