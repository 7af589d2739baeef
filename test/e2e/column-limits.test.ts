import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, table, type GqlResult, type TestServer } from '../helpers/test-server';

// Every input field against its column (server/src/common/limits.ts): the maximum is stored
// intact (Chinese, and one 4-byte character, included), one more is refused with BAD_USER_INPUT
// on the field, and nothing is written. Runs on SQLite and MySQL/MariaDB alike.

let s: TestServer;
let admin: string;
let customerId: string;

/** `n` characters: one 4-byte character (U+20000) and Chinese; MySQL counts each as one. */
const cjk = (n: number) => '𠀀' + '档'.repeat(n - 1);
/** An e-mail address of exactly `n` characters. */
const email = (n: number) => `${'a'.repeat(n - 8)}@dos.com`;
let unique = 0;
/** `n` characters, distinct on each call (for unique columns). */
const distinct = (n: number) => {
  const tag = `${++unique}号`;
  return tag + '档'.repeat(n - tag.length);
};

const rows = async (name: string, where = '1 = 1', params: unknown[] = []) =>
  Number((await s.sql(`SELECT COUNT(*) AS n FROM ${table(name)} WHERE ${where}`, params))[0].n);
const one = async (sql: string, params: unknown[] = []) => {
  const [row] = await s.sql(sql, params);
  return row ? Object.values(row)[0] : undefined;
};

interface LengthCase {
  /** `extensions.field` expected on refusal. */
  field: string;
  max: number;
  text?: (n: number) => string;
  /** Sends the value; returns the GraphQL result. */
  write(value: string): Promise<GqlResult>;
  /** Reads what was stored after a successful write. */
  stored(res: GqlResult, value: string): Promise<unknown>;
  /** Rows that a write adds (compared before and after a refusal). */
  count(): Promise<number>;
}

const mutate = (doc: string, vars: Record<string, unknown>) => s.gql(doc, vars, { token: admin });

const CREATE_ROLE = `mutation($r: CreateRoleInput!) { createOneRole(input: { role: $r }) { id } }`;
const CREATE_DEPT = `mutation($d: CreateDepartmentInput!) { createOneDepartment(input: { department: $d }) { id } }`;
const CREATE_USER = `mutation($u: CreateUserInput!) { createOneUser(input: { user: $u }) { id } }`;
const CREATE_TYPE = `mutation($t: CreateDictionaryTypeInput!) { createOneDictionaryType(input: { dictionaryType: $t }) { id } }`;
const CREATE_ITEM = `mutation($i: CreateDictionaryItemInput!) { createOneDictionaryItem(input: { dictionaryItem: $i }) { id } }`;
const CREATE_FIELD = `mutation($f: CreateFieldDefinitionInput!) { createOneFieldDefinition(input: { fieldDefinition: $f }) { id } }`;
const CREATE_CUSTOMER = `mutation($c: CreateCustomerInput!) { createOneCustomer(input: { customer: $c }) { id } }`;
const CREATE_CONTACT = `mutation($c: CreateContactInput!) { createOneContact(input: { contact: $c }) { id } }`;
const CREATE_FOLLOWUP = `mutation($f: CreateFollowupInput!) { createOneFollowup(input: { followup: $f }) { id } }`;
const CREATE_TX = `mutation($t: CreateTransactionInput!) { createOneTransaction(input: { transaction: $t }) { id amount } }`;
const RENAME = `mutation($id: ID!, $n: String!, $r: String) { renameCustomer(id: $id, newName: $n, reason: $r) { id name } }`;
const STATUS = `mutation($id: ID!, $st: CustomerStatus!, $r: String) { setCustomerStatus(id: $id, status: $st, reason: $r) { id status } }`;
const GRANT = `mutation($g: GrantCustomerAccessInput!) { grantCustomerAccess(input: $g) { id } }`;

const idOf = (res: GqlResult) => (Object.values(res.data ?? {})[0] as { id: string }).id;
let statusToggle = false;
let grantee = '';

