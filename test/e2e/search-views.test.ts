import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRole, createUser } from '../helpers/fixtures';
import { errorCode, startTestServer, type TestServer } from '../helpers/test-server';

let s: TestServer;
let admin: string;
beforeAll(async () => {
  s = await startTestServer();
  admin = await s.login();
});
afterAll(() => s?.close());

const CREATE = `mutation($c: CreateCustomerInput!) { createOneCustomer(input: { customer: $c }) { id number } }`;
const CONTACT = `mutation($c: CreateContactInput!) { createOneContact(input: { contact: $c }) { id } }`;
const SEARCH = `query($q: String!, $l: Int) { globalSearch(query: $q, limit: $l) { customers { id number name phone } contacts { id name } } }`;

async function customer(token: string, c: Record<string, unknown>) {
  const res = await s.gql(CREATE, { c: { kind: 'ENTERPRISE', ...c } }, { token });
  if (!res.data) throw new Error(JSON.stringify(res.errors));
  return res.data.createOneCustomer as { id: string; number: string };
}
async function search(token: string, query: string, limit?: number) {
  const res = await s.gql(SEARCH, { q: query, l: limit }, { token });
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data.globalSearch as {
    customers: { id: string; number: string; name: string; phone: string | null }[];
    contacts: { id: string; name: string }[];
  };
}
const ids = (rows: { id: string }[]) => rows.map((r) => r.id).sort();

describe('global search', () => {
  let staff: string;
  let seer: string;
  let own: { id: string; number: string };
  let other: { id: string; number: string };
  let ownContact: string;
  beforeAll(async () => {
    const dept = async (name: string) =>
      (
        await s.gql(
          `mutation($d: CreateDepartmentInput!) { createOneDepartment(input: { department: $d }) { id } }`,
          { d: { name } },
          { token: admin },
        )
      ).data.createOneDepartment.id as string;
    const sales = await dept('销售部-search');
    const service = await dept('客服部-search');
    const staffRole = await createRole(
      s,
      admin,
      '业务员-search',
      ['customer.create', 'customer.update'],
      'DEPT',
    );
    const seerRole = await createRole(
      s,
      admin,
      '经理-search',
      ['customer.create', 'customer.update', 'customer.viewSensitive'],
      'DEPT',
    );
    await createUser(s, admin, 'search.staff', [staffRole], { departmentId: sales });
    await createUser(s, admin, 'search.seer', [seerRole], { departmentId: sales });
    const otherId = await createUser(s, admin, 'search.other', [staffRole], {
      departmentId: service,
    });
    staff = await s.login('search.staff', 'Passw0rd!');
    seer = await s.login('search.seer', 'Passw0rd!');
    const otherToken = await s.login('search.other', 'Passw0rd!');
    expect(otherId).toBeTruthy();
    own = await customer(staff, { name: '星辰科技有限公司', phone: '021-5555-0001' });
    other = await customer(otherToken, { name: '星辰物流有限公司', phone: '021-5555-0002' });
    const c1 = await s.gql(
      CONTACT,
      { c: { customerId: own.id, name: '星辰联系人甲' } },
      { token: staff },
    );
    expect(c1.errors).toBeUndefined();
    ownContact = c1.data.createOneContact.id;
    const c2 = await s.gql(
      CONTACT,
      { c: { customerId: other.id, name: '星辰联系人乙' } },
      { token: otherToken },
    );
    expect(c2.errors).toBeUndefined();
  });

  it('finds the caller’s own customer and its contact; another department’s are absent', async () => {
    const hits = await search(staff, '星辰');
    expect(ids(hits.customers)).toEqual([own.id]);
    expect(hits.customers[0].number).toBe(own.number);
    expect(ids(hits.contacts)).toEqual([ownContact]);
    const all = await search(admin, '星辰');
    expect(ids(all.customers)).toEqual([own.id, other.id].sort());
    expect(all.contacts).toHaveLength(2);
  });

  it('finds by number prefix and by a former name', async () => {
    expect(ids((await search(staff, own.number)).customers)).toEqual([own.id]);
    expect((await search(staff, other.number)).customers).toEqual([]);
    const renamed = await customer(staff, { name: '旧名曙光贸易' });
    const res = await s.gql(
      `mutation($id: ID!) { renameCustomer(id: $id, newName: "新名晨曦贸易", reason: "工商变更") { id } }`,
      { id: renamed.id },
      { token: admin },
    );
    expect(res.errors).toBeUndefined();
    const hits = await search(staff, '曙光');
    expect(hits.customers.map((c) => [c.id, c.name])).toEqual([[renamed.id, '新名晨曦贸易']]);
  });

  it('searches phones only where the caller sees them in clear (a masked phone is not searchable)', async () => {
    expect((await search(staff, '021-5555')).customers).toEqual([]);
    const seen = await search(seer, '021-5555');
    expect(ids(seen.customers)).toEqual([own.id]);
    expect(seen.customers[0].phone).toBe('021-5555-0001');
    expect(ids((await search(admin, '021-5555')).customers)).toEqual([own.id, other.id].sort());
  });

  it('respects the limit per group and refuses limits and queries out of bounds', async () => {
    for (let i = 0; i < 4; i++) await customer(admin, { name: `限额客户${i}` });
    expect((await search(admin, '限额客户', 2)).customers).toHaveLength(2);
    expect((await search(admin, '限额客户')).customers).toHaveLength(4);
    for (const l of [0, 21]) {
      const res = await s.gql(SEARCH, { q: '限额', l }, { token: admin });
      expect(errorCode(res)).toBe('BAD_USER_INPUT');
      expect(res.errors![0].extensions.field).toBe('limit');
    }
    const long = await s.gql(SEARCH, { q: 'x'.repeat(101) }, { token: admin });
    expect(errorCode(long)).toBe('BAD_USER_INPUT');
    expect(long.errors![0].extensions.field).toBe('query');
    expect(await search(admin, '   ')).toEqual({ customers: [], contacts: [] });
    expect(errorCode(await s.gql(SEARCH, { q: '星辰' }))).toBe('UNAUTHENTICATED');
  });
});

