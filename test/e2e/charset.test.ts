import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, TEST_DIALECT, type TestServer } from '../helpers/test-server';

// A MySQL/MariaDB database created with latin1 defaults (the old default of many servers):
// every table still declares utf8mb4, so Chinese is stored and read back intact in every kind
// of record; tables made latin1 by an older release are converted by a migration.
const describeMysql = TEST_DIALECT === 'mysql' ? describe : describe.skip;

let s: TestServer;
let admin: string;
const previous = process.env.TEST_DB_CHARSET;

beforeAll(async () => {
  if (TEST_DIALECT !== 'mysql') return;
  process.env.TEST_DB_CHARSET = 'latin1';
  try {
    s = await startTestServer();
  } finally {
    if (previous === undefined) delete process.env.TEST_DB_CHARSET;
    else process.env.TEST_DB_CHARSET = previous;
  }
  admin = await s.login();
});
afterAll(() => s?.close());

const gql = (doc: string, vars: Record<string, unknown> = {}) => s.gql(doc, vars, { token: admin });
const ok = async (doc: string, vars: Record<string, unknown> = {}) => {
  const res = await gql(doc, vars);
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  return Object.values(res.data)[0] as Record<string, any>;
};

describeMysql('a latin1-default database', () => {
  it('really defaults to latin1, yet every table is utf8mb4_unicode_ci', async () => {
    const [db] = await s.sql(
      'SELECT @@character_set_database AS cs, @@character_set_connection AS conn, @@SESSION.sql_mode AS mode',
    );
    expect(db.cs).toBe('latin1');
    expect(db.conn).toBe('utf8mb4');
    expect(String(db.mode)).toContain('STRICT_TRANS_TABLES');
    // Set by the server on each pooled connection (the shared server's default lacks it).
    expect(String(db.mode)).toContain('NO_ZERO_DATE');
    const tables = await s.sql(
      `SELECT TABLE_NAME AS name, TABLE_COLLATION AS collation FROM information_schema.TABLES
        WHERE TABLE_SCHEMA = DATABASE() AND TABLE_TYPE = 'BASE TABLE'`,
    );
    expect(tables.length).toBeGreaterThan(30);
    expect(tables.filter((t: any) => t.collation !== 'utf8mb4_unicode_ci')).toEqual([]);
    const columns = await s.sql(
      `SELECT CONCAT(TABLE_NAME, '.', COLUMN_NAME) AS col, COLLATION_NAME AS collation
         FROM information_schema.COLUMNS
        WHERE TABLE_SCHEMA = DATABASE() AND CHARACTER_SET_NAME IS NOT NULL
          AND COLLATION_NAME <> 'utf8mb4_unicode_ci'`,
    );
    // Name-search tokens, duplicate match keys and limiter keys compare byte for byte on purpose.
    expect(columns.sort((a: any, b: any) => a.col.localeCompare(b.col))).toEqual([
      { col: 'customer_match_key.match_key', collation: 'utf8mb4_bin' },
      { col: 'customer_name_token.token', collation: 'utf8mb4_bin' },
      { col: 'login_limit.key', collation: 'utf8mb4_bin' },
    ]);
  });

  it('converts tables an older release created in latin1, keeping the token column binary', async () => {
    await s.sql('ALTER TABLE `api_key` CONVERT TO CHARACTER SET latin1');
    await s.sql('ALTER TABLE `customer_name_token` CONVERT TO CHARACTER SET latin1');
    await s.sql("DELETE FROM `migrations` WHERE name = 'Utf8mb4Tables1767900000000'");
    await s.restart();
    const rows = await s.sql(
      `SELECT TABLE_NAME AS name, TABLE_COLLATION AS collation FROM information_schema.TABLES
        WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME IN ('api_key', 'customer_name_token') ORDER BY 1`,
    );
    expect(rows).toEqual([
      { name: 'api_key', collation: 'utf8mb4_unicode_ci' },
      { name: 'customer_name_token', collation: 'utf8mb4_unicode_ci' },
    ]);
    const [token] = await s.sql(
      `SELECT COLLATION_NAME AS collation FROM information_schema.COLUMNS
        WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'customer_name_token' AND COLUMN_NAME = 'token'`,
    );
    expect(token.collation).toBe('utf8mb4_bin');
    admin = await s.login();
  });

  it('stores and reads back Chinese (and a 4-byte character) in every kind of record', async () => {
    const zh = '客户档案𠀀测试';
    const role = await ok(
      `mutation($r: CreateRoleInput!) { createOneRole(input: { role: $r }) { name description } }`,
      { r: { name: `角色${zh}`, description: zh, permissions: [], dataScope: 'SELF' } },
    );
    expect(role).toEqual({ name: `角色${zh}`, description: zh });
    const dept = await ok(
      `mutation($d: CreateDepartmentInput!) { createOneDepartment(input: { department: $d }) { name } }`,
      { d: { name: `部门${zh}` } },
    );
    expect(dept.name).toBe(`部门${zh}`);
    const user = await ok(
      `mutation($u: CreateUserInput!) { createOneUser(input: { user: $u }) { displayName } }`,
      { u: { username: 'zhuser', displayName: `张三${zh}`, password: 'Passw0rd!' } },
    );
    expect(user.displayName).toBe(`张三${zh}`);
    const item = await ok(
      `mutation($i: CreateDictionaryItemInput!) { createOneDictionaryItem(input: { dictionaryItem: $i }) { labelZh } }`,
      { i: { typeCode: 'customer_source', code: 'zh_src', labelZh: `来源${zh}`, labelEn: 'Src' } },
    );
    expect(item.labelZh).toBe(`来源${zh}`);
    const customer = await ok(
      `mutation($c: CreateCustomerInput!) { createOneCustomer(input: { customer: $c }) { id name number remarks } }`,
      { c: { kind: 'ENTERPRISE', name: `深圳${zh}有限公司`, remarks: zh } },
    );
    expect(customer).toMatchObject({ name: `深圳${zh}有限公司`, remarks: zh });
    expect(customer.number).toMatch(/^客户-\d{4}-\d{3}$/);
    const renamed = await ok(
      `mutation($id: ID!) { renameCustomer(id: $id, newName: "广州${zh}有限公司", reason: "更名${zh}") { name formerNames { name reason } } }`,
      { id: customer.id },
    );
    expect(renamed.formerNames).toEqual([{ name: `深圳${zh}有限公司`, reason: `更名${zh}` }]);
    const found = await ok(
      `query { customers(filter: { name: { like: "%广州%" } }) { nodes { name } } }`,
    );
    expect(found.nodes.map((n: any) => n.name)).toEqual([`广州${zh}有限公司`]);
    const contact = await ok(
      `mutation($c: CreateContactInput!) { createOneContact(input: { contact: $c }) { name personalNotes importantDates } }`,
      {
        c: {
          customerId: customer.id,
          name: `王经理${zh}`,
          personalNotes: zh,
          importantDates: [{ label: `生日${zh}`, date: '2020-02-29' }],
        },
      },
    );
    expect(contact).toEqual({
      name: `王经理${zh}`,
      personalNotes: zh,
      importantDates: [{ label: `生日${zh}`, date: '2020-02-29' }],
    });
    const followup = await ok(
      `mutation($f: CreateFollowupInput!) { createOneFollowup(input: { followup: $f }) { content } }`,
      { f: { customerId: customer.id, content: `电话回访${zh}` } },
    );
    expect(followup.content).toBe(`电话回访${zh}`);
    const tx = await ok(
      `mutation($t: CreateTransactionInput!) { createOneTransaction(input: { transaction: $t }) { product note } }`,
      {
        t: {
          customerId: customer.id,
          occurredOn: '2026-01-02',
          type: 'sales',
          amount: '1.00',
          product: `产品${zh}`,
          note: zh,
        },
      },
    );
    expect(tx).toEqual({ product: `产品${zh}`, note: zh });
    const audit = await ok(
      `query { auditLogs(filter: { action: { eq: "customer.rename" } }) { nodes { diff } } }`,
    );
    expect(JSON.stringify(audit.nodes[0].diff)).toContain(`广州${zh}有限公司`);
  });
});