const CASES: LengthCase[] = [
  {
    field: 'role.name',
    max: 100,
    text: distinct,
    write: (v) => mutate(CREATE_ROLE, { r: { name: v, permissions: [], dataScope: 'SELF' } }),
    stored: (res) => one(`SELECT name FROM role WHERE id = ?`, [idOf(res)]),
    count: () => rows('role'),
  },
  {
    field: 'role.description',
    max: 500,
    write: (v) =>
      mutate(CREATE_ROLE, {
        r: { name: distinct(10), description: v, permissions: [], dataScope: 'SELF' },
      }),
    stored: (res) => one(`SELECT description FROM role WHERE id = ?`, [idOf(res)]),
    count: () => rows('role'),
  },
  {
    field: 'department.name',
    max: 100,
    write: (v) => mutate(CREATE_DEPT, { d: { name: v } }),
    stored: (res) => one(`SELECT name FROM department WHERE id = ?`, [idOf(res)]),
    count: () => rows('department'),
  },
  {
    field: 'user.username',
    max: 64,
    text: (n) => `${++unique}`.padEnd(n, 'u'),
    write: (v) =>
      mutate(CREATE_USER, { u: { username: v, displayName: '用户', password: 'Passw0rd!' } }),
    stored: (res) => one(`SELECT username FROM ${table('user')} WHERE id = ?`, [idOf(res)]),
    count: () => rows('user'),
  },
  {
    field: 'user.displayName',
    max: 100,
    write: (v) =>
      mutate(CREATE_USER, {
        u: { username: `user${++unique}`, displayName: v, password: 'Passw0rd!' },
      }),
    stored: (res) => one(`SELECT display_name FROM ${table('user')} WHERE id = ?`, [idOf(res)]),
    count: () => rows('user'),
  },
  {
    field: 'user.email',
    max: 200,
    text: email,
    write: (v) =>
      mutate(CREATE_USER, {
        u: { username: `user${++unique}`, displayName: '邮箱', email: v, password: 'Passw0rd!' },
      }),
    stored: (res) => one(`SELECT email FROM ${table('user')} WHERE id = ?`, [idOf(res)]),
    count: () => rows('user'),
  },
  {
    field: 'dictionaryType.description',
    max: 500,
    write: (v) =>
      mutate(CREATE_TYPE, {
        t: { code: `t${++unique}`, nameZh: '类型', nameEn: 'Type', description: v },
      }),
    stored: (res) => one(`SELECT description FROM dictionary_type WHERE id = ?`, [idOf(res)]),
    count: () => rows('dictionary_type'),
  },
  {
    field: 'dictionaryType.nameZh',
    max: 100,
    write: (v) => mutate(CREATE_TYPE, { t: { code: `t${++unique}`, nameZh: v, nameEn: 'Type' } }),
    stored: (res) => one(`SELECT name_zh FROM dictionary_type WHERE id = ?`, [idOf(res)]),
    count: () => rows('dictionary_type'),
  },
  {
    field: 'dictionaryItem.labelZh',
    max: 200,
    write: (v) =>
      mutate(CREATE_ITEM, {
        i: { typeCode: 'customer_source', code: `i${++unique}`, labelZh: v, labelEn: 'Item' },
      }),
    stored: (res) => one(`SELECT label_zh FROM dictionary_item WHERE id = ?`, [idOf(res)]),
    count: () => rows('dictionary_item'),
  },
  {
    field: 'fieldDefinition.helpZh',
    max: 500,
    write: (v) =>
      mutate(CREATE_FIELD, {
        f: {
          kind: 'ENTERPRISE',
          key: `help${++unique}`,
          labelZh: '帮助',
          labelEn: 'Help',
          group: 'REMARKS',
          type: 'TEXT',
          helpZh: v,
        },
      }),
    stored: (res) => one(`SELECT help_zh FROM field_definition WHERE id = ?`, [idOf(res)]),
    count: () => rows('field_definition'),
  },
  {
    field: 'contact.name',
    max: 100,
    write: (v) => mutate(CREATE_CONTACT, { c: { customerId, name: v } }),
    stored: (res) => one(`SELECT name FROM contact WHERE id = ?`, [idOf(res)]),
    count: () => rows('contact'),
  },
  {
    field: 'contact.personalNotes',
    max: 2000,
    write: (v) => mutate(CREATE_CONTACT, { c: { customerId, name: '联系人', personalNotes: v } }),
    stored: (res) => one(`SELECT personal_notes FROM contact WHERE id = ?`, [idOf(res)]),
    count: () => rows('contact'),
  },
  {
    field: 'customer.name',
    max: 200,
    text: distinct,
    write: (v) => mutate(CREATE_CUSTOMER, { c: { kind: 'ENTERPRISE', name: v } }),
    stored: (res) => one(`SELECT name FROM customer WHERE id = ?`, [idOf(res)]),
    count: () => rows('customer'),
  },
  {
    field: 'customer.address',
    max: 300,
    write: (v) =>
      mutate(CREATE_CUSTOMER, { c: { kind: 'ENTERPRISE', name: distinct(8), address: v } }),
    stored: (res) => one(`SELECT address FROM customer WHERE id = ?`, [idOf(res)]),
    count: () => rows('customer'),
  },
  {
    // The built-in card field asks for 2,000 (its column would hold 5,000).
    field: 'customer.remarks',
    max: 2000,
    write: (v) =>
      mutate(CREATE_CUSTOMER, { c: { kind: 'ENTERPRISE', name: distinct(8), remarks: v } }),
    stored: (res) => one(`SELECT remarks FROM customer WHERE id = ?`, [idOf(res)]),
    count: () => rows('customer'),
  },
  {
    field: 'customer.longNote',
    max: 5000,
    write: (v) =>
      mutate(CREATE_CUSTOMER, {
        c: { kind: 'ENTERPRISE', name: distinct(8), customFields: { longNote: v } },
      }),
    stored: (res) =>
      one(`SELECT text_value FROM customer_field_value WHERE customer_id = ?`, [idOf(res)]),
    count: () => rows('customer'),
  },
  {
    field: 'followup.content',
    max: 5000,
    write: (v) => mutate(CREATE_FOLLOWUP, { f: { customerId, content: v } }),
    stored: (res) => one(`SELECT content FROM followup WHERE id = ?`, [idOf(res)]),
    count: () => rows('followup'),
  },
  {
    field: 'transaction.product',
    max: 200,
    write: (v) =>
      mutate(CREATE_TX, {
        t: { customerId, occurredOn: '2026-01-02', type: 'sales', amount: '1', product: v },
      }),
    stored: (res) => one(`SELECT product FROM customer_transaction WHERE id = ?`, [idOf(res)]),
    count: () => rows('customer_transaction'),
  },
  {
    field: 'transaction.note',
    max: 5000,
    write: (v) =>
      mutate(CREATE_TX, {
        t: { customerId, occurredOn: '2026-01-02', type: 'sales', amount: '1', note: v },
      }),
    stored: (res) => one(`SELECT note FROM customer_transaction WHERE id = ?`, [idOf(res)]),
    count: () => rows('customer_transaction'),
  },
  {
    field: 'reason',
    max: 500,
    write: (v) => mutate(RENAME, { id: customerId, n: distinct(12), r: v }),
    stored: () =>
      one(
        `SELECT reason FROM customer_former_name WHERE customer_id = ? ORDER BY id DESC LIMIT 1`,
        [customerId],
      ),
    count: () => rows('customer_former_name'),
  },
  {
    field: 'reason',
    max: 500,
    write: (v) =>
      mutate(STATUS, {
        id: customerId,
        st: (statusToggle = !statusToggle) ? 'DORMANT' : 'ACTIVE',
        r: v,
      }),
    stored: () =>
      one(
        `SELECT reason FROM customer_history WHERE customer_id = ? AND field = 'status' ORDER BY id DESC LIMIT 1`,
        [customerId],
      ),
    count: () => rows('customer_history'),
  },
  {
    field: 'input.reason',
    max: 500,
    write: (v) =>
      mutate(GRANT, {
        g: {
          customerIds: [customerId],
          toUserId: grantee,
          level: 'READ',
          expiresAt: new Date(Date.now() + 86_400_000).toISOString(),
          reason: v,
        },
      }),
    stored: () => one(`SELECT reason FROM customer_grant ORDER BY id DESC LIMIT 1`),
    count: () => rows('customer_grant'),
  },
];

