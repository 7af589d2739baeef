import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRole, createUser } from '../helpers/fixtures';
import { errorCode, startTestServer, table, type TestServer } from '../helpers/test-server';

/**
 * Bulk customer actions (docs/console/bulk.md): every row runs the single action's service method
 * in its own transaction, so a row fails exactly as the single mutation would and the others stay.
 * Departments: 甲部 (manager, staff alice and ann) and 乙部 (staff bob, whose customers 甲部 cannot see).
 */
let s: TestServer;
let admin: string;
const ids: Record<string, string> = {};
const tokens: Record<string, string> = {};
const MISSING = '999999';

const CREATE = `mutation($c: CreateCustomerInput!) { createOneCustomer(input: { customer: $c }) { id version } }`;
const RESULT = `id ok customer { id status version owner { username } submittedChangeRequest { id status } } error { code message path }`;
const TRANSFER = `mutation($ids: [ID!]!, $o: ID!, $v: [Int]) { bulkTransferCustomerOwner(customerIds: $ids, ownerId: $o, keepPreviousAs: READ, reason: "调岗", versions: $v) { ${RESULT} } }`;
const MEMBER = `mutation($ids: [ID!]!, $u: ID!) { bulkSetCustomerMember(customerIds: $ids, userId: $u, level: EDIT) { ${RESULT} } }`;
const STATUS = `mutation($ids: [ID!]!, $st: CustomerStatus!, $v: [Int]) { bulkSetCustomerStatus(customerIds: $ids, status: $st, reason: "半年无交易", versions: $v) { ${RESULT} } }`;

async function ok(who: string, query: string, variables: Record<string, unknown> = {}) {
  const res = await s.gql(query, variables, { token: tokens[who] ?? who });
  if (res.errors) throw new Error(`${who}: ${JSON.stringify(res.errors)}`);
  return res.data;
}
const customer = async (who: string, name: string) =>
  (await ok(who, CREATE, { c: { kind: 'ENTERPRISE', name } })).createOneCustomer.id as string;
const auditCount = async (action: string, entityId: string) =>
  Number(
    (
      await s.sql(
        `SELECT COUNT(*) AS n FROM ${table('audit_log')} WHERE action = ? AND entity_id = ?`,
        [action, entityId],
      )
    )[0].n,
  );
/** What a caller learns from a failed row, with its own id taken out. */
const rowError = (row: { id: string; ok: boolean; customer: unknown; error: unknown }) => ({
  ok: row.ok,
  customer: row.customer,
  error: row.error,
});

beforeAll(async () => {
  s = await startTestServer();
  admin = await s.login();
  const dept = async (name: string) =>
    (
      await ok(
        admin,
        `mutation($d: CreateDepartmentInput!) { createOneDepartment(input: { department: $d }) { id } }`,
        { d: { name } },
      )
    ).createOneDepartment.id as string;
  const a = await dept('甲部');
  const b = await dept('乙部');
  const staff = await createRole(
    s,
    admin,
    '业务员-bulk',
    ['customer.read', 'customer.create', 'customer.update'],
    'SELF',
  );
  const manager = await createRole(
    s,
    admin,
    '经理-bulk',
    ['customer.read', 'customer.create', 'customer.update', 'change.approve', 'audit.view'],
    'DEPT_AND_BELOW',
  );
  const reader = await createRole(s, admin, '只读-bulk', ['customer.read'], 'ALL');
  for (const [name, role, department] of [
    ['manager', manager, a],
    ['alice', staff, a],
    ['ann', staff, a],
    ['bob', staff, b],
    ['reader', reader, a],
  ] as const) {
    ids[name] = await createUser(s, admin, name, [role], { departmentId: department });
    tokens[name] = await s.login(name, 'Passw0rd!');
  }
}, 60_000);
afterAll(() => s?.close());

