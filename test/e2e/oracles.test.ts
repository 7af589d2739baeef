// Errors and small answers that must confirm nothing the caller cannot read (issue 13, sections
// 2 and 4): check order, uniqueness clashes on sensitive fields, a hidden customer's contacts,
// dictionary usage counts, the directory's masked names and NULL territory columns, and clear
// values for an EDIT-level sensitive role.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRole, createUser } from '../helpers/fixtures';
import { errorCode, startTestServer, table, type TestServer } from '../helpers/test-server';

let s: TestServer;
let admin: string;
let staff: string;
let staffId: string;
let other: string;
const ID_NUMBER = '110105198501184338';

const CREATE = `mutation($c: CreateCustomerInput!) { createOneCustomer(input: { customer: $c }) { id version } }`;
const UPDATE = `mutation($id: ID!, $v: Int!, $u: UpdateCustomerInput!) { updateOneCustomer(input: { id: $id, version: $v, update: $u, reason: "更正" }) { id version } }`;

async function ok(token: string, query: string, variables: Record<string, unknown> = {}) {
  const res = await s.gql(query, variables, { token });
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data;
}
async function customer(token: string, c: Record<string, unknown>) {
  return (await ok(token, CREATE, { c })).createOneCustomer as { id: string; version: number };
}

beforeAll(async () => {
  s = await startTestServer();
  admin = await s.login();
  const role = await createRole(
    s,
    admin,
    '业务员-oracle',
    ['customer.read', 'customer.create', 'customer.update', 'access.request'],
    'SELF',
  );
  staffId = await createUser(s, admin, 'oracle.staff', [role]);
  await createUser(s, admin, 'oracle.other', [role]);
  staff = await s.login('oracle.staff', 'Passw0rd!');
  other = await s.login('oracle.other', 'Passw0rd!');
});
afterAll(() => s?.close());

describe('updateOneCustomer: record, then version, then input', () => {
  it('a stale version is CONFLICT whatever the ID number, taken or not', async () => {
    await customer(admin, { kind: 'INDIVIDUAL', name: '持证人', idNumber: ID_NUMBER });
    const mine = await customer(staff, { kind: 'INDIVIDUAL', name: '自己的客户' });
    const stale = mine.version + 3;
    const taken = await s.gql(
      UPDATE,
      { id: mine.id, v: stale, u: { idNumber: ID_NUMBER } },
      { token: staff },
    );
    const fresh = await s.gql(
      UPDATE,
      { id: mine.id, v: stale, u: { idNumber: '110105198501189999' } },
      { token: staff },
    );
    expect(errorCode(taken)).toBe('CONFLICT');
    expect(taken.errors).toEqual(fresh.errors);
    // A missing customer with a stale version and a taken number is NOT_FOUND, as any missing id.
    expect(
      errorCode(
        await s.gql(UPDATE, { id: '999999', v: 1, u: { idNumber: ID_NUMBER } }, { token: staff }),
      ),
    ).toBe('NOT_FOUND');
  });
});

