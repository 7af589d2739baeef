// Duplicate detection (issue 16, server part): match keys for names and phones, the
// customerDuplicates check over the whole archive (hidden matches without details, sensitive
// hidden matches on the unique-probe limit) and the admins' duplicateGroups report.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRole, createUser } from '../helpers/fixtures';
import { errorCode, startTestServer, table, type TestServer } from '../helpers/test-server';

let s: TestServer;
let admin: string;
let staffA: string;
let staffB: string;
let staffC: string;
let reader: string;
let merger: string;

const CREATE = `mutation($c: CreateCustomerInput!) { createOneCustomer(input: { customer: $c }) { id version } }`;
const CHECK = `query($i: DuplicateCheckInput!) { customerDuplicates(input: $i) { hidden score reasons customer { id name mobile } } }`;
const GROUPS = `query($k: DuplicateReason!, $p: OffsetPaging) { duplicateGroups(kind: $k, paging: $p) { totalCount nodes { reason size customers { id name } } } }`;

async function ok(token: string, query: string, variables: Record<string, unknown> = {}) {
  const res = await s.gql(query, variables, { token });
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data;
}
async function create(token: string, c: Record<string, unknown>) {
  return (await ok(token, CREATE, { c: { kind: 'ENTERPRISE', ...c } })).createOneCustomer as {
    id: string;
    version: number;
  };
}
type Candidate = {
  hidden: boolean;
  score: number;
  reasons: string[];
  customer: { id: string; name: string; mobile: string | null } | null;
};
async function check(token: string, i: Record<string, unknown>): Promise<Candidate[]> {
  return (await ok(token, CHECK, { i })).customerDuplicates;
}
const ids = (candidates: Candidate[]) => candidates.map((c) => c.customer?.id);

beforeAll(async () => {
  s = await startTestServer();
  admin = await s.login();
  const staff = await createRole(
    s,
    admin,
    '业务员-dup',
    ['customer.read', 'customer.create', 'customer.update', 'access.request'],
    'SELF',
  );
  const readOnly = await createRole(s, admin, '只读-dup', ['customer.read'], 'ALL');
  const merge = await createRole(
    s,
    admin,
    '查重-dup',
    ['customer.read', 'customer.create', 'customer.merge'],
    'SELF',
  );
  for (const name of ['dup.a', 'dup.b', 'dup.c']) await createUser(s, admin, name, [staff]);
  await createUser(s, admin, 'dup.reader', [readOnly]);
  await createUser(s, admin, 'dup.merger', [merge]);
  staffA = await s.login('dup.a', 'Passw0rd!');
  staffB = await s.login('dup.b', 'Passw0rd!');
  staffC = await s.login('dup.c', 'Passw0rd!');
  reader = await s.login('dup.reader', 'Passw0rd!');
  merger = await s.login('dup.merger', 'Passw0rd!');
});
afterAll(() => s?.close());

