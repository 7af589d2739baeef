import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRole, createUser } from '../helpers/fixtures';
import { startTestServer, type TestServer } from '../helpers/test-server';

let s: TestServer;
let admin: string;
let alice: string;
beforeAll(async () => {
  s = await startTestServer();
  admin = await s.login();
  const role = await createRole(
    s,
    admin,
    '概览专员',
    ['customer.create', 'customer.update', 'customer.delete'],
    'SELF',
  );
  await createUser(s, admin, 'ov_alice', [role]);
  alice = await s.login('ov_alice', 'Passw0rd!');
});
afterAll(() => s?.close());

const CREATE = `mutation($c: CreateCustomerInput!) { createOneCustomer(input: { customer: $c }) { id } }`;
const BUCKET = `code labelZh labelEn label color count`;
const OVERVIEW = `{ customerOverview {
  totals { customers contacts followupsLast30Days }
  byKind { ${BUCKET} } byStatus { ${BUCKET} } byGrade { ${BUCKET} } byCategory { ${BUCKET} }
  byRegion { ${BUCKET} groupCode groupLabelZh groupLabelEn groupLabel } byRegionGroup { ${BUCKET} }
} }`;

async function create(token: string, customer: Record<string, unknown>): Promise<string> {
  const res = await s.gql(CREATE, { c: customer }, { token });
  if (!res.data?.createOneCustomer) throw new Error(JSON.stringify(res.errors));
  return res.data.createOneCustomer.id;
}

/** `{ code: count }` of a bucket list, for exact comparisons. */
function counts(buckets: { code: string | null; count: number }[]): Record<string, number> {
  return Object.fromEntries(buckets.map((b) => [b.code ?? '(none)', b.count]));
}

