import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { residentIdCheckChar } from '@dossier/shared';
import { createRole, createUser } from '../helpers/fixtures';
import { errorCode, startTestServer, table, type TestServer } from '../helpers/test-server';

/** Dossier issue 14, input side: every class of bad input gets a coded error and writes nothing. */

let s: TestServer;
let admin: string;
let customer: string;
beforeAll(async () => {
  s = await startTestServer();
  admin = await s.login();
  customer = await createCustomer({ kind: 'ENTERPRISE', name: '输入校验有限公司' });
});
afterAll(() => s?.close());

const CREATE = `mutation($c: CreateCustomerInput!) { createOneCustomer(input: { customer: $c }) { id idNumber } }`;
const COUNT = `query($f: CustomerFilter) { customers(filter: $f) { totalCount } }`;
const inDays = (d: number) => new Date(Date.now() + d * 86400_000).toISOString();

async function createCustomer(c: Record<string, unknown>): Promise<string> {
  const res = await s.gql(CREATE, { c }, { token: admin });
  if (!res.data?.createOneCustomer) throw new Error(JSON.stringify(res.errors));
  return res.data.createOneCustomer.id;
}
async function rows(name: string): Promise<number> {
  const [row] = await s.sql(`SELECT COUNT(*) AS n FROM ${table(name)}`);
  return Number(row.n);
}
function expectInputError(res: Awaited<ReturnType<TestServer['gql']>>, field: string) {
  expect(res.errors, JSON.stringify(res.data)).toBeDefined();
  expect(res.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
}

describe('ids are parsed strictly', () => {
  it.each(['abc', ' 25 ', '+25', '0x19', '00025', '1e3', '-1', '0', '99999999999999999999'])(
    'refuses %j as an id argument and in a list filter',
    async (id) => {
      expectInputError(
        await s.gql(`query($id: ID!) { customer(id: $id) { id } }`, { id }, { token: admin }),
        'id',
      );
      expectInputError(
        await s.gql(COUNT, { f: { id: { eq: id } } }, { token: admin }),
        'filter.id.eq',
      );
    },
  );

  it('refuses non-numeric and infinite ids in filters (no SQL "NaN" or "Infinity")', async () => {
    expectInputError(
      await s.gql(
        `{ customers(filter: { id: { eq: "abc" } }) { totalCount } }`,
        {},
        { token: admin },
      ),
      'filter.id.eq',
    );
    expectInputError(
      await s.gql(COUNT, { f: { or: [{ id: { gt: '1e400' } }] } }, { token: admin }),
      'filter.or.0.id.gt',
    );
    expectInputError(
      await s.gql(COUNT, { f: { ownerId: { in: ['1', 'NaN'] } } }, { token: admin }),
      'filter.ownerId.in',
    );
    const ok = await s.gql(COUNT, { f: { id: { in: [customer] } } }, { token: admin });
    expect(ok.data.customers.totalCount).toBe(1);
  });
});

describe('bounded filters and lists', () => {
  const deep = (levels: number) => {
    let f: unknown = { id: { eq: '1' } };
    for (let i = 0; i < levels; i++) f = { and: [f] };
    return f;
  };
  const deepLiteral = (levels: number) => {
    let f = '{ id: { eq: "1" } }';
    for (let i = 0; i < levels; i++) f = `{ and: [${f}] }`;
    return f;
  };

  it('refuses a filter nested 1,500 levels deep, as a literal or a variable, before parsing it', async () => {
    const literal = await s.gql(
      `{ customers(filter: ${deepLiteral(1500)}) { totalCount } }`,
      {},
      { token: admin, lang: 'zh-CN' },
    );
    expect(literal.status).toBe(400);
    expect(errorCode(literal)).toBe('QUERY_TOO_COMPLEX');
    expect(literal.errors![0].message).toBe('请求嵌套过深（最多 64 层）');
    const variable = await s.gql(
      `query($f: ApiKeyFilter) { apiKeys(filter: $f) { totalCount } }`,
      { f: deep(600) },
      { token: admin },
    );
    expect(variable.status).toBe(400);
    expect(errorCode(variable)).toBe('BAD_USER_INPUT');
    expect(variable.errors![0].extensions.field).toMatch(/^f\.and\.0\.and\.0/);
  });

  it('allows 10 levels of and/or and refuses 11 with the path', async () => {
    const ten = await s.gql(COUNT, { f: deep(10) }, { token: admin });
    expect(ten.errors).toBeUndefined();
    const eleven = await s.gql(COUNT, { f: deep(11) }, { token: admin });
    expectInputError(eleven, `filter${'.and.0'.repeat(11)}`);
    expect(eleven.errors![0].message).toBe(
      'The filter is nested too deeply (at most 10 levels of and/or)',
    );
  });

  it('bounds or-branches, in-lists and bound values (SQLite variables, expression depth)', async () => {
    const branches = (n: number) => ({
      or: Array.from({ length: n }, () => ({ id: { eq: '1' } })),
    });
    expect((await s.gql(COUNT, { f: branches(100) }, { token: admin })).errors).toBeUndefined();
    expectInputError(await s.gql(COUNT, { f: branches(101) }, { token: admin }), 'filter.or');
    // 5,000 branches are refused by the request guard (a list longer than 1,000).
    expectInputError(await s.gql(COUNT, { f: branches(5000) }, { token: admin }), 'f.or');
    const ids = (n: number) => Array.from({ length: n }, (_, i) => String(i + 1));
    expect(
      (await s.gql(COUNT, { f: { id: { in: ids(500) } } }, { token: admin })).errors,
    ).toBeUndefined();
    expectInputError(
      await s.gql(COUNT, { f: { id: { in: ids(501) } } }, { token: admin }),
      'filter.id.in',
    );
    expectInputError(
      await s.gql(COUNT, { f: { id: { in: ids(40000) } } }, { token: admin }),
      'f.id.in',
    );
    const manyValues = { or: Array.from({ length: 3 }, () => ({ id: { notIn: ids(400) } })) };
    expectInputError(
      await s.gql(COUNT, { f: manyValues }, { token: admin }),
      'filter.or.0.id.notIn',
    );
  });

  it('bounds grantCustomerAccess customer ids and writes no grant', async () => {
    const userId = await createUser(s, admin, 'grant.target', []);
    const GRANT = `mutation($i: GrantCustomerAccessInput!) { grantCustomerAccess(input: $i) { id } }`;
    const input = (customerIds: string[]) => ({
      i: { customerIds, toUserId: userId, level: 'READ', expiresAt: inDays(5), reason: '协作' },
    });
    const ids = (n: number) => Array.from({ length: n }, (_, i) => String(i + 1));
    expectInputError(await s.gql(GRANT, input(ids(40000)), { token: admin }), 'i.customerIds');
    expectInputError(await s.gql(GRANT, input(ids(501)), { token: admin }), 'input.customerIds');
    expect(await rows('customer_grant')).toBe(0);
    // Duplicates fold into one grant.
    const ok = await s.gql(GRANT, input([customer, customer]), { token: admin });
    expect(ok.errors).toBeUndefined();
    expect(ok.data.grantCustomerAccess).toHaveLength(1);
  });

  it('folds a role given twice to updateOneUser instead of failing on the duplicate key', async () => {
    const roleId = await createRole(s, admin, 'twice', ['audit.view']);
    const userId = await createUser(s, admin, 'twice.user', [roleId, roleId]);
    const res = await s.gql(
      `mutation($i: UpdateOneUserInput!) { updateOneUser(input: $i) { roles { id } } }`,
      { i: { id: userId, update: { roleIds: [roleId, roleId] } } },
      { token: admin },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data.updateOneUser.roles).toEqual([{ id: roleId }]);
  });

  it('bounds sorting entries', async () => {
    const sorting = Array.from({ length: 11 }, () => ({ field: 'id', direction: 'ASC' }));
    expectInputError(
      await s.gql(
        `query($s: [CustomerSort!]) { customers(sorting: $s) { totalCount } }`,
        { s: sorting },
        { token: admin },
      ),
      'sorting',
    );
  });
});

describe('bad inputs that used to be accepted', () => {
  it('refuses a follow-up contact that does not exist or belongs to another customer', async () => {
    const other = await createCustomer({ kind: 'ENTERPRISE', name: '另一家有限公司' });
    const contact = await s.gql(
      `mutation($i: CreateOneContactInput!) { createOneContact(input: $i) { id } }`,
      { i: { contact: { customerId: other, name: '王五' } } },
      { token: admin },
    );
    const otherContact = contact.data.createOneContact.id;
    const FOLLOWUP = `mutation($i: CreateOneFollowupInput!) { createOneFollowup(input: $i) { id contactId } }`;
    const before = await rows('followup');
    expectInputError(
      await s.gql(
        FOLLOWUP,
        { i: { followup: { customerId: customer, content: '回访', contactId: otherContact } } },
        { token: admin },
      ),
      'followup.contactId',
    );
    // A contact that does not exist is a missing record, answered like a hidden one (leak suite).
    const missing = await s.gql(
      FOLLOWUP,
      { i: { followup: { customerId: customer, content: '回访', contactId: '999999' } } },
      { token: admin },
    );
    expect(missing.errors![0].extensions).toMatchObject({ code: 'NOT_FOUND', entity: 'Contact' });
    expect(await rows('followup')).toBe(before);
    const ok = await s.gql(
      FOLLOWUP,
      { i: { followup: { customerId: other, content: '回访', contactId: otherContact } } },
      { token: admin },
    );
    expect(ok.data.createOneFollowup.contactId).toBe(otherContact);
    const moved = await s.gql(
      `mutation($i: UpdateOneFollowupInput!) { updateOneFollowup(input: $i) { id } }`,
      { i: { id: ok.data.createOneFollowup.id, update: { contactId: '999999' } } },
      { token: admin },
    );
    expect(moved.errors![0].extensions).toMatchObject({ code: 'NOT_FOUND', entity: 'Contact' });
  });

  it('refuses removing a team member who is not on the team, and records nothing', async () => {
    const userId = await createUser(s, admin, 'not.member', []);
    const history = await rows('customer_history');
    const res = await s.gql(
      `mutation($c: ID!, $u: ID!) { removeCustomerMember(customerId: $c, userId: $u) { userId } }`,
      { c: customer, u: userId },
      { token: admin },
    );
    expectInputError(res, 'userId');
    expect(await rows('customer_history')).toBe(history);
  });

  it('refuses renewing an access request with a disabled access_reason', async () => {
    const staffRole = await createRole(s, admin, 'req-staff', ['access.request']);
    await createUser(s, admin, 'renew.asker', [staffRole]);
    const asker = await s.login('renew.asker', 'Passw0rd!');
    const requested = await s.gql(
      `mutation($i: RequestCustomerAccessInput!) { requestCustomerAccess(input: $i) { id } }`,
      {
        i: {
          customerIds: [customer],
          level: 'READ',
          reasonCode: 'after_sales',
          until: inDays(30),
        },
      },
      { token: asker },
    );
    expect(requested.errors).toBeUndefined();
    const id = requested.data.requestCustomerAccess[0].id;
    const approved = await s.gql(
      `mutation($id: ID!) { approveAccessRequest(id: $id) { status } }`,
      { id },
      { token: admin },
    );
    expect(approved.data.approveAccessRequest.status).toBe('APPROVED');
    const [reason] = await s.sql(
      `SELECT i.id FROM dictionary_item i JOIN dictionary_type t ON t.id = i.type_id WHERE t.code = 'access_reason' AND i.code = 'after_sales'`,
    );
    const off = await s.gql(
      `mutation($i: UpdateOneDictionaryItemInput!) { updateOneDictionaryItem(input: $i) { enabled } }`,
      { i: { id: String(reason.id), update: { enabled: false } } },
      { token: admin },
    );
    expect(off.data.updateOneDictionaryItem.enabled).toBe(false);
    const requests = await rows('access_request');
    const RENEW = `mutation($id: ID!, $u: DateTimeISO!, $code: String) { renewAccessRequest(id: $id, until: $u, reasonCode: $code) { id } }`;
    for (const code of [undefined, 'after_sales']) {
      const res = await s.gql(RENEW, { id, u: inDays(60), code }, { token: asker });
      expectInputError(res, 'input.reasonCode');
      expect(res.errors![0].message).toMatch(/disabled/);
    }
    expect(await rows('access_request')).toBe(requests);
  });

  describe('field definitions', () => {
    const CREATE_FIELD = `mutation($f: CreateFieldDefinitionInput!) { createOneFieldDefinition(input: { fieldDefinition: $f }) { id } }`;
    const field = (extra: Record<string, unknown>) => ({
      f: {
        kind: 'ENTERPRISE',
        key: 'fuzzField',
        labelZh: '测试',
        labelEn: 'Test',
        group: 'BASIC',
        type: 'TEXT',
        ...extra,
      },
    });

    it('refuses a controlling field that does not exist', async () => {
      const before = await rows('field_definition');
      expectInputError(
        await s.gql(CREATE_FIELD, field({ controllingField: 'noSuchField' }), { token: admin }),
        'fieldDefinition.controllingField',
      );
      expect(await rows('field_definition')).toBe(before);
    });

    it('refuses validation JSON that is deep, has unknown or prototype keys, and keys named like prototypes', async () => {
      const before = await rows('field_definition');
      let deep: unknown = 1;
      for (let i = 0; i < 3000; i++) deep = { a: deep };
      const deepRes = await s.gql(CREATE_FIELD, field({ validation: deep }), { token: admin });
      expect(deepRes.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
      expect(deepRes.errors![0].extensions.field).toMatch(/^f\.validation\.a\.a/);
      expectInputError(
        await s.gql(CREATE_FIELD, field({ validation: { maxLength: { a: { b: 1 } } } }), {
          token: admin,
        }),
        'fieldDefinition.validation.maxLength',
      );
      expectInputError(
        await s.gql(CREATE_FIELD, field({ validation: { a: { b: 1 } } }), { token: admin }),
        'fieldDefinition.validation.a',
      );
      const proto = JSON.parse('{"__proto__": {"maxLength": 1}}');
      expectInputError(
        await s.gql(CREATE_FIELD, field({ validation: proto }), { token: admin }),
        'f.validation',
      );
      // Written into the document, the key passes the request guard and is refused by the service.
      const literal = await s.gql(
        `mutation { createOneFieldDefinition(input: { fieldDefinition: { kind: ENTERPRISE, key: "fuzzField", labelZh: "测试", labelEn: "Test", group: BASIC, type: TEXT, validation: { constructor: { maxLength: 1 } } } }) { id } }`,
        {},
        { token: admin },
      );
      expectInputError(literal, 'fieldDefinition.validation');
      expectInputError(
        await s.gql(CREATE_FIELD, field({ key: 'constructor' }), { token: admin }),
        'fieldDefinition.key',
      );
      expect(await rows('field_definition')).toBe(before);
    });
  });

  describe('身份证 numbers (GB 11643-1999)', () => {
    const body = '11010519491231002'; // check character X
    const valid = body + residentIdCheckChar(body);

    it('refuses a wrong check digit, birth date or region, and writes nothing', async () => {
      const before = await rows('customer');
      const wrongCheck = body + (valid.endsWith('X') ? '1' : 'X');
      const badDate = '11010519491332002';
      const badRegion = '99010519491231002';
      for (const idNumber of [
        wrongCheck,
        badDate + residentIdCheckChar(badDate),
        badRegion + residentIdCheckChar(badRegion),
        '1101051949123100',
      ]) {
        const res = await s.gql(
          CREATE,
          { c: { kind: 'INDIVIDUAL', name: '张三', idNumber } },
          { token: admin, lang: 'zh-CN' },
        );
        expectInputError(res, 'customer.idNumber');
      }
      expect(await rows('customer')).toBe(before);
    });

    it('stores x as X, so the upper- and lower-case spellings are one number for uniqueness', async () => {
      expect(valid.endsWith('X')).toBe(true);
      const id = await createCustomer({
        kind: 'INDIVIDUAL',
        name: '李四',
        idNumber: valid.toLowerCase(),
      });
      const [row] = await s.sql(`SELECT id_number FROM customer WHERE id = ?`, [Number(id)]);
      expect(row.id_number).toBe(valid);
      const again = await s.gql(
        CREATE,
        { c: { kind: 'INDIVIDUAL', name: '李四二', idNumber: valid } },
        { token: admin },
      );
      expect(again.errors![0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'customer.idNumber',
      });
      // A sensitive unique field never echoes the value (docs/access.md).
      expect(again.errors![0].message).toMatch(/already used by another customer/);
      expect(again.errors![0].message).not.toContain(valid);
    });

    it('leaves other ID types (passports) to their own format', async () => {
      const id = await createCustomer({
        kind: 'INDIVIDUAL',
        name: '外籍客户',
        idType: 'passport',
        idNumber: 'e12345678',
      });
      const [row] = await s.sql(`SELECT id_number FROM customer WHERE id = ?`, [Number(id)]);
      expect(row.id_number).toBe('E12345678');
    });
  });
});

describe('GraphQL’s own errors follow the contract', () => {
  const CREATE_USER = `mutation($i: CreateOneUserInput!) { createOneUser(input: $i) { id } }`;

  it('variable coercion: BAD_USER_INPUT with the variable path, in the caller’s language', async () => {
    const zh = await s.gql(
      CREATE_USER,
      { i: { user: { username: 3, displayName: 'x', password: 'Passw0rd!' } } },
      { token: admin, lang: 'zh-CN' },
    );
    expect(zh.status).toBe(400);
    expect(zh.errors![0]).toMatchObject({
      message: '用户名 的值无效',
      extensions: { code: 'BAD_USER_INPUT', field: 'i.user.username' },
    });
    const en = await s.gql(CREATE_USER, { i: { user: { username: 'a' } } }, { token: admin });
    expect(en.errors!.map((e) => e.extensions.field).sort()).toEqual([
      'i.user.displayName',
      'i.user.password',
    ]);
    expect(en.errors![0].message).toMatch(/is required$/);
    const unknown = await s.gql(
      CREATE_USER,
      { i: { user: { username: 'a', displayName: 'a', password: 'Passw0rd!', nickname: 'x' } } },
      { token: admin },
    );
    expect(unknown.errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'i.user.nickname',
    });
  });

  it('validation and syntax errors: translated, with graphql-js’s text as detail', async () => {
    const res = await s.gql(`{ customerz { totalCount } }`, {}, { token: admin, lang: 'zh-CN' });
    expect(res.errors![0]).toMatchObject({
      message: '查询不符合接口定义',
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    });
    expect(res.errors![0].extensions.detail).toMatch(/customerz/);
    const syntax = await s.gql(`{ customers(`, {}, { token: admin });
    expect(syntax.errors![0]).toMatchObject({
      message: 'The query has a syntax error',
      extensions: { code: 'GRAPHQL_PARSE_FAILED' },
    });
  });

  it('malformed JSON and oversized bodies answer a JSON GraphQL error, not an HTML page', async () => {
    const post = (body: string, lang = 'zh-CN') =>
      fetch(`${s.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'accept-language': lang },
        body,
      });
    const malformed = await post('{"query": ');
    expect(malformed.status).toBe(400);
    expect(malformed.headers.get('content-type')).toMatch(/application\/json/);
    expect(await malformed.json()).toEqual({
      errors: [{ message: '请求正文不是有效的 JSON', extensions: { code: 'BAD_REQUEST' } }],
    });
    const big = await post(
      JSON.stringify({ query: `{ me { id } }`, x: 'x'.repeat(1_100_000) }),
      'en',
    );
    expect(big.status).toBe(413);
    expect(await big.json()).toEqual({
      errors: [
        {
          message: 'The request body is too large (at most 1 MB)',
          extensions: { code: 'PAYLOAD_TOO_LARGE' },
        },
      ],
    });
    expect((await fetch(`${s.url}/healthz`)).status).toBe(200);
  });
});