describe('uniqueness clashes on sensitive fields', () => {
  it('never echo the value, are audited with the actor, and are rate limited per user', async () => {
    const mine = await customer(staff, { kind: 'INDIVIDUAL', name: '猜号客户' });
    const res = await s.gql(
      UPDATE,
      { id: mine.id, v: mine.version, u: { idNumber: ID_NUMBER } },
      { token: staff },
    );
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect(res.errors![0].extensions.field).toBe('update.idNumber');
    expect(res.errors![0].message).toBe('This ID number value is already used by another customer');
    const zh = await s.gql(
      UPDATE,
      { id: mine.id, v: mine.version, u: { idNumber: ID_NUMBER } },
      { token: staff, lang: 'zh-CN' },
    );
    expect(zh.errors![0].message).toBe('证件号码 的该值已被其他客户使用');
    for (const answer of [res, zh]) {
      expect(JSON.stringify(answer.errors)).not.toContain(ID_NUMBER);
      expect(JSON.stringify(answer.errors)).not.toContain('4338');
    }
    // Audited outside the failed write's transaction: actor, field key and customer, never the value.
    const probes = await s.sql(
      `SELECT actor_id, entity_id, customer_id, diff FROM ${table('audit_log')} WHERE action = 'customer.uniqueProbe' ORDER BY id`,
    );
    expect(probes).toHaveLength(2);
    expect(String(probes[0].actor_id)).toBe(staffId);
    expect(String(probes[0].customer_id)).toBe(mine.id);
    const diff = typeof probes[0].diff === 'string' ? JSON.parse(probes[0].diff) : probes[0].diff;
    expect(diff).toEqual({ fields: ['idNumber'] });
    expect(JSON.stringify(probes)).not.toContain('4338');
    // Nothing of the write stayed.
    expect(
      await s.sql(
        `SELECT id_number, version FROM ${table('customer')} WHERE id = ${Number(mine.id)}`,
      ),
    ).toEqual([{ id_number: null, version: mine.version }]);

    // A create that clashes counts too (five failures per ten minutes).
    for (let i = 0; i < 3; i++)
      expect(
        errorCode(
          await s.gql(
            CREATE,
            { c: { kind: 'INDIVIDUAL', name: '新客户', idNumber: ID_NUMBER } },
            {
              token: staff,
            },
          ),
        ),
      ).toBe('BAD_USER_INPUT');
    const limited = await s.gql(
      UPDATE,
      { id: mine.id, v: mine.version, u: { idNumber: ID_NUMBER } },
      { token: staff },
    );
    expect(errorCode(limited)).toBe('RATE_LIMITED');
    expect(limited.errors![0].extensions.retryAfterSeconds).toBeGreaterThan(0);
    // While limited, a free value gets the same answer (no oracle), other writes go through.
    const free = await s.gql(
      UPDATE,
      { id: mine.id, v: mine.version, u: { idNumber: '110105198501057777' } },
      { token: staff },
    );
    expect(errorCode(free)).toBe('RATE_LIMITED');
    const remarks = await s.gql(
      UPDATE,
      { id: mine.id, v: mine.version, u: { remarks: '备注' } },
      { token: staff },
    );
    expect(remarks.errors).toBeUndefined();
    // The limit is per user.
    const theirs = await customer(other, { kind: 'INDIVIDUAL', name: '另一客户' });
    expect(
      errorCode(
        await s.gql(
          UPDATE,
          { id: theirs.id, v: theirs.version, u: { idNumber: ID_NUMBER } },
          { token: other },
        ),
      ),
    ).toBe('BAD_USER_INPUT');
  });

  it('a clash on a unique field that is not sensitive still names the value the caller typed', async () => {
    const code = '91350100M000100Y43';
    await customer(admin, { kind: 'ENTERPRISE', name: '信用代码公司', creditCode: code });
    const res = await s.gql(
      CREATE,
      { c: { kind: 'ENTERPRISE', name: '另一公司', creditCode: code } },
      { token: admin },
    );
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect(res.errors![0].message).toContain(code);
  });
});

