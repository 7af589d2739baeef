import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRole, createUser } from '../helpers/fixtures';
import { errorCode, startTestServer, type TestServer } from '../helpers/test-server';

// Issue 13 §5: each permission reaches as far as the roles that grant it, never the widest role.
let s: TestServer;
let admin: string;
const ids: Record<string, string> = {};

const CREATE = `mutation($c: CreateCustomerInput!) { createOneCustomer(input: { customer: $c }) { id version } }`;
const LIST = `{ customers(paging: { limit: 200 }) { totalCount nodes { id canEdit } } }`;
const ONE = `query($id: ID!) { customer(id: $id) { id canEdit } }`;
const UPDATE = `mutation($i: UpdateOneCustomerInput!) { updateOneCustomer(input: $i) { id remarks } }`;
const AUDIT = `query($f: AuditLogFilter) { auditLogs(filter: $f, paging: { limit: 200 }) { totalCount nodes { action customerId } } }`;

beforeAll(async () => {
  s = await startTestServer();
  admin = await s.login();
  const dept = await s.gql(
    `mutation { createOneDepartment(input: { department: { name: "销售一部" } }) { id } }`,
    {},
    { token: admin },
  );
  ids.dept = dept.data.createOneDepartment.id;
  ids.staff = await createRole(s, admin, '专员', ['customer.create', 'customer.update'], 'SELF');
  ids.auditor = await createRole(s, admin, '全公司审计', ['audit.view'], 'ALL');
  ids.reader = await createRole(s, admin, '部门查阅', ['customer.read'], 'DEPT');
  const user = (name: string, roles: string[]) =>
    createUser(s, admin, name, roles, { departmentId: ids.dept });
  ids.mixed = await user('mixed', [ids.staff, ids.auditor]);
  ids.owner = await user('owner', [ids.staff]);
  ids.readerUser = await user('deptreader', [ids.staff, ids.reader]);
  const customer = async (name: string, ownerId: string) => {
    const res = await s.gql(CREATE, { c: { kind: 'ENTERPRISE', name, ownerId } }, { token: admin });
    return res.data.createOneCustomer.id as string;
  };
  ids.others = await customer('别人的客户', ids.owner);
  ids.own = await customer('自己的客户', ids.mixed);
});
afterAll(() => s?.close());

describe('per-permission scope', () => {
  it('a second role with ALL scope and only audit.view widens neither reads nor edits', async () => {
    const token = await s.login('mixed', 'Passw0rd!');
    const list = await s.gql(LIST, {}, { token });
    expect(list.data.customers.nodes.map((c: { id: string }) => c.id)).toEqual([ids.own]);
    expect(list.data.customers.totalCount).toBe(1);
    const hidden = await s.gql(ONE, { id: ids.others }, { token });
    expect(errorCode(hidden)).toBe('NOT_FOUND');
    const edit = await s.gql(
      UPDATE,
      { i: { id: ids.others, version: 1, update: { remarks: '越权' } } },
      { token },
    );
    expect(errorCode(edit)).toBe('NOT_FOUND');
    const rows = await s.sql('SELECT remarks FROM customer WHERE id = ?', [Number(ids.others)]);
    expect(rows[0].remarks ?? null).toBeNull();
  });

  it('… but audit.view reaches as far as its own role: every customer’s entries', async () => {
    const token = await s.login('mixed', 'Passw0rd!');
    const audit = await s.gql(AUDIT, { f: { action: { eq: 'customer.create' } } }, { token });
    const customers = audit.data.auditLogs.nodes.map((n: { customerId: string }) => n.customerId);
    expect(customers.sort()).toEqual([ids.others, ids.own].sort());
  });

  it('a read-only role with DEPT scope lets its holder read the department, not edit it', async () => {
    const token = await s.login('deptreader', 'Passw0rd!');
    const list = await s.gql(LIST, {}, { token });
    const byId = new Map(
      list.data.customers.nodes.map((c: { id: string; canEdit: boolean }) => [c.id, c.canEdit]),
    );
    expect(byId.get(ids.others)).toBe(false);
    expect(byId.get(ids.own)).toBe(false);
    const edit = await s.gql(
      UPDATE,
      { i: { id: ids.others, version: 1, update: { remarks: '只读' } } },
      { token },
    );
    expect(errorCode(edit)).toBe('FORBIDDEN');
  });

  it('explainAccess names the role and permission behind the scope path', async () => {
    const res = await s.gql(
      `query($c: ID!, $u: ID!) { explainAccess(customerId: $c, userId: $u) { canRead canEdit reasons { path roles permissions } } }`,
      { c: ids.others, u: ids.readerUser },
      { token: admin },
    );
    expect(res.data.explainAccess).toMatchObject({ canRead: true, canEdit: false });
    expect(res.data.explainAccess.reasons).toEqual([
      { path: 'SCOPE', roles: ['部门查阅'], permissions: ['customer.read'] },
    ]);
  });

  it('built-in roles carry customer.read, so they keep the reads they had', async () => {
    const res = await s.gql(
      `{ roles(paging: { limit: 50 }) { nodes { name permissions } } }`,
      {},
      {
        token: admin,
      },
    );
    const builtIn = res.data.roles.nodes.filter((r: { name: string }) =>
      ['系统管理员', '总经理', '部门经理', '业务员'].includes(r.name),
    );
    expect(builtIn).toHaveLength(4);
    for (const role of builtIn) expect(role.permissions).toContain('customer.read');
  });
});
