import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRole, createUser } from '../helpers/fixtures';
import {
  errorCode,
  startTestServer,
  table,
  type GqlResult,
  type TestServer,
} from '../helpers/test-server';

let s: TestServer;
let admin: string;
let staffRole: string;
beforeAll(async () => {
  s = await startTestServer();
  admin = await s.login();
  staffRole = await createRole(
    s,
    admin,
    '跟进专员',
    ['customer.create', 'customer.update'],
    'SELF',
  );
});
afterAll(() => s?.close());

const CREATE_CUSTOMER = `mutation($c: CreateCustomerInput!) { createOneCustomer(input: { customer: $c }) { id } }`;
const CREATE_FOLLOWUP = `mutation($f: CreateFollowupInput!) { createOneFollowup(input: { followup: $f }) { id content happenedAt nextDate feedback nextStep contactId method { code } milestone { code } user { username } customer { id lastFollowupAt } } }`;
const UPDATE_FOLLOWUP = `mutation($i: UpdateOneFollowupInput!) { updateOneFollowup(input: $i) { id content happenedAt method { code } } }`;
const DELETE_FOLLOWUP = `mutation($id: ID!) { deleteOneFollowup(input: { id: $id }) { id content } }`;
const CREATE_TX = `mutation($t: CreateTransactionInput!) { createOneTransaction(input: { transaction: $t }) { id amount currency occurredOn product type { code } creator { username } customer { id } } }`;
const DELETE_TX = `mutation($id: ID!) { deleteOneTransaction(input: { id: $id }) { id amount } }`;
const SUMMARY = `query($id: ID!) { customer(id: $id) { lastFollowupAt transactionSummary { count totalAmount firstOn lastOn } } }`;

async function customer(token: string, name: string): Promise<string> {
  const res = await s.gql(CREATE_CUSTOMER, { c: { kind: 'ENTERPRISE', name } }, { token });
  if (!res.data?.createOneCustomer) throw new Error(JSON.stringify(res.errors));
  return res.data.createOneCustomer.id;
}
async function summary(id: string, token = admin) {
  const res = await s.gql(SUMMARY, { id }, { token });
  if (!res.data?.customer) throw new Error(JSON.stringify(res.errors));
  return res.data.customer as {
    lastFollowupAt: string | null;
    transactionSummary: {
      count: number;
      totalAmount: string;
      firstOn: string | null;
      lastOn: string | null;
    };
  };
}
async function staff(name: string) {
  await createUser(s, admin, name, [staffRole]);
  const token = await s.login(name, 'Passw0rd!');
  const id = (await s.gql(`{ me { id } }`, {}, { token })).data.me.id as string;
  return { token, id };
}
async function itemId(type: string, code: string): Promise<string> {
  const res = await s.gql(
    `query($t: String!) { dictionaryOptions(type: $t, includeDisabled: true) { id code } }`,
    { t: type },
    { token: admin },
  );
  const found = (res.data.dictionaryOptions as { id: string; code: string }[]).find(
    (i) => i.code === code,
  );
  if (!found) throw new Error(`no item ${type}/${code}`);
  return found.id;
}
const fieldsOf = (res: GqlResult) =>
  ((res.errors?.[0]?.extensions.fields ?? []) as { field: string }[]).map((f) => f.field).sort();
const auditCount = async (action: string) =>
  Number(
    (await s.sql(`SELECT COUNT(*) AS n FROM ${table('audit_log')} WHERE action = ?`, [action]))[0]
      .n,
  );