beforeAll(async () => {
  s = await startTestServer();
  admin = await s.login();
  const created = await mutate(CREATE_CUSTOMER, {
    c: { kind: 'ENTERPRISE', name: '限长测试客户' },
  });
  customerId = idOf(created);
  const field = await mutate(CREATE_FIELD, {
    f: {
      kind: 'ENTERPRISE',
      key: 'longNote',
      labelZh: '长备注',
      labelEn: 'Long note',
      group: 'REMARKS',
      type: 'LONG_TEXT',
    },
  });
  expect(field.errors).toBeUndefined();
  const number = await mutate(CREATE_FIELD, {
    f: {
      kind: 'ENTERPRISE',
      key: 'bigNumber',
      labelZh: '大数',
      labelEn: 'Big number',
      group: 'REMARKS',
      type: 'NUMBER',
    },
  });
  expect(number.errors).toBeUndefined();
  const user = await mutate(CREATE_USER, {
    u: { username: 'grantee', displayName: '被授权人', password: 'Passw0rd!' },
  });
  grantee = idOf(user);
});
afterAll(() => s?.close());

describe('lengths: the maximum is stored intact, one more is refused and writes nothing', () => {
  for (const c of CASES) {
    it(`${c.field} (${c.max})`, async () => {
      const text = c.text ?? cjk;
      const value = text(c.max);
      const ok = await c.write(value);
      expect(ok.errors, JSON.stringify(ok.errors)).toBeUndefined();
      expect(await c.stored(ok, value)).toBe(value);

      const before = await c.count();
      const tooLong = await c.write(text(c.max + 1));
      expect(tooLong.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: c.field,
      });
      expect(await c.count()).toBe(before);
    });
  }

  it('a 30,000-character custom text is refused, not truncated', async () => {
    const before = await rows('customer');
    const res = await mutate(CREATE_CUSTOMER, {
      c: { kind: 'ENTERPRISE', name: distinct(8), customFields: { longNote: cjk(30_000) } },
    });
    expect(res.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'customer.longNote',
    });
    expect(await rows('customer')).toBe(before);
  });
});

