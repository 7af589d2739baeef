import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRole, createUser } from '../helpers/fixtures';
import { errorCode, startTestServer, table, type TestServer } from '../helpers/test-server';

let s: TestServer;
let admin: string;
let staffRole: string;
beforeAll(async () => {
  s = await startTestServer();
  admin = await s.login();
  staffRole = await createRole(
    s,
    admin,
    '客户专员',
    ['customer.create', 'customer.update', 'customer.delete'],
    'SELF',
  );
});
afterAll(() => s?.close());

const CREATE = `mutation($c: CreateCustomerInput!) { createOneCustomer(input: { customer: $c }) { id number name version owner { username } } }`;
const UPDATE = `mutation($i: UpdateOneCustomerInput!) { updateOneCustomer(input: $i) { id version remarks } }`;
const LIST = `query($s: String, $f: CustomerFilter) { customers(search: $s, filter: $f, paging: { limit: 200 }) { nodes { id name number } totalCount } }`;
const year = new Date().getFullYear();

async function staff(name: string) {
  await createUser(s, admin, name, [staffRole]);
  return s.login(name, 'Passw0rd!');
}

describe('customer numbers', () => {
  it('follow the rule per kind and stay distinct for 200 parallel creates', async () => {
    const results = await Promise.all(
      Array.from({ length: 200 }, (_, i) =>
        s.gql(
          CREATE,
          { c: { kind: i % 4 === 0 ? 'INDIVIDUAL' : 'ENTERPRISE', name: `并发客户${i}` } },
          { token: admin },
        ),
      ),
    );
    const errors = results.filter((r) => r.errors);
    expect(errors).toEqual([]);
    const numbers = results.map((r) => r.data.createOneCustomer.number as string);
    expect(new Set(numbers).size).toBe(200);
    const enterprise = numbers.filter((n) => n.startsWith('客户-')).sort();
    const individual = numbers.filter((n) => n.startsWith('个人-')).sort();
    expect(enterprise).toHaveLength(150);
    expect(individual).toHaveLength(50);
    expect(enterprise[0]).toBe(`客户-${year}-001`);
    expect(enterprise[149]).toBe(`客户-${year}-150`);
    expect(individual[49]).toBe(`个人-${year}-050`);
  });

  it('use an edited rule for the next number', async () => {
    const updated = await s.gql(
      `mutation { updateNumberingRule(kind: INDIVIDUAL, pattern: "P{yy}-{seq:5}") { pattern } }`,
      {},
      { token: admin },
    );
    expect(updated.data.updateNumberingRule.pattern).toBe('P{yy}-{seq:5}');
    const created = await s.gql(
      CREATE,
      { c: { kind: 'INDIVIDUAL', name: '规则客户' } },
      { token: admin },
    );
    expect(created.data.createOneCustomer.number).toMatch(
      new RegExp(`^P${String(year).slice(-2)}-\\d{5}$`),
    );
    const bad = await s.gql(
      `mutation { updateNumberingRule(kind: INDIVIDUAL, pattern: "no-sequence") { pattern } }`,
      {},
      { token: admin },
    );
    expect(bad.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'pattern' });
  });
});