describe('follow-ups', () => {
  it('creates, updates and deletes a follow-up, keeping customer.lastFollowupAt and the audit log', async () => {
    const c = await customer(admin, '跟进客户');
    const contact = (
      await s.gql(
        `mutation($i: CreateOneContactInput!) { createOneContact(input: $i) { id } }`,
        { i: { contact: { customerId: c, name: '赵六' } } },
        { token: admin },
      )
    ).data.createOneContact.id;
    const first = await s.gql(
      CREATE_FOLLOWUP,
      {
        f: {
          customerId: c,
          happenedAt: '2025-03-01T08:00:00.000Z',
          method: 'phone',
          milestone: 'first_contact',
          content: ' 首次电话沟通 ',
          feedback: '有兴趣',
          nextStep: '发资料',
          nextDate: '2025-03-08',
          contactId: contact,
        },
      },
      { token: admin },
    );
    expect(first.errors).toBeUndefined();
    expect(first.data.createOneFollowup).toMatchObject({
      content: '首次电话沟通',
      happenedAt: '2025-03-01T08:00:00.000Z',
      nextDate: '2025-03-08',
      contactId: contact,
      method: { code: 'phone' },
      milestone: { code: 'first_contact' },
      user: { username: 'admin' },
      customer: { id: c, lastFollowupAt: '2025-03-01T08:00:00.000Z' },
    });
    const later = (
      await s.gql(
        CREATE_FOLLOWUP,
        {
          f: {
            customerId: c,
            happenedAt: '2025-04-02T09:30:00.000Z',
            content: '上门拜访',
            method: 'face_to_face',
          },
        },
        { token: admin },
      )
    ).data.createOneFollowup;
    expect((await summary(c)).lastFollowupAt).toBe('2025-04-02T09:30:00.000Z');
    // An older follow-up recorded afterwards does not move it back.
    await s.gql(
      CREATE_FOLLOWUP,
      { f: { customerId: c, happenedAt: '2025-01-15T00:00:00.000Z', content: '补录' } },
      { token: admin },
    );
    expect((await summary(c)).lastFollowupAt).toBe('2025-04-02T09:30:00.000Z');

    const moved = await s.gql(
      UPDATE_FOLLOWUP,
      {
        i: {
          id: later.id,
          update: { happenedAt: '2025-05-05T10:00:00.000Z', method: 'wechat', content: '微信沟通' },
        },
      },
      { token: admin },
    );
    expect(moved.data.updateOneFollowup).toMatchObject({
      content: '微信沟通',
      happenedAt: '2025-05-05T10:00:00.000Z',
      method: { code: 'wechat' },
    });
    expect((await summary(c)).lastFollowupAt).toBe('2025-05-05T10:00:00.000Z');

    const deleted = await s.gql(DELETE_FOLLOWUP, { id: later.id }, { token: admin });
    expect(deleted.data.deleteOneFollowup).toEqual({ id: later.id, content: '微信沟通' });
    expect((await summary(c)).lastFollowupAt).toBe('2025-03-01T08:00:00.000Z');
    expect(errorCode(await s.gql(DELETE_FOLLOWUP, { id: later.id }, { token: admin }))).toBe(
      'NOT_FOUND',
    );

    const nested = await s.gql(
      `query($id: ID!) { customer(id: $id) { followups(limit: 2) { content } } }`,
      { id: c },
      { token: admin },
    );
    expect(nested.data.customer.followups.map((f: { content: string }) => f.content)).toEqual([
      '首次电话沟通',
      '补录',
    ]);
    expect(await auditCount('followup.create')).toBeGreaterThanOrEqual(3);
    expect(await auditCount('followup.update')).toBe(1);
    expect(await auditCount('followup.delete')).toBe(1);
    // The follow-up columns count as usage of their dictionary items.
    const usage = await s.gql(
      `{ dictionary(code: "followup_method") { tree { code usageCount } } }`,
      {},
      { token: admin },
    );
    expect(usage.errors).toBeUndefined();
    const byCode = Object.fromEntries(
      (usage.data.dictionary.tree as { code: string; usageCount: number }[]).map((i) => [
        i.code,
        i.usageCount,
      ]),
    );
    expect(byCode.phone).toBe(1);
    expect(byCode.wechat).toBe(0);
  });

  it('refuses bad input with field paths, writing nothing', async () => {
    const c = await customer(admin, '校验客户');
    const bad = await s.gql(
      CREATE_FOLLOWUP,
      {
        f: {
          customerId: c,
          content: '   ',
          nextDate: '2025-02-30',
          method: 'carrier_pigeon',
          milestone: 'needs_confirmed',
        },
      },
      { token: admin },
    );
    expect(errorCode(bad)).toBe('BAD_USER_INPUT');
    expect(fieldsOf(bad)).toEqual(['followup.content', 'followup.method', 'followup.nextDate']);
    const rows = await s.sql(`SELECT COUNT(*) AS n FROM followup WHERE customer_id = ?`, [
      Number(c),
    ]);
    expect(Number(rows[0].n)).toBe(0);
    const badUpdate = await s.gql(
      UPDATE_FOLLOWUP,
      { i: { id: '999999', update: { content: 'x' } } },
      { token: admin },
    );
    expect(errorCode(badUpdate)).toBe('NOT_FOUND');
  });

  it('refuses unknown and disabled dictionary codes', async () => {
    const c = await customer(admin, '停用选项客户');
    const sms = await itemId('followup_method', 'sms');
    const disabled = await s.gql(
      `mutation($id: ID!) { updateOneDictionaryItem(input: { id: $id, update: { enabled: false } }) { enabled } }`,
      { id: sms },
      { token: admin },
    );
    expect(disabled.data.updateOneDictionaryItem.enabled).toBe(false);
    const refused = await s.gql(
      CREATE_FOLLOWUP,
      { f: { customerId: c, content: '短信', method: 'sms' } },
      { token: admin },
    );
    expect(refused.errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'followup.method',
    });
    expect(refused.errors![0].message).toMatch(/disabled/);
    const wrongDictionary = await s.gql(
      CREATE_FOLLOWUP,
      { f: { customerId: c, content: '阶段', milestone: 'phone' } },
      { token: admin },
    );
    expect(wrongDictionary.errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'followup.milestone',
    });

    const receivable = await itemId('transaction_type', 'receivable');
    await s.gql(
      `mutation($id: ID!) { updateOneDictionaryItem(input: { id: $id, update: { enabled: false } }) { enabled } }`,
      { id: receivable },
      { token: admin },
    );
    const tx = await s.gql(
      CREATE_TX,
      { t: { customerId: c, occurredOn: '2025-01-01', type: 'receivable', amount: '1' } },
      { token: admin },
    );
    expect(tx.errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'transaction.type',
    });
    const unknown = await s.gql(
      CREATE_TX,
      { t: { customerId: c, occurredOn: '2025-01-01', type: 'barter', amount: '1' } },
      { token: admin },
    );
    expect(unknown.errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'transaction.type',
    });
    expect((await summary(c)).transactionSummary.count).toBe(0);
  });
});