describe('smaller leaks', () => {
  it('contacts(customerId) of a hidden customer answer as for a missing one', async () => {
    const hidden = await customer(admin, { kind: 'ENTERPRISE', name: '隐藏公司' });
    const mine = await customer(staff, { kind: 'ENTERPRISE', name: '我的公司' });
    const contact = (
      await ok(
        admin,
        `mutation($c: ID!) { createOneContact(input: { contact: { customerId: $c, name: "共用联系人" } }) { id } }`,
        { c: hidden.id },
      )
    ).createOneContact.id;
    await ok(
      admin,
      `mutation($ct: ID!, $c: ID!) { linkContactToCustomer(contactId: $ct, customerId: $c) { customerId } }`,
      { ct: contact, c: mine.id },
    );
    const LIST = `query($c: ID!) { contacts(customerId: $c) { totalCount nodes { id } } }`;
    const ofHidden = await s.gql(LIST, { c: hidden.id }, { token: staff });
    const ofMissing = await s.gql(LIST, { c: '999999' }, { token: staff });
    expect(ofHidden.data).toEqual({ contacts: { totalCount: 0, nodes: [] } });
    expect(ofHidden.data).toEqual(ofMissing.data);
    expect(ofHidden.statements).toBe(ofMissing.statements);
    expect((await ok(staff, LIST, { c: mine.id })).contacts.nodes).toEqual([{ id: contact }]);
  });

  it('DictionaryItem.usageCount only for those who manage dictionaries', async () => {
    const Q = `{ dictionaryItems(filter: { code: { eq: "A" } }, paging: { limit: 1 }) { nodes { code usageCount } } }`;
    expect((await ok(staff, Q)).dictionaryItems.nodes[0].usageCount).toBeNull();
    expect((await ok(admin, Q)).dictionaryItems.nodes[0].usageCount).toEqual(expect.any(Number));
  });

  it('the directory masks names to a fixed shape and lists customers whose rule column is empty', async () => {
    const dept = (
      await ok(
        admin,
        `mutation { createOneDepartment(input: { department: { name: "物业部-oracle" } }) { id } }`,
      )
    ).createOneDepartment.id;
    await ok(
      admin,
      `mutation { createOneDictionaryItem(input: { dictionaryItem: { typeCode: "territory", code: "O-T1", labelZh: "一号楼", labelEn: "Building 1" } }) { id } }`,
    );
    await ok(
      admin,
      `mutation($d: ID!) { createOneAccessRule(input: { accessRule: { subjectType: DEPARTMENT, subjectId: $d, field: "territory", itemCodes: ["O-T1"], level: READ } }) { id } }`,
      { d: dept },
    );
    const role = await createRole(s, admin, '物业-oracle', ['customer.read', 'access.request']);
    await createUser(s, admin, 'oracle.terr', [role], { departmentId: dept });
    const terr = await s.login('oracle.terr', 'Passw0rd!');
    const inside = await customer(admin, {
      kind: 'ENTERPRISE',
      name: '目录测试一号楼公司',
      territory: 'O-T1',
    });
    const outside = await customer(admin, { kind: 'ENTERPRISE', name: '目录测试无楼栋公司' });
    const short = await customer(admin, { kind: 'ENTERPRISE', name: '目录' });
    const dir = await ok(terr, `{ customerDirectory(search: "目录") { id name readable } }`);
    const byId = Object.fromEntries(dir.customerDirectory.map((r: { id: string }) => [r.id, r]));
    // Readable through the rule: not in the directory. Empty territory: listed (NOT (… OR NULL) would drop it).
    expect(byId[inside.id]).toBeUndefined();
    expect(byId[outside.id]).toEqual({ id: outside.id, name: '目**', readable: false });
    expect(byId[short.id]).toEqual({ id: short.id, name: '目**', readable: false });
  });

  it('an EDIT-level sensitive role without customer.update sees masked values everywhere', async () => {
    const role = (
      await ok(
        admin,
        `mutation($r: CreateRoleInput!) { createOneRole(input: { role: $r }) { id } }`,
        {
          r: {
            name: '只读敏感-oracle',
            permissions: ['customer.read', 'customer.viewSensitive'],
            dataScope: 'ALL',
            sensitiveLevel: 'EDIT',
          },
        },
      )
    ).createOneRole.id;
    await createUser(s, admin, 'oracle.viewer', [role]);
    const viewer = await s.login('oracle.viewer', 'Passw0rd!');
    const c = await customer(admin, {
      kind: 'INDIVIDUAL',
      name: '敏感客户',
      mobile: '13812345678',
      idNumber: '110105198501011234',
    });
    await ok(
      admin,
      `mutation($c: ID!) { createOneContact(input: { contact: { customerId: $c, name: "敏感联系人", mobile: "13900001111" } }) { id } }`,
      { c: c.id },
    );
    await ok(admin, UPDATE, { id: c.id, v: c.version, u: { mobile: '13812349999' } });
    const detail = (
      await ok(
        viewer,
        `query($id: ID!) { customer(id: $id) { canEdit mobile idNumber contacts { mobile } history { field oldValue newValue } } }`,
        { id: c.id },
      )
    ).customer;
    expect(detail.canEdit).toBe(false);
    expect(detail.mobile).toBe('138****9999');
    expect(detail.idNumber).toBe('110105********1234');
    expect(detail.contacts).toEqual([{ mobile: '139****1111' }]);
    const change = detail.history.find((h: { field: string }) => h.field === 'mobile');
    expect(change).toEqual({ field: 'mobile', oldValue: '138****5678', newValue: '138****9999' });
    const list = await ok(
      viewer,
      `query($id: ID!) { customers(filter: { id: { eq: $id } }) { nodes { mobile } } }`,
      { id: c.id },
    );
    expect(list.customers.nodes).toEqual([{ mobile: '138****9999' }]);
    // Filtering on a field they do not see in clear everywhere is refused (no oracle).
    expect(
      errorCode(
        await s.gql(
          `{ customers(filter: { mobile: { like: "138%" } }) { totalCount } }`,
          {},
          { token: viewer },
        ),
      ),
    ).toBe('FORBIDDEN');
  });
});