describe('renames, history and search', () => {
  it('keeps former names, finds the customer by them, and records the change', async () => {
    const created = (
      await s.gql(
        CREATE,
        { c: { kind: 'ENTERPRISE', name: '深圳市旧名科技有限公司', phone: '0755-88886666' } },
        { token: admin },
      )
    ).data.createOneCustomer;
    const renamed = await s.gql(
      `mutation($id: ID!) { renameCustomer(id: $id, newName: "深圳市新名科技有限公司", reason: "工商变更") { name formerNames { name reason } history { field oldValue newValue reason actorName } } }`,
      { id: created.id },
      { token: admin },
    );
    expect(renamed.errors).toBeUndefined();
    expect(renamed.data.renameCustomer.formerNames).toEqual([
      { name: '深圳市旧名科技有限公司', reason: '工商变更' },
    ]);
    expect(renamed.data.renameCustomer.history[0]).toEqual({
      field: 'name',
      oldValue: '深圳市旧名科技有限公司',
      newValue: '深圳市新名科技有限公司',
      reason: '工商变更',
      actorName: '系统管理员',
    });
    for (const q of ['旧名科技', '新名科技', created.number, '0755-8888']) {
      const found = await s.gql(LIST, { s: q }, { token: admin });
      expect(found.data.customers.nodes.map((n: { id: string }) => n.id)).toContain(created.id);
    }
    const wildcard = await s.gql(LIST, { s: '%' }, { token: admin });
    expect(wildcard.data.customers.totalCount).toBe(0);
  });

  it('keeps the name search index in step with card edits: new and former names match, one character still searches', async () => {
    const created = (
      await s.gql(
        CREATE,
        { c: { kind: 'ENTERPRISE', name: '榕城索引测试有限公司' } },
        { token: admin },
      )
    ).data.createOneCustomer;
    const updated = await s.gql(
      UPDATE,
      { i: { id: created.id, version: created.version, update: { name: '闽江索引测试有限公司' } } },
      { token: admin },
    );
    expect(updated.errors).toBeUndefined();
    const tokens = (
      await s.sql(`SELECT token FROM customer_name_token WHERE customer_id = ?`, [
        Number(created.id),
      ])
    ).map((r: { token: string }) => r.token);
    expect(tokens).toEqual(expect.arrayContaining(['榕城', '闽江', '索引', '公司']));
    for (const q of ['榕城索引', '闽江索引', '江索引测', '榕']) {
      const found = await s.gql(LIST, { s: q }, { token: admin });
      expect(found.data.customers.nodes.map((n: { id: string }) => n.id)).toContain(created.id);
    }
    const miss = await s.gql(LIST, { s: '榕江索引' }, { token: admin });
    expect(miss.data.customers.nodes.map((n: { id: string }) => n.id)).not.toContain(created.id);
  });

  it('counts only when totalCount is asked for, also through fragments', async () => {
    for (const name of ['计数甲公司', '计数乙公司', '计数丙公司'])
      await s.gql(CREATE, { c: { kind: 'ENTERPRISE', name } }, { token: admin });
    const f = { name: { like: '计数%' } };
    const bare = await s.gql(
      `query($f: CustomerFilter) { customers(filter: $f, paging: { limit: 2 }) { nodes { id } } }`,
      { f },
      { token: admin },
    );
    const direct = await s.gql(
      `query($f: CustomerFilter) { customers(filter: $f, paging: { limit: 2 }) { nodes { id } totalCount } }`,
      { f },
      { token: admin },
    );
    const viaFragment = await s.gql(
      `query($f: CustomerFilter) { customers(filter: $f, paging: { limit: 2 }) { nodes { id } ...Counted } } fragment Counted on CustomerConnection { ... on CustomerConnection { totalCount } }`,
      { f },
      { token: admin },
    );
    expect(bare.data.customers.nodes).toHaveLength(2);
    expect(direct.data.customers.totalCount).toBe(3);
    expect(viaFragment.data.customers.totalCount).toBe(3);
    expect(direct.statements).toBe(bare.statements + 1);
    expect(viaFragment.statements).toBe(direct.statements);
  });

  it('records each changed field on update, with select values as codes', async () => {
    const created = (
      await s.gql(
        CREATE,
        { c: { kind: 'ENTERPRISE', name: '历史客户', region: 'beijing' } },
        { token: admin },
      )
    ).data.createOneCustomer;
    await s.gql(
      UPDATE,
      {
        i: {
          id: created.id,
          version: created.version,
          update: { region: 'shanghai', remarks: '重点跟进' },
        },
      },
      { token: admin },
    );
    const read = await s.gql(
      `query($id: ID!) { customer(id: $id) { history { field oldValue newValue } } }`,
      { id: created.id },
      { token: admin },
    );
    const byField = Object.fromEntries(
      read.data.customer.history.map((h: { field: string }) => [h.field, h]),
    );
    expect(byField.region).toEqual({ field: 'region', oldValue: 'beijing', newValue: 'shanghai' });
    expect(byField.remarks).toEqual({ field: 'remarks', oldValue: null, newValue: '重点跟进' });
  });
});

