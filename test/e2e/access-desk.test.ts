// The access desk: whom a manager may grant to (`grantees`, inside the reach of access.grant, and
// the same rule enforced by grantCustomerAccess), and audit entries labelled with their customer's
// number and name only where the viewer may read that customer.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRole, createUser } from '../helpers/fixtures';
import {
  errorCode,
  startTestServer,
  type GqlResult,
  type TestServer,
} from '../helpers/test-server';

let s: TestServer;
let admin: string;
const ids: Record<string, string> = {};
const token: Record<string, string> = {};

const GRANTEES = `query($s: String!, $k: GranteeKind, $p: OffsetPaging) {
  grantees(search: $s, kind: $k, paging: $p) { hasMore nodes { kind id name username departmentName } }
}`;
const GRANT = `mutation($i: GrantCustomerAccessInput!) { grantCustomerAccess(input: $i) { id } }`;
const CREATE = `mutation($c: CreateCustomerInput!) { createOneCustomer(input: { customer: $c }) { id number name } }`;
const inOneHour = () => new Date(Date.now() + 3600_000).toISOString();

async function ok(who: string, query: string, variables: Record<string, unknown> = {}) {
  const res = await s.gql(query, variables, { token: token[who] ?? admin });
  if (res.errors) throw new Error(`${who}: ${JSON.stringify(res.errors)}`);
  return res.data;
}
async function department(name: string, parentId?: string) {
  return (
    await ok(
      'admin',
      `mutation($d: CreateDepartmentInput!) { createOneDepartment(input: { department: $d }) { id } }`,
      {
        d: { name, parentId },
      },
    )
  ).createOneDepartment.id as string;
}
async function user(name: string, roleIds: string[], departmentId: string) {
  ids[name] = await createUser(s, admin, `desk.${name}`, roleIds, { departmentId });
  token[name] = await s.login(`desk.${name}`, 'Passw0rd!');
}
async function grantees(who: string, search = '', kind?: string, paging?: object) {
  return (await ok(who, GRANTEES, { s: search, k: kind ?? null, p: paging ?? null })).grantees as {
    hasMore: boolean;
    nodes: { kind: string; id: string; name: string; username: string | null }[];
  };
}
const keys = (list: { kind: string; id: string }[]) => list.map((g) => `${g.kind}:${g.id}`).sort();
const grantTo = (who: string, to: Record<string, string>, customerId: string) =>
  s.gql(
    GRANT,
    {
      i: {
        customerIds: [customerId],
        ...to,
        level: 'READ',
        expiresAt: inOneHour(),
        reason: '协作',
      },
    },
    { token: token[who] },
  );
/** What a client sees of a refusal (code, field, message), with the id it echoes blanked. */
const refusal = (res: GqlResult, id: string) =>
  JSON.parse(
    JSON.stringify(
      (res.errors ?? []).map((e) => ({
        code: e.extensions.code,
        field: e.extensions.field,
        fields: e.extensions.fields,
        message: e.message,
      })),
    ).replaceAll(id, 'ID'),
  );

beforeAll(async () => {
  s = await startTestServer();
  admin = await s.login();
  const staff = await createRole(s, admin, '业务员-desk', [
    'customer.read',
    'customer.create',
    'customer.update',
    'access.request',
  ]);
  const manager = await createRole(
    s,
    admin,
    '经理-desk',
    ['customer.read', 'customer.create', 'customer.update', 'access.grant'],
    'DEPT_AND_BELOW',
  );
  const lead = await createRole(s, admin, '组长-desk', ['customer.read', 'access.grant'], 'DEPT');
  const auditor = await createRole(s, admin, '审计-desk', ['audit.view'], 'DEPT_AND_BELOW');
  ids.corp = await department('总部-desk');
  ids.sales = await department('销售部-desk', ids.corp);
  ids.east = await department('华东组-desk', ids.sales);
  ids.service = await department('客服部-desk', ids.corp);
  await user('mgr', [manager], ids.sales);
  await user('seller', [staff], ids.sales);
  await user('eastie', [staff], ids.east);
  await user('lead', [lead], ids.east);
  await user('ann', [staff], ids.service);
  await user('auditor', [auditor, staff], ids.sales);
});
afterAll(() => s?.close());

