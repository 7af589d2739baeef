import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCode, startTestServer, type TestServer } from '../helpers/test-server';

let s: TestServer;
let admin: string;
beforeAll(async () => {
  s = await startTestServer({
    NODE_ENV: 'production',
    JWT_SECRET: 'a-production-secret-that-is-long-enough-1234',
  });
  admin = await s.login();
});
afterAll(() => s?.close());

const USER_FIELDS =
  'id username displayName email mobile active departmentId createdAt updatedAt version lastLoginAt permissions';
const ROLE_FIELDS = 'id name description permissions dataScope createdAt updatedAt version';
const heavy = (limit: number) =>
  `{ users(paging: { limit: ${limit} }) { nodes { ${USER_FIELDS} roles { ${ROLE_FIELDS} } department { id name parentId managerId createdAt updatedAt version manager { ${USER_FIELDS} roles { ${ROLE_FIELDS} } } } } } }`;

describe('production hardening', () => {
  it('refuses introspection', async () => {
    const res = await s.gql(`{ __schema { types { name } } }`, {}, { token: admin });
    expect(errorCode(res)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(res.errors![0].extensions.detail).toMatch(/introspection/i);
  });

  it('refuses over-deep queries', async () => {
    let nested = 'name';
    for (let i = 0; i < 10; i++) nested = `parent { ${nested} }`;
    const res = await s.gql(`{ departments { nodes { ${nested} } } }`, {}, { token: admin });
    expect(res.errors![0].message).toBe('The query is nested too deeply (at most 10 levels)');
    expect(res.data).toBeUndefined();
    const ok = await s.gql(
      `{ departments { nodes { parent { parent { name } } } } }`,
      {},
      { token: admin },
    );
    expect(ok.errors).toBeUndefined();
  });

  it('refuses too many aliases', async () => {
    const aliases = Array.from({ length: 16 }, (_, i) => `a${i}: me { id }`).join(' ');
    const res = await s.gql(`{ ${aliases} }`, {}, { token: admin });
    expect(res.errors![0].message).toMatch(/too many aliases/);
  });

  it('refuses queries that cost too much, counting page sizes', async () => {
    const costly = await s.gql(heavy(200), {}, { token: admin });
    expect(costly.errors![0].message).toMatch(/too costly/);
    const fine = await s.gql(heavy(20), {}, { token: admin });
    expect(fine.errors).toBeUndefined();
    expect(fine.data.users.nodes[0].username).toBe('admin');
  });

  it('costs the same document by its paging variables each time (the cost is remembered per document and paging)', async () => {
    const byLimit = heavy(0).replace(
      '{ users(paging: { limit: 0 })',
      'query($n: Int) { users(paging: { limit: $n })',
    );
    const byPaging = heavy(0).replace(
      '{ users(paging: { limit: 0 })',
      'query($p: OffsetPaging) { users(paging: $p)',
    );
    for (const n of [200, 20, 200, 20]) {
      const [a, b] = [
        await s.gql(byLimit, { n }, { token: admin }),
        await s.gql(byPaging, { p: { limit: n } }, { token: admin }),
      ];
      for (const res of [a, b]) {
        if (n === 200) expect(res.errors![0].message).toMatch(/too costly/);
        else expect(res.errors).toBeUndefined();
      }
    }
  });

  it('sends no stack traces and no statement counts', async () => {
    const res = await s.gql(`query { user(id: "999") { id } }`, {}, { token: admin });
    expect(errorCode(res)).toBe('NOT_FOUND');
    expect(res.errors![0].extensions.stacktrace).toBeUndefined();
    expect(res.headers.get('x-statement-count')).toBeNull();
  });

  it('blocks cross-site simple requests (CSRF prevention)', async () => {
    const plain = await fetch(`${s.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: JSON.stringify({ query: '{ me { id } }' }),
    });
    expect(plain.status).toBe(400);
    const get = await fetch(`${s.url}/graphql?query=${encodeURIComponent('{ me { id } }')}`);
    expect(get.status).toBe(400);
    expect(await get.text()).toMatch(/CSRF/i);
  });

  it('limits the request body size', async () => {
    const big = JSON.stringify({
      query: `{ me { id } }`,
      variables: { pad: 'x'.repeat(1_100_000) },
    });
    const res = await fetch(`${s.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: big,
    });
    expect(res.status).toBe(413);
  });
});