describe('customerDuplicates', () => {
  it('finds name variants: legal forms, full-width characters, (中国), brackets and spaces', async () => {
    const star = await create(admin, { name: '北京星辰科技有限公司' });
    const abc = await create(admin, { name: 'ABC贸易股份有限公司' });
    for (const name of [
      '北京星辰科技有限责任公司',
      '北京 星辰科技（中国）有限公司',
      '北京星辰科技集团',
      '【北京星辰科技】分公司',
    ]) {
      const found = await check(admin, { kind: 'ENTERPRISE', name });
      expect(found, name).toEqual([
        {
          hidden: false,
          score: 0.8,
          reasons: ['NAME'],
          customer: { id: star.id, name: '北京星辰科技有限公司', mobile: null },
        },
      ]);
    }
    expect(ids(await check(admin, { name: 'ＡＢＣ贸易集团' }))).toEqual([abc.id]);
    // Another kind, another name or only a legal form: nothing.
    expect(await check(admin, { kind: 'INDIVIDUAL', name: '北京星辰科技' })).toEqual([]);
    expect(await check(admin, { name: '北京星光科技有限公司' })).toEqual([]);
    expect(await check(admin, { name: '有限公司' })).toEqual([]);
    // The record being edited is not its own duplicate.
    expect(await check(admin, { name: '北京星辰科技', excludeId: star.id })).toEqual([]);
  });

  it('matches phones by digits (+86, punctuation) and codes exactly, scored by reason', async () => {
    const phone = await create(admin, { name: '电话测试甲', phone: '+86 138-0013-8000' });
    const coded = await create(admin, { name: '信用代码测试', creditCode: '91350100M000100Y43' });
    const found = await check(admin, { mobile: '13800138000' });
    expect(found).toEqual([
      {
        hidden: false,
        score: 0.9,
        reasons: ['PHONE'],
        customer: { id: phone.id, name: '电话测试甲', mobile: null },
      },
    ]);
    expect(ids(await check(admin, { phone: '0086 13800138000' }))).toEqual([phone.id]);
    const both = await check(admin, {
      name: '电话测试甲',
      creditCode: '91350100m000100y43',
      phone: '138 0013 8000',
    });
    expect(both.map((c) => [c.customer?.id, c.score, c.reasons])).toEqual([
      [coded.id, 1, ['CREDIT_CODE']],
      [phone.id, 0.9, ['PHONE', 'NAME']],
    ]);
  });

  it('matches ID numbers and skips soft-deleted customers', async () => {
    const person = await create(admin, {
      kind: 'INDIVIDUAL',
      name: '证件测试人',
      idNumber: '110105198501184338',
    });
    const found = await check(admin, { kind: 'INDIVIDUAL', idNumber: '110105198501184338' });
    expect(found.map((c) => [c.customer?.id, c.score, c.reasons])).toEqual([
      [person.id, 1, ['ID_NUMBER']],
    ]);
    const gone = await create(admin, { name: '已删除重复有限公司' });
    expect(ids(await check(admin, { name: '已删除重复' }))).toEqual([gone.id]);
    await ok(admin, `mutation($id: ID!) { deleteOneCustomer(input: { id: $id }) { id } }`, {
      id: gone.id,
    });
    expect(await check(admin, { name: '已删除重复' })).toEqual([]);
  });

  it('reports a hidden duplicate without details, identical for any hidden record', async () => {
    const first = await create(staffA, { name: '秘密客户有限公司', mobile: '13900139000' });
    await create(staffA, { name: '隐秘工厂有限公司', mobile: '13700137000' });
    // The owner reads it.
    const own = await check(staffA, { name: '秘密客户' });
    expect(own[0].customer?.id).toBe(first.id);
    expect(own[0].hidden).toBe(false);
    // Someone else only learns that a record exists, and why it matched.
    const byName = await s.gql(CHECK, { i: { name: '秘密客户' } }, { token: staffB });
    expect(byName.errors).toBeUndefined();
    expect(byName.data.customerDuplicates).toEqual([
      { hidden: true, score: 0.8, reasons: ['NAME'], customer: null },
    ]);
    const one = await s.gql(CHECK, { i: { mobile: '13900139000' } }, { token: staffB });
    const other = await s.gql(CHECK, { i: { mobile: '13700137000' } }, { token: staffB });
    expect(one.data).toEqual(other.data);
    expect(one.data.customerDuplicates).toEqual([
      { hidden: true, score: 0.9, reasons: ['PHONE'], customer: null },
    ]);
    // Leaving out a hidden record (to see which one matched) is refused like a missing id.
    const excluded = await s.gql(
      CHECK,
      { i: { name: '秘密客户', excludeId: first.id } },
      { token: staffB },
    );
    const missing = await s.gql(
      CHECK,
      { i: { name: '秘密客户', excludeId: '999999' } },
      { token: staffB },
    );
    expect(errorCode(excluded)).toBe('NOT_FOUND');
    expect(excluded.errors![0].message).toBe(missing.errors![0].message);
    for (const answer of [byName, one])
      expect(JSON.stringify(answer.data)).not.toMatch(new RegExp(`${first.id}|秘密客户有限`));
    // Sensitive hidden matches are audited (never the value); a hidden name match is not.
    const probes = await s.sql(
      `SELECT diff FROM ${table('audit_log')} WHERE action = 'customer.duplicateProbe' ORDER BY id`,
    );
    expect(probes).toHaveLength(2);
    const diff = typeof probes[0].diff === 'string' ? JSON.parse(probes[0].diff) : probes[0].diff;
    expect(diff).toEqual({ reasons: ['PHONE'] });
    expect(JSON.stringify(probes)).not.toContain('13900139000');
  });

  it('counts hidden sensitive matches on the unique-probe limit, then answers RATE_LIMITED', async () => {
    await create(staffA, { name: '限流测试甲', mobile: '13500135000' });
    for (let i = 0; i < 5; i++)
      expect((await check(staffC, { mobile: '13500135000' }))[0].hidden).toBe(true);
    const limited = await s.gql(CHECK, { i: { mobile: '13500135000' } }, { token: staffC });
    expect(errorCode(limited)).toBe('RATE_LIMITED');
    expect(limited.errors![0].extensions.retryAfterSeconds).toBeGreaterThan(0);
    // A free number gets the same answer (no oracle); checks without sensitive values go on.
    const free = await s.gql(CHECK, { i: { mobile: '13511112222' } }, { token: staffC });
    expect(errorCode(free)).toBe('RATE_LIMITED');
    const idNumber = await s.gql(
      CHECK,
      { i: { idNumber: '110105198501057777' } },
      { token: staffC },
    );
    expect(errorCode(idNumber)).toBe('RATE_LIMITED');
    expect((await check(staffC, { name: '限流测试甲' }))[0].hidden).toBe(true);
    // Readable matches never count: the owner is not limited.
    for (let i = 0; i < 6; i++)
      expect((await check(staffA, { mobile: '13500135000' }))[0].hidden).toBe(false);
  });

  it('keys follow a rename and a card update (former names still match)', async () => {
    const c = await create(admin, { name: '旧名称商贸有限公司', phone: '010-66668888' });
    await ok(
      admin,
      `mutation($id: ID!) { renameCustomer(id: $id, newName: "新名称商贸有限公司", reason: "工商变更") { id } }`,
      { id: c.id },
    );
    expect(ids(await check(admin, { name: '旧名称商贸' }))).toEqual([c.id]);
    expect(ids(await check(admin, { name: '新名称商贸' }))).toEqual([c.id]);
    const { customer } = await ok(admin, `query($id: ID!) { customer(id: $id) { version } }`, {
      id: c.id,
    });
    await ok(
      admin,
      `mutation($id: ID!, $v: Int!, $u: UpdateCustomerInput!) { updateOneCustomer(input: { id: $id, version: $v, update: $u, reason: "更正" }) { id } }`,
      {
        id: c.id,
        v: customer.version,
        u: { name: '第三名称商贸有限公司', phone: '021-55557777', mobile: '13600136000' },
      },
    );
    for (const name of ['旧名称商贸', '新名称商贸', '第三名称商贸(中国)'])
      expect(ids(await check(admin, { name })), name).toEqual([c.id]);
    expect(ids(await check(admin, { phone: '02155557777' }))).toEqual([c.id]);
    expect(ids(await check(admin, { mobile: '+86 136 0013 6000' }))).toEqual([c.id]);
    expect(await check(admin, { phone: '010-66668888' })).toEqual([]);
  });

  it('keys follow an approved change request (a protected name change by staff)', async () => {
    const c = await create(staffA, { name: '申请前名称有限公司' });
    const res = await ok(
      staffA,
      `mutation($id: ID!) { renameCustomer(id: $id, newName: "申请后名称有限公司", reason: "工商变更") { submittedChangeRequest { id } } }`,
      { id: c.id },
    );
    const requestId = res.renameCustomer.submittedChangeRequest.id;
    // Not applied yet: only the current name matches.
    expect(await check(admin, { name: '申请后名称' })).toEqual([]);
    await ok(admin, `mutation($id: ID!) { applyChangeRequest(id: $id) { status } }`, {
      id: requestId,
    });
    expect(ids(await check(admin, { name: '申请后名称' }))).toEqual([c.id]);
    expect(ids(await check(admin, { name: '申请前名称' }))).toEqual([c.id]);
  });

  it('backfills keys of existing customers when the migration runs again', async () => {
    const c = await create(admin, { name: '回填测试有限公司', phone: '0755-12345678' });
    await ok(
      admin,
      `mutation($id: ID!) { renameCustomer(id: $id, newName: "回填新名有限公司", reason: null) { id } }`,
      { id: c.id },
    );
    // Undo the migration (its down drops the table) and let the server run it again.
    await s.sql('DROP TABLE customer_match_key');
    await s.sql(`DELETE FROM migrations WHERE name = 'CustomerMatchKeys1768000000000'`);
    await s.restart();
    admin = await s.login();
    for (const i of [{ name: '回填测试' }, { name: '回填新名' }, { phone: '075512345678' }])
      expect(ids(await check(admin, i)), JSON.stringify(i)).toEqual([c.id]);
    expect(ids(await check(admin, { name: '北京星辰科技' }))).toHaveLength(1);
  });

  it('needs customer.create or customer.update, and checks input', async () => {
    expect(errorCode(await s.gql(CHECK, { i: { name: '北京星辰科技' } }, { token: reader }))).toBe(
      'FORBIDDEN',
    );
    expect(errorCode(await s.gql(CHECK, { i: { name: '北京星辰科技' } }))).toBe('UNAUTHENTICATED');
    // customer.create alone is enough.
    expect(await check(merger, { name: '无此名称' })).toEqual([]);
    const badId = await s.gql(CHECK, { i: { name: 'x', excludeId: '007' } }, { token: admin });
    expect(errorCode(badId)).toBe('BAD_USER_INPUT');
    expect(badId.errors![0].extensions.field).toBe('input.excludeId');
    const long = await s.gql(CHECK, { i: { name: '长'.repeat(201) } }, { token: admin });
    expect(errorCode(long)).toBe('BAD_USER_INPUT');
    expect(long.errors![0].extensions.field).toBe('input.name');
  });
});