describe('optimistic concurrency', () => {
  it('lets exactly one of two concurrent updates with the same version win, writing nothing for the other', async () => {
    const created = (
      await s.gql(CREATE, { c: { kind: 'ENTERPRISE', name: '并发编辑' } }, { token: admin })
    ).data.createOneCustomer;
    const results = await Promise.all(
      ['甲', '乙'].map((r) =>
        s.gql(
          UPDATE,
          { i: { id: created.id, version: created.version, update: { remarks: r } } },
          { token: admin },
        ),
      ),
    );
    const winners = results.filter((r) => !r.errors);
    const losers = results.filter((r) => r.errors);
    expect(winners).toHaveLength(1);
    expect(errorCode(losers[0])).toBe('CONFLICT');
    const row = await s.sql(`SELECT remarks, version FROM ${table('customer')} WHERE id = ?`, [
      Number(created.id),
    ]);
    expect(row[0].remarks).toBe(winners[0].data.updateOneCustomer.remarks);
    expect(Number(row[0].version)).toBe(created.version + 1);
    const history = await s.sql(
      `SELECT COUNT(*) AS n FROM customer_history WHERE customer_id = ?`,
      [Number(created.id)],
    );
    expect(Number(history[0].n)).toBe(1);
  });
});

describe('scope: owner and team', () => {
  it('shows a SELF user exactly their own and team customers, in lists, counts and by id', async () => {
    const alice = await staff('alice');
    const bob = await staff('bob');
    const a1 = (
      await s.gql(CREATE, { c: { kind: 'ENTERPRISE', name: 'Alice 的客户' } }, { token: alice })
    ).data.createOneCustomer;
    const b1 = (
      await s.gql(CREATE, { c: { kind: 'ENTERPRISE', name: 'Bob 的客户' } }, { token: bob })
    ).data.createOneCustomer;
    const b2 = (
      await s.gql(CREATE, { c: { kind: 'ENTERPRISE', name: 'Bob 的共享客户' } }, { token: bob })
    ).data.createOneCustomer;
    expect(a1.owner.username).toBe('alice');
    const aliceId = (await s.gql(`{ me { id } }`, {}, { token: alice })).data.me.id;
    const shared = await s.gql(
      `mutation($c: ID!, $u: ID!) { setCustomerMember(customerId: $c, userId: $u, level: READ) { userId level } }`,
      { c: b2.id, u: aliceId },
      { token: bob },
    );
    expect(shared.data.setCustomerMember).toEqual([{ userId: aliceId, level: 'READ' }]);

    const list = await s.gql(LIST, {}, { token: alice });
    expect(list.data.customers.nodes.map((n: { id: string }) => n.id).sort()).toEqual(
      [a1.id, b2.id].sort(),
    );
    expect(list.data.customers.totalCount).toBe(2);
    const hidden = await s.gql(
      `query($id: ID!) { customer(id: $id) { id } }`,
      { id: b1.id },
      { token: alice },
    );
    const missing = await s.gql(
      `query($id: ID!) { customer(id: $id) { id } }`,
      { id: '987654' },
      { token: alice },
    );
    expect(errorCode(hidden)).toBe('NOT_FOUND');
    expect(hidden.errors![0].message).toBe(missing.errors![0].message);
    expect(
      errorCode(
        await s.gql(
          UPDATE,
          { i: { id: b2.id, version: b2.version, update: { remarks: 'x' } } },
          { token: alice },
        ),
      ),
    ).toBe('FORBIDDEN');

    await s.gql(
      `mutation($c: ID!, $u: ID!) { setCustomerMember(customerId: $c, userId: $u, level: EDIT) { level } }`,
      { c: b2.id, u: aliceId },
      { token: bob },
    );
    expect(
      (
        await s.gql(
          UPDATE,
          { i: { id: b2.id, version: b2.version, update: { remarks: '协作' } } },
          { token: alice },
        )
      ).errors,
    ).toBeUndefined();
    await s.gql(
      `mutation($c: ID!, $u: ID!) { removeCustomerMember(customerId: $c, userId: $u) { userId } }`,
      { c: b2.id, u: aliceId },
      { token: bob },
    );
    expect((await s.gql(LIST, {}, { token: alice })).data.customers.totalCount).toBe(1);
  });

  it('transfers ownership, optionally keeping the previous owner on the team', async () => {
    const carol = await staff('carol');
    const dave = await staff('dave');
    const daveId = (await s.gql(`{ me { id } }`, {}, { token: dave })).data.me.id;
    const c = (
      await s.gql(CREATE, { c: { kind: 'ENTERPRISE', name: '转交客户' } }, { token: carol })
    ).data.createOneCustomer;
    // The owner is protected: a staff transfer becomes a change request that an approver applies.
    const asked = await s.gql(
      `mutation($c: ID!, $o: ID!) { transferCustomerOwner(customerId: $c, ownerId: $o, keepPreviousAs: READ, reason: "调岗") { owner { username } submittedChangeRequest { id status diff } } }`,
      { c: c.id, o: daveId },
      { token: carol },
    );
    expect(asked.errors).toBeUndefined();
    expect(asked.data.transferCustomerOwner.owner.username).toBe('carol');
    expect(asked.data.transferCustomerOwner.submittedChangeRequest).toMatchObject({
      status: 'PENDING',
      diff: { ownerId: { to: daveId } },
    });
    const applied = await s.gql(
      `mutation($id: ID!) { applyChangeRequest(id: $id) { status } }`,
      { id: asked.data.transferCustomerOwner.submittedChangeRequest.id },
      { token: admin },
    );
    expect(applied.data.applyChangeRequest.status).toBe('APPROVED');
    const moved = await s.gql(
      `query($c: ID!) { customer(id: $c) { owner { username } members { level } history { field reason } } }`,
      { c: c.id },
      { token: admin },
    );
    expect(moved.data.customer.owner.username).toBe('dave');
    expect(moved.data.customer.members).toEqual([{ level: 'READ' }]);
    expect(moved.data.customer.history[0].reason).toContain('调岗');
    expect((await s.gql(LIST, {}, { token: dave })).data.customers.totalCount).toBe(1);
    expect(
      errorCode(
        await s.gql(
          UPDATE,
          { i: { id: c.id, version: 2, update: { remarks: 'x' } } },
          { token: carol },
        ),
      ),
    ).toBe('FORBIDDEN');
  });
});