describe('numbers: ranges and precision', () => {
  it('custom numbers: 15 integer digits pass, 1e16 and 1e17 are refused', async () => {
    const ok = await mutate(CREATE_CUSTOMER, {
      c: { kind: 'ENTERPRISE', name: distinct(8), customFields: { bigNumber: 999999999999999 } },
    });
    expect(ok.errors).toBeUndefined();
    expect(
      Number(
        await one(`SELECT number_value FROM customer_field_value WHERE customer_id = ?`, [
          idOf(ok),
        ]),
      ),
    ).toBe(999999999999999);
    const before = await rows('customer');
    for (const n of [1e16, 1e17, 0.12345]) {
      const res = await mutate(CREATE_CUSTOMER, {
        c: { kind: 'ENTERPRISE', name: distinct(8), customFields: { bigNumber: n } },
      });
      expect(res.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'customer.bigNumber',
      });
    }
    expect(await rows('customer')).toBe(before);
  });

  it('registered capital: 13 integer digits pass intact, 14 are refused', async () => {
    const ok = await mutate(CREATE_CUSTOMER, {
      c: { kind: 'ENTERPRISE', name: distinct(8), registeredCapital: '9999999999999.99' },
    });
    expect(ok.errors).toBeUndefined();
    const read = await s.gql(
      `query($id: ID!) { customer(id: $id) { registeredCapital } }`,
      {
        id: idOf(ok),
      },
      { token: admin },
    );
    expect(read.data.customer.registeredCapital).toBe('9999999999999.99');
    const res = await mutate(CREATE_CUSTOMER, {
      c: { kind: 'ENTERPRISE', name: distinct(8), registeredCapital: '10000000000000.00' },
    });
    expect(res.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'customer.registeredCapital',
    });
  });

  it('transaction amounts: 10 integer digits pass, 11 are refused; the kept total cannot overflow', async () => {
    const c = idOf(await mutate(CREATE_CUSTOMER, { c: { kind: 'ENTERPRISE', name: distinct(8) } }));
    const tx = (amount: string) =>
      mutate(CREATE_TX, { t: { customerId: c, occurredOn: '2026-01-03', type: 'sales', amount } });
    const ok = await tx('9999999999.99');
    expect(ok.errors).toBeUndefined();
    expect(ok.data.createOneTransaction.amount).toBe('9999999999.99');
    const before = await rows('customer_transaction');
    const big = await tx('10000000000.00');
    expect(big.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'transaction.amount',
    });
    expect(await rows('customer_transaction')).toBe(before);

    // Bring the total to its limit (rows written straight, as years of business would).
    const salesType = await one(
      `SELECT i.id FROM dictionary_item i JOIN dictionary_type t ON t.id = i.type_id WHERE t.code = 'transaction_type' AND i.code = 'sales'`,
    );
    await s.sql(
      `INSERT INTO customer_transaction (customer_id, occurred_on, type_id, amount, currency) VALUES (?, '2026-01-01', ?, ?, 'CNY')`,
      [c, salesType, '9989999999999.99'],
    );
    const over = await tx('9999999999.99');
    expect(over.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'transaction.amount',
    });
    expect(over.errors?.[0]?.message).toContain('9999999999999.99');
    expect(await rows('customer_transaction')).toBe(before + 1);
    const refund = await tx('-1.00');
    expect(refund.errors).toBeUndefined();
    const total = await s.gql(
      `query($id: ID!) { customer(id: $id) { transactionSummary { totalAmount } } }`,
      { id: c },
      { token: admin },
    );
    expect(total.data.customer.transactionSummary.totalAmount).toBe('9999999999998.98');
  });
});