describe('bulkTransferCustomerOwner', () => {
  it('transfers the readable customer; hidden and missing ids answer alike; audit per row', async () => {
    const mine = await customer('alice', '批量转交一');
    const hidden = await customer('bob', '乙部客户');
    const res = await ok('manager', TRANSFER, { ids: [mine, hidden, MISSING], o: ids.ann });
    const [done, hiddenRow, missingRow] = res.bulkTransferCustomerOwner;
    expect(done).toMatchObject({
      id: mine,
      ok: true,
      customer: { owner: { username: 'ann' }, submittedChangeRequest: null },
      error: null,
    });
    expect(hiddenRow.id).toBe(hidden);
    expect(missingRow.id).toBe(MISSING);
    expect(hiddenRow.error.code).toBe('NOT_FOUND');
    expect(rowError(hiddenRow)).toEqual(rowError(missingRow));
    // The same error as the single mutation gives.
    const single = await s.gql(
      `mutation($c: ID!, $o: ID!) { transferCustomerOwner(customerId: $c, ownerId: $o) { id } }`,
      { c: hidden, o: ids.ann },
      { token: tokens.manager },
    );
    expect(single.errors![0].message).toBe(hiddenRow.error.message);
    expect(await auditCount('customer.transfer', mine)).toBe(1);
    expect(await auditCount('customer.transfer', hidden)).toBe(0);
    const [owner] = await s.sql(`SELECT owner_id AS o FROM ${table('customer')} WHERE id = ?`, [
      Number(hidden),
    ]);
    expect(String(owner.o)).toBe(ids.bob);
  });

  it('sends each row to approval when the caller lacks change.approve, as the single action does', async () => {
    const one = await customer('alice', '批量审批一');
    const two = await customer('alice', '批量审批二');
    const res = await ok('alice', TRANSFER, { ids: [one, two], o: ids.ann });
    for (const row of res.bulkTransferCustomerOwner) {
      expect(row.ok).toBe(true);
      expect(row.customer.owner.username).toBe('alice');
      expect(row.customer.submittedChangeRequest.status).toBe('PENDING');
    }
    expect(await auditCount('customer.transfer', one)).toBe(0);
  });

  it('checks expected versions per row: a stale one fails alone', async () => {
    const one = await customer('alice', '版本一');
    const two = await customer('alice', '版本二');
    const res = await ok('manager', TRANSFER, { ids: [one, two], o: ids.ann, v: [1, 7] });
    const [fresh, stale] = res.bulkTransferCustomerOwner;
    expect(fresh.ok).toBe(true);
    expect(fresh.customer.version).toBe(2);
    expect(stale).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    const mismatch = await s.gql(
      TRANSFER,
      { ids: [one, two], o: ids.ann, v: [1] },
      { token: tokens.manager },
    );
    expect(mismatch.errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'versions',
    });
  });

  it('refuses more than 200 ids with a clear error before touching any row', async () => {
    const one = await customer('alice', '超限');
    const many = [one, ...Array.from({ length: 200 }, (_, i) => String(100000 + i))];
    const res = await s.gql(TRANSFER, { ids: many, o: ids.ann }, { token: tokens.manager });
    expect(res.errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'customerIds',
    });
    expect(res.errors![0].message).toContain('200');
    expect(res.data).toBeNull();
    expect(await auditCount('customer.transfer', one)).toBe(0);
    const en = await s.gql(
      TRANSFER,
      { ids: many, o: ids.ann },
      { token: tokens.manager, lang: 'en' },
    );
    expect(en.errors![0].message).toBe('customerIds holds at most 200 items');
  });
});

describe('bulkSetCustomerStatus', () => {
  it('needs customer.update like setCustomerStatus', async () => {
    const one = await customer('alice', '只读看');
    const res = await s.gql(STATUS, { ids: [one], st: 'DORMANT' }, { token: tokens.reader });
    expect(errorCode(res)).toBe('FORBIDDEN');
    const single = await s.gql(
      `mutation($id: ID!) { setCustomerStatus(id: $id, status: DORMANT) { id } }`,
      { id: one },
      { token: tokens.reader },
    );
    expect(res.errors![0].message).toBe(single.errors![0].message);
  });

  it('changes the editable rows, refuses the read-only one as the single action does', async () => {
    const one = await customer('alice', '状态一');
    const two = await customer('alice', '状态二');
    const shared = await customer('bob', '共享只读');
    await ok(
      'bob',
      `mutation($c: ID!, $u: ID!) { setCustomerMember(customerId: $c, userId: $u, level: READ) { level } }`,
      { c: shared, u: ids.alice },
    );
    const hidden = await customer('bob', '状态隐藏');
    const res = await ok('alice', STATUS, { ids: [one, two, shared, hidden], st: 'DORMANT' });
    const [a, b, readOnly, hiddenRow] = res.bulkSetCustomerStatus;
    expect([a.customer.status, b.customer.status]).toEqual(['DORMANT', 'DORMANT']);
    const single = await s.gql(
      `mutation($id: ID!) { setCustomerStatus(id: $id, status: DORMANT) { id } }`,
      { id: shared },
      { token: tokens.alice },
    );
    expect(readOnly.error).toEqual({
      code: single.errors![0].extensions.code,
      message: single.errors![0].message,
      path: null,
    });
    expect(readOnly.error.code).toBe('FORBIDDEN');
    expect(hiddenRow.error.code).toBe('NOT_FOUND');
    expect(await auditCount('customer.status', one)).toBe(1);
    expect(await auditCount('customer.status', two)).toBe(1);
    expect(await auditCount('customer.status', shared)).toBe(0);
    const history = await s.sql(
      `SELECT COUNT(*) AS n FROM ${table('customer_history')} WHERE customer_id = ? AND field = 'status'`,
      [Number(one)],
    );
    expect(Number(history[0].n)).toBe(1);
  });
});

describe('bulkSetCustomerMember', () => {
  it('adds the member where the caller has own access and reports the rest', async () => {
    const one = await customer('alice', '团队一');
    const hidden = await customer('bob', '团队隐藏');
    const res = await ok('manager', MEMBER, { ids: [one, hidden, MISSING], u: ids.ann });
    const [done, hiddenRow, missingRow] = res.bulkSetCustomerMember;
    expect(done).toMatchObject({ ok: true, customer: { id: one } });
    expect(rowError(hiddenRow)).toEqual(rowError(missingRow));
    expect(await auditCount('customer.member.set', one)).toBe(1);
    const unknown = await ok('manager', MEMBER, { ids: [one], u: MISSING });
    expect(unknown.bulkSetCustomerMember[0].error).toMatchObject({
      code: 'BAD_USER_INPUT',
      path: 'userId',
    });
  });
});
