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
      headers: { 'content-type': 'application/json', 'accept-language': 'zh-CN' },
      body: big,
    });
    expect(res.status).toBe(413);
    expect(await res.json()).toEqual({
      errors: [
        {
          message: '请求正文过大（最多 1 MB）',
          extensions: { code: 'PAYLOAD_TOO_LARGE' },
        },
      ],
    });
    const malformed = await fetch(`${s.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'accept-language': 'en' },
      body: '{"query": "{ me { id } }",',
    });
    expect(malformed.status).toBe(400);
    expect(await malformed.json()).toEqual({
      errors: [
        { message: 'The request body is not valid JSON', extensions: { code: 'BAD_REQUEST' } },
      ],
    });
  });

  it('answers a query over the cost limit with HTTP 400 and QUERY_TOO_COMPLEX', async () => {
    const res = await s.gql(heavy(200), {}, { token: admin, lang: 'zh-CN' });
    expect(res.status).toBe(400);
    expect(res.errors![0].extensions.code).toBe('QUERY_TOO_COMPLEX');
    expect(res.errors![0].message).toMatch(/^查询代价过高/);
    expect(res.data).toBeUndefined();
    let nested = 'name';
    for (let i = 0; i < 11; i++) nested = `parent { ${nested} }`;
    const deep = await s.gql(`{ departments { nodes { ${nested} } } }`, {}, { token: admin });
    expect(deep.status).toBe(400);
    expect(deep.errors![0].extensions.code).toBe('QUERY_TOO_COMPLEX');
  });

  it('counts nested list limits (followups(limit: 50) inside a 200-row page) in the cost', async () => {
    const page = (limit: number, nested: number) =>
      `{ customers(paging: { limit: ${limit} }) { nodes { id followups(limit: ${nested}) { id content happenedAt } } } }`;
    const costly = await s.gql(page(200, 50), {}, { token: admin });
    expect(costly.errors![0].extensions.code).toBe('QUERY_TOO_COMPLEX');
    const viaVariable = await s.gql(
      `query($n: Int!) { customers(paging: { limit: 200 }) { nodes { id followups(limit: $n) { id content } } } }`,
      { n: 50 },
      { token: admin },
    );
    expect(viaVariable.errors![0].extensions.code).toBe('QUERY_TOO_COMPLEX');
    const fine = await s.gql(page(20, 10), {}, { token: admin });
    expect(fine.errors).toBeUndefined();
  });

  it('gives no "Did you mean" suggestions', async () => {
    for (const query of [
      `{ customerz { totalCount } }`,
      `{ users { nodez { id } } }`,
      `{ customers(filtre: {}) { totalCount } }`,
      `{ customers(sorting: [{ field: nam, direction: ASC }]) { totalCount } }`,
      `{ users(filter: { usernme: { eq: "a" } }) { totalCount } }`,
    ]) {
      const res = await s.gql(query, {}, { token: admin });
      expect(res.status).toBe(400);
      expect(res.errors![0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(JSON.stringify(res.errors)).not.toMatch(/Did you mean/);
    }
    const variable = await s.gql(
      `query($f: UserFilter) { users(filter: $f) { totalCount } }`,
      { f: { usernme: { eq: 'a' } } },
      { token: admin },
    );
    expect(variable.errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'f.usernme',
    });
    expect(JSON.stringify(variable.errors)).not.toMatch(/Did you mean/);
  });
});