describe('transactions', () => {
  it('creates and deletes transactions, keeping count, total and dates', async () => {
    const c = await customer(admin, '交易客户');
    const sale = await s.gql(
      CREATE_TX,
      {
        t: {
          customerId: c,
          occurredOn: '2025-02-01',
          type: 'sales',
          amount: '1234.5',
          product: '服务器',
          note: '首单',
        },
      },
      { token: admin },
    );
    expect(sale.errors).toBeUndefined();
    expect(sale.data.createOneTransaction).toMatchObject({
      amount: '1234.50',
      currency: 'CNY',
      occurredOn: '2025-02-01',
      product: '服务器',
      type: { code: 'sales' },
      creator: { username: 'admin' },
      customer: { id: c },
    });
    const payment = (
      await s.gql(
        CREATE_TX,
        {
          t: {
            customerId: c,
            occurredOn: '2025-03-15',
            type: 'payment',
            amount: '1000',
            currency: 'usd',
          },
        },
        { token: admin },
      )
    ).data.createOneTransaction;
    expect(payment).toMatchObject({ amount: '1000.00', currency: 'USD' });
    const refund = (
      await s.gql(
        CREATE_TX,
        { t: { customerId: c, occurredOn: '2025-01-20', type: 'sales', amount: '-34.50' } },
        { token: admin },
      )
    ).data.createOneTransaction;
    expect((await summary(c)).transactionSummary).toEqual({
      count: 3,
      totalAmount: '1200.00',
      firstOn: '2025-01-20',
      lastOn: '2025-03-15',
    });

    expect(
      (await s.gql(DELETE_TX, { id: refund.id }, { token: admin })).data.deleteOneTransaction,
    ).toEqual({ id: refund.id, amount: '-34.50' });
    expect((await summary(c)).transactionSummary).toEqual({
      count: 2,
      totalAmount: '1234.50',
      firstOn: '2025-02-01',
      lastOn: '2025-03-15',
    });
    const nested = await s.gql(
      `query($id: ID!) { customer(id: $id) { transactions(limit: 5) { amount occurredOn } } }`,
      { id: c },
      { token: admin },
    );
    expect(nested.data.customer.transactions).toEqual([
      { amount: '1000.00', occurredOn: '2025-03-15' },
      { amount: '1234.50', occurredOn: '2025-02-01' },
    ]);
    expect(await auditCount('transaction.create')).toBeGreaterThanOrEqual(3);
    expect(await auditCount('transaction.delete')).toBe(1);
  });

  it('refuses bad input with field paths', async () => {
    const c = await customer(admin, '交易校验客户');
    const bad = await s.gql(
      CREATE_TX,
      {
        t: {
          customerId: c,
          occurredOn: 'yesterday',
          type: 'nope',
          amount: '1.234',
          currency: 'yuan',
          product: 'x'.repeat(201),
        },
      },
      { token: admin },
    );
    expect(errorCode(bad)).toBe('BAD_USER_INPUT');
    expect(fieldsOf(bad)).toEqual([
      'transaction.amount',
      'transaction.currency',
      'transaction.occurredOn',
      'transaction.product',
      'transaction.type',
    ]);
    for (const amount of ['1e3', '0.1.2', '12345678901234567', ' ', 'NaN']) {
      const res = await s.gql(
        CREATE_TX,
        { t: { customerId: c, occurredOn: '2025-01-01', type: 'sales', amount } },
        { token: admin },
      );
      expect(res.errors![0].extensions, amount).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'transaction.amount',
      });
    }
    expect((await summary(c)).transactionSummary.count).toBe(0);
  });

  it('keeps money exact: 0.1 + 0.2 = 0.30', async () => {
    const c = await customer(admin, '精度客户');
    for (const amount of ['0.1', '0.2'])
      await s.gql(
        CREATE_TX,
        { t: { customerId: c, occurredOn: '2025-06-01', type: 'sales', amount } },
        { token: admin },
      );
    expect((await summary(c)).transactionSummary.totalAmount).toBe('0.30');
    const big = await customer(admin, '大额客户');
    for (const amount of ['9999999999.99', '0.01'])
      await s.gql(
        CREATE_TX,
        { t: { customerId: big, occurredOn: '2025-06-01', type: 'sales', amount } },
        { token: admin },
      );
    expect((await summary(big)).transactionSummary.totalAmount).toBe('10000000000.00');
  });

  it('keeps correct totals under 20 concurrent inserts', async () => {
    const c = await customer(admin, '并发交易客户');
    const inputs = Array.from({ length: 20 }, (_, i) => ({
      customerId: c,
      occurredOn: `2025-07-${String(i + 1).padStart(2, '0')}`,
      type: i % 4 === 3 ? 'payment' : 'sales',
      amount: `${i + 1}.${String((i * 7) % 100).padStart(2, '0')}`,
    }));
    const results = await Promise.all(inputs.map((t) => s.gql(CREATE_TX, { t }, { token: admin })));
    expect(results.filter((r) => r.errors).map((r) => r.errors)).toEqual([]);
    const cents = inputs
      .filter((t) => t.type === 'sales')
      .reduce((sum, t) => sum + Number(t.amount.replace('.', '')), 0);
    const expected = `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}`;
    expect((await summary(c)).transactionSummary).toEqual({
      count: 20,
      totalAmount: expected,
      firstOn: '2025-07-01',
      lastOn: '2025-07-20',
    });
  });
});