describe('customer overview', () => {
  beforeAll(async () => {
    // Alice (SELF scope) owns three; admin owns four more, one of them deleted.
    const a1 = await create(alice, {
      kind: 'ENTERPRISE',
      name: '概览甲',
      grade: 'A',
      category: 'current_agent',
      region: 'shanghai',
    });
    await create(alice, { kind: 'ENTERPRISE', name: '概览乙', grade: 'A', region: 'jiangsu' });
    await create(alice, {
      kind: 'INDIVIDUAL',
      name: '概览丙',
      grade: 'B',
      category: 'current_individual',
    });
    const b1 = await create(admin, {
      kind: 'ENTERPRISE',
      name: '概览丁',
      grade: 'C',
      category: 'current_agent',
      region: 'guangdong',
    });
    await create(admin, { kind: 'ENTERPRISE', name: '概览戊', region: 'zhejiang' });
    await create(admin, { kind: 'INDIVIDUAL', name: '概览己', grade: 'A' });
    const gone = await create(admin, {
      kind: 'ENTERPRISE',
      name: '概览已删',
      grade: 'D',
      region: 'beijing',
    });
    await s.gql(
      `mutation($id: ID!) { deleteOneCustomer(input: { id: $id }) { id } }`,
      { id: gone },
      { token: admin },
    );
    await s.gql(
      `mutation($id: ID!) { setCustomerStatus(id: $id, status: DORMANT) { id } }`,
      { id: b1 },
      { token: admin },
    );

    const contact = `mutation($c: CreateContactInput!) { createOneContact(input: { contact: $c }) { id } }`;
    await s.gql(contact, { c: { customerId: a1, name: '联系人甲' } }, { token: alice });
    await s.gql(contact, { c: { customerId: b1, name: '联系人乙' } }, { token: admin });
    const followup = `mutation($f: CreateFollowupInput!) { createOneFollowup(input: { followup: $f }) { id } }`;
    await s.gql(followup, { f: { customerId: a1, content: '最近拜访' } }, { token: alice });
    await s.gql(
      followup,
      {
        f: {
          customerId: a1,
          content: '很久以前',
          happenedAt: new Date(Date.now() - 60 * 86_400_000).toISOString(),
        },
      },
      { token: alice },
    );
    await s.gql(followup, { f: { customerId: b1, content: '管理员拜访' } }, { token: admin });
  });

  it('counts every live customer for an ALL-scope admin', async () => {
    const res = await s.gql(OVERVIEW, {}, { token: admin, lang: 'zh-CN' });
    expect(res.errors).toBeUndefined();
    const o = res.data.customerOverview;
    expect(o.totals).toEqual({ customers: 6, contacts: 2, followupsLast30Days: 2 });
    expect(counts(o.byKind)).toEqual({ ENTERPRISE: 4, INDIVIDUAL: 2 });
    expect(counts(o.byStatus)).toEqual({ ACTIVE: 5, DORMANT: 1 });
    expect(counts(o.byGrade)).toEqual({ A: 3, B: 1, C: 1, '(none)': 1 });
    expect(counts(o.byCategory)).toEqual({ current_agent: 2, current_individual: 1, '(none)': 3 });
    expect(counts(o.byRegion)).toEqual({
      shanghai: 1,
      jiangsu: 1,
      zhejiang: 1,
      guangdong: 1,
      '(none)': 2,
    });
    expect(counts(o.byRegionGroup)).toEqual({ east_china: 3, south_china: 1, '(none)': 2 });
    // Items come with both labels, the caller's language and the grade colour.
    expect(o.byGrade[0]).toEqual({
      code: 'A',
      labelZh: 'A级客户',
      labelEn: 'Grade A',
      label: 'A级客户',
      color: '#f5222d',
      count: 3,
    });
    expect(o.byRegion.find((b: { code: string }) => b.code === 'shanghai')).toMatchObject({
      label: '上海',
      groupCode: 'east_china',
      groupLabelZh: '华东',
      groupLabelEn: 'East China',
      groupLabel: '华东',
    });
    expect(o.byRegionGroup[0]).toMatchObject({ code: 'east_china', label: '华东', count: 3 });
    expect(o.byKind.find((b: { code: string }) => b.code === 'ENTERPRISE')).toMatchObject({
      labelZh: '企业客户',
      labelEn: 'Enterprise',
    });
    expect(o.byStatus.map((b: { code: string }) => b.code)).toEqual(['ACTIVE', 'DORMANT']);
  });

  it('counts only the customers a SELF user can read, with labels in their language', async () => {
    const res = await s.gql(OVERVIEW, {}, { token: alice, lang: 'en' });
    expect(res.errors).toBeUndefined();
    const o = res.data.customerOverview;
    expect(o.totals).toEqual({ customers: 3, contacts: 1, followupsLast30Days: 1 });
    expect(counts(o.byKind)).toEqual({ ENTERPRISE: 2, INDIVIDUAL: 1 });
    expect(counts(o.byStatus)).toEqual({ ACTIVE: 3 });
    expect(counts(o.byGrade)).toEqual({ A: 2, B: 1 });
    expect(counts(o.byCategory)).toEqual({ current_agent: 1, current_individual: 1, '(none)': 1 });
    expect(counts(o.byRegionGroup)).toEqual({ east_china: 2, '(none)': 1 });
    expect(o.byRegionGroup[0].label).toBe('East China');
    expect(o.byRegion.find((b: { code: string }) => b.code === 'jiangsu')).toMatchObject({
      label: 'Jiangsu',
      groupLabel: 'East China',
    });
    expect(o.byRegion.at(-1)).toMatchObject({ code: null, label: 'Not set', count: 1 });
  });

  it('sees a team customer once it is shared, and needs a signed-in caller', async () => {
    const aliceId = (await s.gql(`{ me { id } }`, {}, { token: alice })).data.me.id;
    const shared = await create(admin, {
      kind: 'ENTERPRISE',
      name: '概览共享',
      grade: 'D',
      region: 'fujian',
    });
    await s.gql(
      `mutation($c: ID!, $u: ID!) { setCustomerMember(customerId: $c, userId: $u, level: READ) { level } }`,
      { c: shared, u: aliceId },
      { token: admin },
    );
    const o = (await s.gql(OVERVIEW, {}, { token: alice })).data.customerOverview;
    expect(o.totals.customers).toBe(4);
    expect(counts(o.byGrade)).toEqual({ A: 2, B: 1, D: 1 });
    expect(counts(o.byRegionGroup)).toEqual({ east_china: 3, '(none)': 1 });
    const anonymous = await s.gql(OVERVIEW);
    expect(anonymous.errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
  });
});