describe('grantees', () => {
  it('list a manager’s own department and below only, never the manager or their department', async () => {
    const all = await grantees('mgr', '', undefined, { limit: 50 });
    expect(keys(all.nodes)).toEqual(
      keys([
        { kind: 'USER', id: ids.seller },
        { kind: 'USER', id: ids.eastie },
        { kind: 'USER', id: ids.lead },
        { kind: 'USER', id: ids.auditor },
        { kind: 'DEPARTMENT', id: ids.east },
      ]),
    );
    expect(all.hasMore).toBe(false);
    // Search by username or display name, users or departments only, paged.
    expect(keys((await grantees('mgr', 'EASTIE')).nodes)).toEqual([`USER:${ids.eastie}`]);
    expect(keys((await grantees('mgr', '华东', 'DEPARTMENT')).nodes)).toEqual([
      `DEPARTMENT:${ids.east}`,
    ]);
    expect(
      (await grantees('mgr', '', 'DEPARTMENT')).nodes.every((g) => g.kind === 'DEPARTMENT'),
    ).toBe(true);
    const first = await grantees('mgr', 'desk.', 'USER', { limit: 2 });
    const second = await grantees('mgr', 'desk.', 'USER', { limit: 2, offset: 2 });
    expect(first.hasMore).toBe(true);
    expect(first.nodes).toHaveLength(2);
    expect(second.hasMore).toBe(false);
    expect(new Set([...keys(first.nodes), ...keys(second.nodes)]).size).toBe(4);
    // LIKE wildcards are searched literally.
    expect((await grantees('mgr', '%')).nodes).toEqual([]);
  });

  it('reach one department with DEPT scope, everyone with ALL, and nobody without access.grant', async () => {
    expect(keys((await grantees('lead')).nodes)).toEqual([`USER:${ids.eastie}`]);
    const everyone = keys((await grantees('admin', 'desk', undefined, { limit: 200 })).nodes);
    expect(everyone).toEqual(
      expect.arrayContaining([`USER:${ids.ann}`, `DEPARTMENT:${ids.service}`, `USER:${ids.mgr}`]),
    );
    expect(errorCode(await s.gql(GRANTEES, { s: '' }, { token: token.seller }))).toBe('FORBIDDEN');
  });

  it('are the only ones a grant may reach: outside the scope is refused as a missing id', async () => {
    const customer = (await ok('seller', CREATE, { c: { kind: 'ENTERPRISE', name: '授权台客户' } }))
      .createOneCustomer.id as string;
    const before = Number((await s.sql(`SELECT COUNT(*) AS n FROM customer_grant`))[0].n);
    const outside = await grantTo('mgr', { toUserId: ids.ann }, customer);
    const missing = await grantTo('mgr', { toUserId: '987654' }, customer);
    expect(errorCode(outside)).toBe('BAD_USER_INPUT');
    expect(refusal(outside, ids.ann)).toEqual(refusal(missing, '987654'));
    const outsideDept = await grantTo('mgr', { toDepartmentId: ids.service }, customer);
    const missingDept = await grantTo('mgr', { toDepartmentId: '987654' }, customer);
    expect(errorCode(outsideDept)).toBe('BAD_USER_INPUT');
    expect(refusal(outsideDept, ids.service)).toEqual(refusal(missingDept, '987654'));
    expect(Number((await s.sql(`SELECT COUNT(*) AS n FROM customer_grant`))[0].n)).toBe(before);
    // A non-head user found by search, and a department below.
    expect((await grantTo('mgr', { toUserId: ids.eastie }, customer)).errors).toBeUndefined();
    expect((await grantTo('mgr', { toDepartmentId: ids.east }, customer)).errors).toBeUndefined();
  });
});

describe('grants of read-only granters', () => {
  it('share reading with someone in reach, never editing', async () => {
    // lead (DEPT, customer.read + access.grant) owns a customer it may only read.
    const own = (
      await ok('admin', CREATE, { c: { kind: 'ENTERPRISE', name: '组长客户', ownerId: ids.lead } })
    ).createOneCustomer.id as string;
    const edit = await s.gql(
      GRANT,
      {
        i: {
          customerIds: [own],
          toUserId: ids.eastie,
          level: 'EDIT',
          expiresAt: inOneHour(),
          reason: '协作',
        },
      },
      { token: token.lead },
    );
    expect(errorCode(edit)).toBe('FORBIDDEN');
    expect((await grantTo('lead', { toUserId: ids.eastie }, own)).errors).toBeUndefined();
    expect(errorCode(await grantTo('lead', { toUserId: ids.seller }, own))).toBe('BAD_USER_INPUT');
  });
});