describe('duplicateGroups', () => {
  it('groups customers sharing a key, over readable members only', async () => {
    const mine1 = await create(merger, { name: 'ＸＹ物流有限公司' });
    const mine2 = await create(merger, { name: 'XY物流(中国)有限公司' });
    const adminXy = await create(admin, { name: 'XY物流集团' });
    await create(admin, { name: '甲乙丙有限公司' });
    await create(merger, { name: '甲乙丙集团' });

    const mine = (await ok(merger, GROUPS, { k: 'NAME' })).duplicateGroups;
    expect(mine).toEqual({
      totalCount: 1,
      nodes: [
        {
          reason: 'NAME',
          size: 2,
          customers: [
            { id: mine1.id, name: 'ＸＹ物流有限公司' },
            { id: mine2.id, name: 'XY物流(中国)有限公司' },
          ],
        },
      ],
    });
    const all = (await ok(admin, GROUPS, { k: 'NAME' })).duplicateGroups;
    const xy = all.nodes.find((g: any) => g.customers.some((c: any) => c.id === adminXy.id));
    expect(xy.size).toBe(3);
    expect(
      all.nodes.some((g: any) => g.customers.some((c: any) => c.name === '甲乙丙有限公司')),
    ).toBe(true);
    expect(all.totalCount).toBe(all.nodes.length);
    expect(all.totalCount).toBeGreaterThanOrEqual(2);
    // Largest groups first; paging keeps the total.
    const paged = (await ok(admin, GROUPS, { k: 'NAME', p: { limit: 1, offset: 0 } }))
      .duplicateGroups;
    expect(paged.totalCount).toBe(all.totalCount);
    expect(paged.nodes).toEqual([all.nodes[0]]);
    expect(paged.nodes[0].size).toBe(3);
  });

  it('groups phones and codes too', async () => {
    const phones = (await ok(admin, GROUPS, { k: 'PHONE' })).duplicateGroups;
    expect(phones.nodes.length).toBe(phones.totalCount);
    for (const k of ['CREDIT_CODE', 'ID_NUMBER'])
      expect((await ok(admin, GROUPS, { k })).duplicateGroups).toEqual({
        totalCount: 0,
        nodes: [],
      });
    await create(admin, { name: '同号甲', mobile: '13300133000' });
    await create(admin, { name: '同号乙', phone: '+86 133 0013 3000' });
    const after = (await ok(admin, GROUPS, { k: 'PHONE' })).duplicateGroups;
    expect(after.totalCount).toBe(phones.totalCount + 1);
    expect(
      after.nodes.some((g: any) => g.customers.map((c: any) => c.name).join() === '同号甲,同号乙'),
    ).toBe(true);
  });

  it('needs customer.merge', async () => {
    expect(errorCode(await s.gql(GROUPS, { k: 'NAME' }, { token: staffA }))).toBe('FORBIDDEN');
    expect(errorCode(await s.gql(GROUPS, { k: 'NAME' }, { token: reader }))).toBe('FORBIDDEN');
    const roles = (await ok(admin, `{ roles { nodes { name permissions } } }`)).roles.nodes;
    expect(roles.find((r: any) => r.name === '系统管理员').permissions).toContain('customer.merge');
  });
});