describe('status', () => {
  it('moves between ACTIVE, DORMANT and ARCHIVED with the reason in the history, and filters by it', async () => {
    const c = (
      await s.gql(CREATE, { c: { kind: 'ENTERPRISE', name: '状态客户' } }, { token: admin })
    ).data.createOneCustomer;
    const dormant = await s.gql(
      `mutation($id: ID!) { setCustomerStatus(id: $id, status: DORMANT, reason: "半年无交易") { status history { field oldValue newValue reason } } }`,
      { id: c.id },
      { token: admin },
    );
    expect(dormant.data.setCustomerStatus.status).toBe('DORMANT');
    expect(dormant.data.setCustomerStatus.history[0]).toEqual({
      field: 'status',
      oldValue: 'ACTIVE',
      newValue: 'DORMANT',
      reason: '半年无交易',
    });
    const archived = await s.gql(
      `mutation($id: ID!) { setCustomerStatus(id: $id, status: ARCHIVED) { status } }`,
      { id: c.id },
      { token: admin },
    );
    expect(archived.data.setCustomerStatus.status).toBe('ARCHIVED');
    const list = await s.gql(LIST, { f: { status: { eq: 'ARCHIVED' } } }, { token: admin });
    expect(list.data.customers.nodes.map((n: { id: string }) => n.id)).toEqual([c.id]);
    const bad = await s.gql(
      `mutation($id: ID!) { setCustomerStatus(id: $id, status: GONE) { status } }`,
      { id: c.id },
      { token: admin },
    );
    expect(bad.errors![0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });
});

describe('soft delete', () => {
  it('hides a deleted customer everywhere and lets an admin restore it', async () => {
    const c = (
      await s.gql(CREATE, { c: { kind: 'ENTERPRISE', name: '待删除客户' } }, { token: admin })
    ).data.createOneCustomer;
    const deleted = await s.gql(
      `mutation($id: ID!) { deleteOneCustomer(input: { id: $id }) { name } }`,
      { id: c.id },
      { token: admin },
    );
    expect(deleted.data.deleteOneCustomer.name).toBe('待删除客户');
    expect(
      errorCode(
        await s.gql(`query($id: ID!) { customer(id: $id) { id } }`, { id: c.id }, { token: admin }),
      ),
    ).toBe('NOT_FOUND');
    expect((await s.gql(LIST, { s: '待删除' }, { token: admin })).data.customers.totalCount).toBe(
      0,
    );
    const row = await s.sql(`SELECT deleted_at FROM ${table('customer')} WHERE id = ?`, [
      Number(c.id),
    ]);
    expect(row[0].deleted_at).not.toBeNull();
    const restored = await s.gql(
      `mutation($id: ID!) { restoreCustomer(id: $id) { name history { field } } }`,
      { id: c.id },
      { token: admin },
    );
    expect(restored.data.restoreCustomer.history.map((h: { field: string }) => h.field)).toEqual([
      'deleted',
      'deleted',
    ]);
    expect((await s.gql(LIST, { s: '待删除' }, { token: admin })).data.customers.totalCount).toBe(
      1,
    );
  });
});