describe('access requests on the Access tab', () => {
  it('say who may decide them (canDecide), as approve and reject do', async () => {
    await ok(
      'admin',
      `mutation($i: UpdateOneDepartmentInput!) { updateOneDepartment(input: $i) { id } }`,
      { i: { id: ids.sales, update: { managerId: ids.mgr } } },
    );
    const customer = (await ok('seller', CREATE, { c: { kind: 'ENTERPRISE', name: '申请客户' } }))
      .createOneCustomer.id as string;
    const asked = await ok(
      'ann',
      `mutation($i: RequestCustomerAccessInput!) { requestCustomerAccess(input: $i) { id approver { id } } }`,
      { i: { customerIds: [customer], level: 'READ', until: inOneHour(), reason: '对账' } },
    );
    const request = asked.requestCustomerAccess[0];
    expect(request.approver.id).toBe(ids.mgr);
    const canDecide = async (who: string) =>
      (
        await ok(
          who,
          `query($c: ID!) { accessRequests(filter: { customerId: $c }) { nodes { id canDecide } } }`,
          { c: customer },
        )
      ).accessRequests.nodes.find((r: { id: string }) => r.id === request.id)?.canDecide;
    expect(await canDecide('mgr')).toBe(true);
    expect(await canDecide('admin')).toBe(true);
    expect(await canDecide('ann')).toBe(false);
    await ok('mgr', `mutation($id: ID!) { approveAccessRequest(id: $id) { id } }`, {
      id: request.id,
    });
    expect(await canDecide('mgr')).toBe(false);
  });
});

describe('audit customer labels', () => {
  type Entry = {
    action: string;
    entity: string | null;
    entityId: string | null;
    customerId: string | null;
    customer: { id: string; number: string | null; name: string } | null;
    diff: Record<string, unknown> | null;
  };
  const c: Record<string, { id: string; number: string | null; name: string }> = {};
  beforeAll(async () => {
    // readable: the auditor's own; auditable only: a colleague's; hidden: another department's.
    c.own = (
      await ok('auditor', CREATE, { c: { kind: 'ENTERPRISE', name: '审计自有客户' } })
    ).createOneCustomer;
    c.colleague = (
      await ok('seller', CREATE, { c: { kind: 'ENTERPRISE', name: '同事客户' } })
    ).createOneCustomer;
    c.hidden = (
      await ok('ann', CREATE, { c: { kind: 'ENTERPRISE', name: '隐藏部门客户' } })
    ).createOneCustomer;
    await ok('admin', GRANT, {
      i: {
        customerIds: [c.own.id, c.hidden.id],
        toUserId: ids.eastie,
        level: 'READ',
        expiresAt: inOneHour(),
        reason: '联合审计',
      },
    });
  });

  it('name readable customers only, and never a hidden one', async () => {
    const res = await s.gql(
      `{ auditLogs(paging: { limit: 200 }) { nodes { action entity entityId customerId customer { id number name } diff } } }`,
      {},
      { token: token.auditor },
    );
    expect(res.errors).toBeUndefined();
    const nodes = res.data.auditLogs.nodes as Entry[];
    const created = (id: string) =>
      nodes.find((e) => e.action === 'customer.create' && e.entityId === id);
    expect(created(c.own.id)!.customer).toEqual(c.own);
    expect(created(c.own.id)!.customer!.number).toBeTruthy();
    // Auditable through the audit scope, not readable: the id only.
    expect(created(c.colleague.id)!.customerId).toBe(c.colleague.id);
    expect(created(c.colleague.id)!.customer).toBeNull();
    expect(created(c.hidden.id)).toBeUndefined();
    // The grant names both customers: labelled with the readable one, the other masked.
    const grant = nodes.find((e) => e.action === 'grant.create' && e.diff?.reason === '联合审计')!;
    expect(grant.customer).toEqual(c.own);
    expect(grant.diff!.customerIds).toEqual([Number(c.own.id), '***']);
    const text = JSON.stringify(nodes);
    expect(text).not.toContain(c.hidden.name);
    if (c.hidden.number) expect(text).not.toContain(c.hidden.number);
  });

  it('follow the viewer: the same entries name every customer for an admin', async () => {
    const nodes = (
      await ok(
        'admin',
        `{ auditLogs(paging: { limit: 200 }) { nodes { action entityId customer { id number name } } } }`,
      )
    ).auditLogs.nodes as Entry[];
    const hidden = nodes.find((e) => e.action === 'customer.create' && e.entityId === c.hidden.id);
    expect(hidden!.customer).toEqual(c.hidden);
  });
});