describe('saved views', () => {
  let alice: string;
  let bob: string;
  const LIST = `{ savedViews(resource: CUSTOMERS) { id name state isDefault version } }`;
  const CREATE_VIEW = `mutation($v: CreateSavedViewInput!) { createOneSavedView(input: { savedView: $v }) { id name state isDefault version resource } }`;
  const UPDATE_VIEW = `mutation($i: UpdateOneSavedViewInput!) { updateOneSavedView(input: $i) { id name state isDefault version } }`;
  const DELETE_VIEW = `mutation($id: ID!) { deleteOneSavedView(input: { id: $id }) { id name } }`;
  const state = { search: '?filters[0][field]=kind&q=星辰', columns: ['number', 'name'] };

  beforeAll(async () => {
    const role = await createRole(s, admin, '视图-views', ['customer.create'], 'SELF');
    await createUser(s, admin, 'views.alice', [role]);
    await createUser(s, admin, 'views.bob', [role]);
    alice = await s.login('views.alice', 'Passw0rd!');
    bob = await s.login('views.bob', 'Passw0rd!');
  });

  const create = async (token: string, v: Record<string, unknown>) =>
    s.gql(CREATE_VIEW, { v: { resource: 'CUSTOMERS', state, ...v } }, { token });

  it('creates, lists, renames, makes default and deletes the caller’s own views', async () => {
    const a = (await create(alice, { name: '我的重点客户' })).data.createOneSavedView;
    expect(a).toMatchObject({
      name: '我的重点客户',
      state,
      isDefault: false,
      resource: 'CUSTOMERS',
    });
    const b = (await create(alice, { name: '本月', isDefault: true })).data.createOneSavedView;
    expect(b.isDefault).toBe(true);
    let list = (await s.gql(LIST, {}, { token: alice })).data.savedViews;
    expect(list.map((v: { name: string }) => v.name)).toEqual(['本月', '我的重点客户']);

    const renamed = await s.gql(
      UPDATE_VIEW,
      { i: { id: a.id, version: a.version, update: { name: '重点', isDefault: true } } },
      { token: alice },
    );
    expect(renamed.errors).toBeUndefined();
    expect(renamed.data.updateOneSavedView).toMatchObject({ name: '重点', isDefault: true });
    list = (await s.gql(LIST, {}, { token: alice })).data.savedViews;
    // One default per user and list.
    expect(list.filter((v: { isDefault: boolean }) => v.isDefault).map((v: any) => v.id)).toEqual([
      a.id,
    ]);

    const stale = await s.gql(
      UPDATE_VIEW,
      { i: { id: a.id, version: a.version, update: { name: '又改' } } },
      { token: alice },
    );
    expect(errorCode(stale)).toBe('CONFLICT');

    const deleted = await s.gql(DELETE_VIEW, { id: b.id }, { token: alice });
    expect(deleted.data.deleteOneSavedView).toMatchObject({ id: b.id, name: '本月' });
    list = (await s.gql(LIST, {}, { token: alice })).data.savedViews;
    expect(list.map((v: { id: string }) => v.id)).toEqual([a.id]);
  });

  it('never shows or touches another user’s views: their ids are not found', async () => {
    const v = (await create(alice, { name: '仅自己' })).data.createOneSavedView;
    expect((await s.gql(LIST, {}, { token: bob })).data.savedViews).toEqual([]);
    const update = await s.gql(
      UPDATE_VIEW,
      { i: { id: v.id, version: 999, update: { name: 'x'.repeat(500) } } },
      { token: bob },
    );
    // Access before version before input.
    expect(errorCode(update)).toBe('NOT_FOUND');
    const missing = await s.gql(
      UPDATE_VIEW,
      { i: { id: '999999', version: 999, update: { name: 'x' } } },
      { token: bob },
    );
    expect(missing.errors![0].message).toBe(update.errors![0].message);
    expect(errorCode(await s.gql(DELETE_VIEW, { id: v.id }, { token: bob }))).toBe('NOT_FOUND');
    // Bob may use the same name for his own view.
    expect((await create(bob, { name: '仅自己' })).errors).toBeUndefined();
    const still = (await s.gql(LIST, {}, { token: alice })).data.savedViews;
    expect(still.find((x: { id: string }) => x.id === v.id).name).toBe('仅自己');
  });

  it('refuses a taken name, an empty name, a state that is not an object or too large', async () => {
    await create(alice, { name: '重名' });
    const dup = await create(alice, { name: '重名' });
    expect(errorCode(dup)).toBe('BAD_USER_INPUT');
    expect(dup.errors![0].extensions.field).toBe('savedView.name');
    expect(errorCode(await create(alice, { name: '  ' }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await create(alice, { name: '数组', state: [1, 2] }))).toBe('BAD_USER_INPUT');
    const big = await create(alice, { name: '过大', state: { search: 'x'.repeat(8001) } });
    expect(errorCode(big)).toBe('BAD_USER_INPUT');
    expect(big.errors![0].extensions.field).toBe('savedView.state');
    const long = await create(alice, { name: '名'.repeat(101) });
    expect(errorCode(long)).toBe('BAD_USER_INPUT');
    expect(errorCode(await s.gql(LIST))).toBe('UNAUTHENTICATED');
  });
});