describe('access', () => {
  it('shows a SELF user only follow-ups and transactions of own and team customers, and refuses writes elsewhere', async () => {
    const alice = await staff('fu_alice');
    const bob = await staff('fu_bob');
    const mine = await customer(alice.token, 'Alice 跟进客户');
    const bobs = await customer(bob.token, 'Bob 跟进客户');
    const shared = await customer(bob.token, 'Bob 共享给 Alice');
    await s.gql(
      `mutation($c: ID!, $u: ID!) { setCustomerMember(customerId: $c, userId: $u, level: READ) { level } }`,
      { c: shared, u: alice.id },
      { token: bob.token },
    );

    const own = await s.gql(
      CREATE_FOLLOWUP,
      { f: { customerId: mine, content: 'Alice 自己的跟进' } },
      { token: alice.token },
    );
    expect(own.data.createOneFollowup.user.username).toBe('fu_alice');
    for (const [cid, text] of [
      [bobs, 'Bob 私有跟进'],
      [shared, 'Bob 共享跟进'],
    ]) {
      expect(
        (
          await s.gql(
            CREATE_FOLLOWUP,
            { f: { customerId: cid, content: text } },
            { token: bob.token },
          )
        ).errors,
      ).toBeUndefined();
      expect(
        (
          await s.gql(
            CREATE_TX,
            { t: { customerId: cid, occurredOn: '2025-08-01', type: 'sales', amount: '10' } },
            { token: bob.token },
          )
        ).errors,
      ).toBeUndefined();
    }

    const LIST = `{ followups(paging: { limit: 200 }) { nodes { content customer { id } } totalCount } transactions(paging: { limit: 200 }) { nodes { customerId } totalCount } }`;
    const seen = await s.gql(LIST, {}, { token: alice.token });
    expect(seen.errors).toBeUndefined();
    expect(seen.data.followups.nodes.map((n: { content: string }) => n.content).sort()).toEqual(
      ['Alice 自己的跟进', 'Bob 共享跟进'].sort(),
    );
    expect(seen.data.followups.totalCount).toBe(2);
    expect(
      seen.data.followups.nodes.every(
        (n: { customer: { id: string } | null }) => n.customer !== null,
      ),
    ).toBe(true);
    expect(seen.data.transactions.nodes).toEqual([{ customerId: shared }]);
    expect(seen.data.transactions.totalCount).toBe(1);
    const filtered = await s.gql(
      `query($c: ID!) { followups(filter: { customerId: { eq: $c } }) { totalCount } }`,
      { c: bobs },
      { token: alice.token },
    );
    expect(filtered.data.followups.totalCount).toBe(0);

    const hidden = await s.gql(
      CREATE_FOLLOWUP,
      { f: { customerId: bobs, content: '越权' } },
      { token: alice.token },
    );
    expect(errorCode(hidden)).toBe('NOT_FOUND');
    expect(
      errorCode(
        await s.gql(
          CREATE_TX,
          { t: { customerId: bobs, occurredOn: '2025-08-01', type: 'sales', amount: '1' } },
          { token: alice.token },
        ),
      ),
    ).toBe('NOT_FOUND');
    expect(
      errorCode(
        await s.gql(
          CREATE_FOLLOWUP,
          { f: { customerId: shared, content: '只读' } },
          { token: alice.token },
        ),
      ),
    ).toBe('FORBIDDEN');
    const bobsFollowup = (
      await s.gql(
        `{ followups(paging: { limit: 200 }) { nodes { id content } } }`,
        {},
        { token: bob.token },
      )
    ).data.followups.nodes.find((n: { content: string }) => n.content === 'Bob 私有跟进');
    expect(
      errorCode(await s.gql(DELETE_FOLLOWUP, { id: bobsFollowup.id }, { token: alice.token })),
    ).toBe('NOT_FOUND');
    const count = await s.sql(`SELECT COUNT(*) AS n FROM followup WHERE customer_id = ?`, [
      Number(bobs),
    ]);
    expect(Number(count[0].n)).toBe(1);
  });
});