describe('JSON columns and patterns', () => {
  it('important dates: 50 pass, 51 are refused and nothing is written', async () => {
    const dates = (n: number) =>
      Array.from({ length: n }, (_, i) => ({
        label: cjk(100),
        date: `2020-01-${(i % 28) + 1}`.replace(/-(\d)$/, '-0$1'),
      }));
    const ok = await mutate(CREATE_CONTACT, {
      c: { customerId, name: '纪念日', importantDates: dates(50) },
    });
    expect(ok.errors).toBeUndefined();
    const read = await s.gql(
      `query($id: ID!) { contact(id: $id) { importantDates } }`,
      {
        id: idOf(ok),
      },
      { token: admin },
    );
    expect(read.data.contact.importantDates).toEqual(dates(50));
    const before = await rows('contact');
    for (const bad of [dates(51), [{ label: cjk(101), date: '2020-01-01' }]]) {
      const res = await mutate(CREATE_CONTACT, {
        c: { customerId, name: '纪念日', importantDates: bad },
      });
      expect(res.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'contact.importantDates',
      });
    }
    // Past 1,000 entries the request guard refuses the variables before GraphQL (its path is the variable's).
    const huge = await mutate(CREATE_CONTACT, {
      c: { customerId, name: '纪念日', importantDates: dates(2000) },
    });
    expect(huge.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'c.importantDates',
    });
    expect(await rows('contact')).toBe(before);
  });

  it('a field definition cannot promise more characters than its column holds', async () => {
    const res = await mutate(CREATE_FIELD, {
      f: {
        kind: 'ENTERPRISE',
        key: 'tooRoomy',
        labelZh: '过长',
        labelEn: 'Too roomy',
        group: 'REMARKS',
        type: 'LONG_TEXT',
        validation: { maxLength: 30_000 },
      },
    });
    expect(res.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'fieldDefinition.validation.maxLength',
    });
    const junk = await mutate(CREATE_FIELD, {
      f: {
        kind: 'ENTERPRISE',
        key: 'junk',
        labelZh: '杂',
        labelEn: 'Junk',
        group: 'REMARKS',
        type: 'TEXT',
        validation: { padding: 'x'.repeat(70_000) },
      },
    });
    expect(junk.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
    expect(await rows('field_definition', 'field_key IN (?, ?)', ['tooRoomy', 'junk'])).toBe(0);
  });

  it('a numbering pattern whose longest number exceeds customer.number is refused', async () => {
    const RULE = `mutation($p: String!) { updateNumberingRule(kind: ENTERPRISE, pattern: $p) { pattern } }`;
    // {seq} renders up to 10 digits (a 32-bit counter): 30 + 10 = 40 characters fit.
    const fits = `${'档'.repeat(30)}{seq}`;
    const ok = await mutate(RULE, { p: fits });
    expect(ok.errors).toBeUndefined();
    const res = await mutate(RULE, { p: `${'档'.repeat(31)}{seq}` });
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'pattern' });
    expect(await one(`SELECT pattern FROM numbering_rule WHERE kind = 'ENTERPRISE'`)).toBe(fits);
    // Creating still works under the longest accepted rule.
    const created = await mutate(CREATE_CUSTOMER, { c: { kind: 'ENTERPRISE', name: distinct(8) } });
    expect(created.errors).toBeUndefined();
    // A rule stored before patterns were checked: creating answers CONFLICT and writes nothing.
    await s.sql(`UPDATE numbering_rule SET pattern = ? WHERE kind = 'ENTERPRISE'`, [
      `${'档'.repeat(45)}{seq}`,
    ]);
    const before = await rows('customer');
    const refused = await mutate(CREATE_CUSTOMER, { c: { kind: 'ENTERPRISE', name: distinct(8) } });
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'pattern' });
    expect(await rows('customer')).toBe(before);
    await s.sql(`UPDATE numbering_rule SET pattern = ? WHERE kind = 'ENTERPRISE'`, [fits]);
  });
});

describe('login', () => {
  it('a 30,000-character username is answered as bad credentials and audited cut short', async () => {
    const name = 'x'.repeat(30_000);
    const res = await s.gql(
      `mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }`,
      {
        u: name,
        p: 'whatever1',
      },
    );
    expect(res.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
    const diff = await one(
      `SELECT diff FROM audit_log WHERE action = 'auth.loginFailed' ORDER BY id DESC LIMIT 1`,
    );
    const username = JSON.parse(String(diff)).username as string;
    expect(username.length).toBeLessThanOrEqual(64);
    expect(username.startsWith('xxx')).toBe(true);
  });
});