describe('batching', () => {
  it('uses the same number of statements for 5 and 50 customers with nested follow-ups and summaries', async () => {
    const ids = await Promise.all(
      Array.from({ length: 50 }, (_, i) => customer(admin, `批量客户${i}`)),
    );
    for (const id of ids.slice(0, 6)) {
      await s.gql(
        CREATE_FOLLOWUP,
        { f: { customerId: id, content: `批量跟进${id}` } },
        { token: admin },
      );
      await s.gql(
        CREATE_TX,
        { t: { customerId: id, occurredOn: '2025-09-01', type: 'sales', amount: '5.5' } },
        { token: admin },
      );
    }
    const Q = `query($n: Int!) { customers(paging: { limit: $n }) { nodes { id followups(limit: 3) { content } transactionSummary { totalAmount } } } }`;
    const five = await s.gql(Q, { n: 5 }, { token: admin });
    const fifty = await s.gql(Q, { n: 50 }, { token: admin });
    expect(five.errors).toBeUndefined();
    expect(fifty.errors).toBeUndefined();
    expect(fifty.data.customers.nodes).toHaveLength(50);
    expect(
      fifty.data.customers.nodes.some((n: { followups: unknown[] }) => n.followups.length > 0),
    ).toBe(true);
    expect(Number.isFinite(five.statements)).toBe(true);
    expect(five.statements).toBeLessThan(10);
    expect(fifty.statements).toBe(five.statements);
  });
});
