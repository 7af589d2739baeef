import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRole, createUser } from '../helpers/fixtures';
import { errorCode, startTestServer, table, type TestServer } from '../helpers/test-server';

/**
 * No escalation through grants, teams, approvals, change requests and relationship edges
 * (docs/access.md, "Sharing, teams, approvals"). Departments: 总部 (manager: gm, ALL scope) over
 * 销售部 (manager: head, whose own role is SELF and only reads) and 客服部.
 */
let s: TestServer;
let admin: string;
const ids: Record<string, string> = {};
const tokens: Record<string, string> = {};

const CREATE = `mutation($c: CreateCustomerInput!) { createOneCustomer(input: { customer: $c }) { id version } }`;
const GRANT = `mutation($i: GrantCustomerAccessInput!) { grantCustomerAccess(input: $i) { id } }`;
const REVOKE = `mutation($id: ID!) { revokeCustomerGrant(id: $id) { id active } }`;
const SET_MEMBER = `mutation($c: ID!, $u: ID!, $l: AccessLevel!) { setCustomerMember(customerId: $c, userId: $u, level: $l) { userId level } }`;
const REMOVE_MEMBER = `mutation($c: ID!, $u: ID!) { removeCustomerMember(customerId: $c, userId: $u) { userId } }`;
const TRANSFER = `mutation($c: ID!, $o: ID!) { transferCustomerOwner(customerId: $c, ownerId: $o, reason: "接手") { id ownerId submittedChangeRequest { id } } }`;
const UPDATE = `mutation($i: UpdateOneCustomerInput!) { updateOneCustomer(input: $i) { version submittedChangeRequest { id approver { username } } } }`;
const REQUEST = `mutation($i: RequestCustomerAccessInput!) { requestCustomerAccess(input: $i) { id approver { username } } }`;
const CHANGES = `query($f: RequestFilter) { changeRequests(filter: $f) { nodes { id status diff proposed } } }`;
const REBASE = `mutation($id: ID!) { rebaseChangeRequest(id: $id) { id diff } }`;
const days = (d: number) => new Date(Date.now() + d * 86400_000).toISOString();

async function gql(who: string, query: string, variables: Record<string, unknown> = {}) {
  return s.gql(query, variables, { token: tokens[who] ?? who });
}
async function ok(who: string, query: string, variables: Record<string, unknown> = {}) {
  const res = await gql(who, query, variables);
  if (res.errors) throw new Error(`${who}: ${JSON.stringify(res.errors)}`);
  return res.data;
}
async function department(name: string, parentId?: string) {
  return (
    await ok(
      admin,
      `mutation($d: CreateDepartmentInput!) { createOneDepartment(input: { department: $d }) { id } }`,
      { d: { name, parentId } },
    )
  ).createOneDepartment.id as string;
}
async function setManager(departmentId: string, managerId: string) {
  await ok(
    admin,
    `mutation($i: UpdateOneDepartmentInput!) { updateOneDepartment(input: $i) { id } }`,
    { i: { id: departmentId, update: { managerId } } },
  );
}
async function user(name: string, roleId: string, departmentId: string) {
  ids[name] = await createUser(s, admin, `esc.${name}`, [roleId], { departmentId });
  tokens[name] = await s.login(`esc.${name}`, 'Passw0rd!');
}
async function customer(who: string, c: Record<string, unknown>) {
  return (await ok(who, CREATE, { c })).createOneCustomer.id as string;
}
async function grant(who: string, i: Record<string, unknown>) {
  return gql(who, GRANT, { i: { level: 'READ', expiresAt: days(7), reason: '协作', ...i } });
}
async function count(sql: string, params: unknown[] = []) {
  return Number((await s.sql(sql, params))[0].n);
}

beforeAll(async () => {
  s = await startTestServer();
  admin = await s.login();
  const staff = await createRole(s, admin, '业务员-esc', [
    'customer.read',
    'customer.create',
    'customer.update',
    'access.request',
  ]);
  // Shares what it can reach (SELF): a grant-holder with access.grant must still not pass it on.
  const sharer = await createRole(s, admin, '协作员-esc', [
    'customer.read',
    'customer.update',
    'access.grant',
    'access.request',
  ]);
  const head = await createRole(s, admin, '负责人-esc', [
    'customer.read',
    'customer.viewSensitive',
    'access.grant',
    'change.approve',
    'access.request',
  ]);
  const gm = await createRole(
    s,
    admin,
    '总经理-esc',
    [
      'customer.read',
      'customer.create',
      'customer.update',
      'customer.viewSensitive',
      'access.grant',
      'change.approve',
      'audit.view',
    ],
    'ALL',
  );
  ids.keyRole = await createRole(
    s,
    admin,
    '接口-esc',
    ['customer.read', 'customer.create', 'customer.update', 'access.request'],
    'DEPT',
  );
  ids.corp = await department('总部-esc');
  ids.sales = await department('销售部-esc', ids.corp);
  ids.service = await department('客服部-esc', ids.corp);
  await user('gm', gm, ids.corp);
  await user('head', head, ids.sales);
  await user('seller', staff, ids.sales);
  await user('mate', sharer, ids.service);
  await user('other', staff, ids.service);
  await user('third', staff, ids.service);
  await setManager(ids.corp, ids.gm);
  await setManager(ids.sales, ids.head);
});
afterAll(() => s?.close());

describe('grants', () => {
  let shared: string;
  beforeAll(async () => {
    shared = await customer('seller', { kind: 'ENTERPRISE', name: '共享客户' });
    // mate holds a 7-day EDIT grant from gm (own access: ALL scope).
    expect(
      (await grant('gm', { customerIds: [shared], toUserId: ids.mate, level: 'EDIT' })).errors,
    ).toBeUndefined();
  });

  it('never come from a grant: a 7-day EDIT holder cannot extend, re-share or share with a department', async () => {
    for (const i of [
      { toUserId: ids.mate, level: 'EDIT', expiresAt: days(300) },
      { toUserId: ids.other, level: 'READ' },
      { toDepartmentId: ids.service, level: 'READ' },
    ]) {
      const res = await grant('mate', { customerIds: [shared], ...i });
      expect(res.errors?.[0].extensions.code).toMatch(/FORBIDDEN|BAD_USER_INPUT/);
    }
    expect(
      await count(`SELECT COUNT(*) AS n FROM ${table('customer_grant')} WHERE customer_id = ?`, [
        Number(shared),
      ]),
    ).toBe(1);
  });

  it('never reach the granter: not to themselves, not to their own department', async () => {
    const self = await grant('gm', { customerIds: [shared], toUserId: ids.gm });
    expect(errorCode(self)).toBe('BAD_USER_INPUT');
    expect(self.errors![0].extensions.field).toBe('input.toUserId');
    const ownDept = await grant('gm', { customerIds: [shared], toDepartmentId: ids.corp });
    expect(errorCode(ownDept)).toBe('BAD_USER_INPUT');
    expect(ownDept.errors![0].extensions.field).toBe('input.toDepartmentId');
  });

  it('are capped at 366 days (own access has no end date to inherit)', async () => {
    const res = await grant('gm', {
      customerIds: [shared],
      toUserId: ids.other,
      expiresAt: '2099-01-01T00:00:00.000Z',
    });
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect(res.errors![0].extensions.field).toBe('input.expiresAt');
    expect(
      (await grant('gm', { customerIds: [shared], toUserId: ids.other, expiresAt: days(365) }))
        .errors,
    ).toBeUndefined();
  });

  it('are revoked by the granter or whoever may share the customer, not by a grant-holder', async () => {
    const g = (
      await ok('gm', GRANT, {
        i: {
          customerIds: [shared],
          toUserId: ids.third,
          level: 'READ',
          expiresAt: days(3),
          reason: '核对',
        },
      })
    ).grantCustomerAccess[0].id;
    // mate (access.grant, SELF) reads the customer through its EDIT grant: FORBIDDEN, the grant stays.
    expect(errorCode(await gql('mate', REVOKE, { id: g }))).toBe('FORBIDDEN');
    // head cannot read the customer at all: the answer of a missing grant.
    const hidden = await gql('head', REVOKE, { id: g });
    expect(errorCode(hidden)).toBe('NOT_FOUND');
    expect(hidden.errors![0].extensions.entity).toBe('CustomerGrant');
    expect((await ok('gm', REVOKE, { id: g })).revokeCustomerGrant.active).toBe(false);
  });

  it('of EDIT level need the granter’s own edit access', async () => {
    // head owns a customer it may only read (its role has no customer.update): it may share reading, not editing.
    const own = await customer('gm', { kind: 'ENTERPRISE', name: '负责人客户', ownerId: ids.head });
    expect(
      errorCode(await grant('head', { customerIds: [own], toUserId: ids.other, level: 'EDIT' })),
    ).toBe('FORBIDDEN');
    // Reading it may be shared, but only with someone inside the reach of access.grant: with
    // SELF scope that is nobody, refused as a missing user (access-desk.test.ts covers DEPT scope).
    const read = await grant('head', { customerIds: [own], toUserId: ids.other, level: 'READ' });
    expect(errorCode(read)).toBe('BAD_USER_INPUT');
    expect(read.errors![0].extensions.field).toBe('input.toUserId');
  });
});

describe('teams and transfers', () => {
  let c: string;
  beforeAll(async () => {
    c = await customer('seller', { kind: 'ENTERPRISE', name: '团队客户' });
    await ok('gm', GRANT, {
      i: {
        customerIds: [c],
        toUserId: ids.mate,
        level: 'EDIT',
        expiresAt: days(7),
        reason: '协作',
      },
    });
    await ok('seller', SET_MEMBER, { c, u: ids.other, l: 'EDIT' });
  });
  const members = () =>
    s.sql(`SELECT user_id, level FROM ${table('customer_member')} WHERE customer_id = ?`, [
      Number(c),
    ]);

  it('a grant-holder or team member cannot add themselves or anyone (FORBIDDEN, nothing written)', async () => {
    const before = await members();
    expect(errorCode(await gql('mate', SET_MEMBER, { c, u: ids.mate, l: 'EDIT' }))).toBe(
      'FORBIDDEN',
    );
    expect(errorCode(await gql('mate', SET_MEMBER, { c, u: ids.third, l: 'READ' }))).toBe(
      'FORBIDDEN',
    );
    expect(errorCode(await gql('other', SET_MEMBER, { c, u: ids.third, l: 'EDIT' }))).toBe(
      'FORBIDDEN',
    );
    expect(errorCode(await gql('other', REMOVE_MEMBER, { c, u: ids.other }))).toBe('FORBIDDEN');
    expect(await members()).toEqual(before);
    // The owner may change the team, but not make themselves a member (that would outlive ownership).
    expect(errorCode(await gql('seller', SET_MEMBER, { c, u: ids.seller, l: 'EDIT' }))).toBe(
      'BAD_USER_INPUT',
    );
  });

  it('a grant-holder or team member cannot transfer the owner, not even as a change request', async () => {
    for (const who of ['mate', 'other'])
      expect(errorCode(await gql(who, TRANSFER, { c, o: ids[who] }))).toBe('FORBIDDEN');
    expect(
      await count(`SELECT COUNT(*) AS n FROM ${table('change_request')} WHERE customer_id = ?`, [
        Number(c),
      ]),
    ).toBe(0);
  });
});

describe('transfers through a change request', () => {
  it('go to an approver with edit access of their own, who applies them', async () => {
    const c = await customer('seller', { kind: 'ENTERPRISE', name: '转交客户' });
    const asked = await ok('seller', TRANSFER, { c, o: ids.other });
    const cr = asked.transferCustomerOwner.submittedChangeRequest.id;
    const [row] = await s.sql(`SELECT approver_id FROM ${table('change_request')} WHERE id = ?`, [
      Number(cr),
    ]);
    // head manages sales but only reads (SELF): passed over for gm.
    expect(String(row.approver_id)).toBe(ids.gm);
    const applied = await ok(
      'gm',
      `mutation($id: ID!) { applyChangeRequest(id: $id) { status } }`,
      { id: cr },
    );
    expect(applied.applyChangeRequest.status).toBe('APPROVED');
    const [owner] = await s.sql(`SELECT owner_id FROM ${table('customer')} WHERE id = ?`, [
      Number(c),
    ]);
    expect(String(owner.owner_id)).toBe(ids.other);
  });
});

describe('approvals', () => {
  let c: string;
  beforeAll(async () => {
    c = await customer('seller', {
      kind: 'INDIVIDUAL',
      name: '张三',
      idNumber: '110105198501011234',
    });
  });

  it('route access requests past a manager who cannot read the customer', async () => {
    const req = await ok('other', REQUEST, {
      i: { customerIds: [c], level: 'READ', reason: '售后', until: days(10) },
    });
    expect(req.requestCustomerAccess[0].approver).toEqual({ username: 'esc.gm' });
  });

  it('let nobody decide a request about a customer they cannot read (NOT_FOUND, no grant)', async () => {
    const id = (
      await ok('third', REQUEST, {
        i: { customerIds: [c], level: 'READ', reason: '核对', until: days(10) },
      })
    ).requestCustomerAccess[0].id;
    // Routed to head before head lost the customer (e.g. by an older routing).
    await s.sql(`UPDATE ${table('access_request')} SET approver_id = ? WHERE id = ?`, [
      Number(ids.head),
      Number(id),
    ]);
    const res = await gql(
      'head',
      `mutation($id: ID!) { approveAccessRequest(id: $id) { status } }`,
      { id },
    );
    expect(errorCode(res)).toBe('NOT_FOUND');
    expect(
      await count(
        `SELECT COUNT(*) AS n FROM ${table('customer_grant')} WHERE user_id = ? AND customer_id = ?`,
        [Number(ids.third), Number(c)],
      ),
    ).toBe(0);
  });

  it('route change requests to an editor and show diffs masked as the record would be', async () => {
    const upd = await ok('seller', UPDATE, {
      i: { id: c, version: 1, update: { idNumber: '110105198501091238' }, reason: '证件更正' },
    });
    const cr = upd.updateOneCustomer.submittedChangeRequest;
    await s.sql(`UPDATE ${table('change_request')} SET approver_id = ? WHERE id = ?`, [
      Number(ids.head),
      Number(cr.id),
    ]);
    const inbox = (await ok('head', CHANGES, { f: { approver: 'me' } })).changeRequests.nodes;
    expect(inbox.map((n: { id: string }) => n.id)).toEqual([cr.id]);
    const text = JSON.stringify(inbox[0]);
    expect(text).not.toContain('110105198501011234');
    expect(text).not.toContain('110105198501091238');
    expect(
      errorCode(
        await gql('head', `mutation($id: ID!) { applyChangeRequest(id: $id) { status } }`, {
          id: cr.id,
        }),
      ),
    ).toBe('NOT_FOUND');
    expect(
      errorCode(
        await gql(
          'head',
          `mutation($id: ID!) { rejectChangeRequest(id: $id, comment: "不同意") { status } }`,
          { id: cr.id },
        ),
      ),
    ).toBe('NOT_FOUND');
    // gm (ALL scope, sensitive READ) sees it in clear, and is who the request was routed to.
    const clear = await ok('gm', CHANGES, { f: { customerId: c } });
    expect(JSON.stringify(clear.changeRequests.nodes)).toContain('110105198501091238');
    expect(cr.approver).toEqual({ username: 'esc.gm' });
  });
});

describe('parties who lost access', () => {
  it('see the request’s status and their own proposal, never current values; rebase is refused', async () => {
    const c = await customer('seller', { kind: 'ENTERPRISE', name: '旧名公司' });
    const cr = (
      await ok('seller', UPDATE, {
        i: { id: c, version: 1, update: { name: '新名公司' }, reason: '更名' },
      })
    ).updateOneCustomer.submittedChangeRequest.id;
    // gm renames it directly (the request goes stale), then hands it to other: seller loses access.
    await ok('gm', UPDATE, { i: { id: c, version: 1, update: { name: '现名公司' } } });
    expect((await ok('gm', TRANSFER, { c, o: ids.other })).transferCustomerOwner.ownerId).toBe(
      ids.other,
    );
    const rebase = await gql('seller', REBASE, { id: cr });
    expect(errorCode(rebase)).toBe('NOT_FOUND');
    expect(JSON.stringify(rebase)).not.toContain('现名公司');
    const mine = (await ok('seller', CHANGES, { f: { requester: 'me' } })).changeRequests.nodes;
    const row = mine.find((n: { id: string }) => n.id === cr);
    expect(row.status).toBe('PENDING');
    expect(row.diff).toEqual({ name: { to: '新名公司' } });
    expect(JSON.stringify(mine)).not.toContain('旧名公司');
    // The approver, who can still edit it, rebases onto the current name.
    expect((await ok('gm', REBASE, { id: cr })).rebaseChangeRequest.diff).toEqual({
      name: { from: '现名公司', to: '新名公司' },
    });
  });
});

describe('API keys', () => {
  let keyA: string;
  let keyB: string;
  let keyAId: string;
  beforeAll(async () => {
    const key = async (name: string) =>
      (
        await ok(
          admin,
          `mutation($k: CreateApiKeyInput!) { createOneApiKey(input: { apiKey: $k }) { secret apiKey { id } } }`,
          { k: { name, roleId: ids.keyRole, departmentId: ids.sales } },
        )
      ).createOneApiKey;
    const a = await key('esc-a');
    keyA = a.secret;
    keyAId = a.apiKey.id;
    keyB = (await key('esc-b')).secret;
  });

  it('are their own principal: requester of their change requests, actor in the audit log', async () => {
    const c = (await ok(keyA, CREATE, { c: { kind: 'ENTERPRISE', name: '接口客户' } }))
      .createOneCustomer.id;
    const cr = (
      await ok(keyA, UPDATE, {
        i: { id: c, version: 1, update: { name: '接口客户二' }, reason: '同步' },
      })
    ).updateOneCustomer.submittedChangeRequest.id;
    const [row] = await s.sql(
      `SELECT requester_id, requester_api_key_id FROM ${table('change_request')} WHERE id = ?`,
      [Number(cr)],
    );
    expect(row.requester_id).toBeNull();
    expect(Number(row.requester_api_key_id)).toBe(Number(keyAId));
    const actors = await s.sql(
      `SELECT action, actor_api_key_id FROM ${table('audit_log')} WHERE customer_id = ? ORDER BY id`,
      [Number(c)],
    );
    expect(actors.map((a) => [a.action, Number(a.actor_api_key_id)])).toEqual([
      ['customer.create', Number(keyAId)],
      ['change.request', Number(keyAId)],
    ]);
    // Key B (same role, same department) is no party to key A's request.
    expect(errorCode(await gql(keyB, REBASE, { id: cr }))).toBe('NOT_FOUND');
    expect((await ok(keyB, CHANGES, { f: { requester: 'me' } })).changeRequests.nodes).toEqual([]);
    expect(
      (await ok(keyA, CHANGES, { f: { requester: 'me' } })).changeRequests.nodes.map(
        (n: { id: string }) => n.id,
      ),
    ).toEqual([cr]);
    expect((await ok(keyA, REBASE, { id: cr })).rebaseChangeRequest.id).toBe(cr);
  });

  it('do not request access (an approval is a grant to a person)', async () => {
    const hidden = await customer('other', { kind: 'ENTERPRISE', name: '客服客户' });
    const res = await gql(keyA, REQUEST, {
      i: { customerIds: [hidden], level: 'READ', reason: '同步', until: days(3) },
    });
    expect(errorCode(res)).toBe('FORBIDDEN');
    expect(
      await count(`SELECT COUNT(*) AS n FROM ${table('access_request')} WHERE customer_id = ?`, [
        Number(hidden),
      ]),
    ).toBe(0);
  });
});

describe('relationship edges', () => {
  const EDGE = `mutation($f: ID!, $t: ID!, $n: String) { createOneRelationship(input: { relationship: { type: "partner", fromKind: CUSTOMER, fromId: $f, toKind: CUSTOMER, toId: $t, note: $n } }) { id } }`;
  const DELETE = `mutation($id: ID!) { deleteOneRelationship(input: { id: $id }) { id note } }`;
  let mine: string;
  let hidden: string;
  let readOnly: string;
  beforeAll(async () => {
    mine = await customer('seller', { kind: 'ENTERPRISE', name: '我的客户' });
    hidden = await customer('other', { kind: 'ENTERPRISE', name: '隐藏客户' });
    readOnly = await customer('other', { kind: 'ENTERPRISE', name: '只读客户' });
    await ok('gm', GRANT, {
      i: {
        customerIds: [readOnly],
        toUserId: ids.seller,
        level: 'READ',
        expiresAt: days(7),
        reason: '合作',
      },
    });
  });

  it('with a hidden end look missing: not deleted, neither the hidden id nor the note shown', async () => {
    for (const [f, t] of [
      [mine, hidden],
      [hidden, mine],
    ]) {
      const edge = (await ok('gm', EDGE, { f, t, n: '秘密备注' })).createOneRelationship.id;
      const res = await gql('seller', DELETE, { id: edge });
      const { code, entity, id } = res.errors![0].extensions;
      expect({ code, entity, id }).toEqual({
        code: 'NOT_FOUND',
        entity: 'Relationship',
        id: edge,
      });
      expect(JSON.stringify(res)).not.toContain('秘密备注');
      expect(
        await count(`SELECT COUNT(*) AS n FROM ${table('relationship')} WHERE id = ?`, [
          Number(edge),
        ]),
      ).toBe(1);
    }
  });

  it('with a hidden contact end look missing too', async () => {
    const contact = (
      await ok(
        'gm',
        `mutation($c: CreateContactInput!) { createOneContact(input: { contact: $c }) { id } }`,
        { c: { customerId: hidden, name: '隐藏联系人' } },
      )
    ).createOneContact.id;
    const edge = (
      await ok(
        'gm',
        `mutation($f: ID!, $t: ID!) { createOneRelationship(input: { relationship: { type: "referral", fromKind: CUSTOMER, fromId: $f, toKind: CONTACT, toId: $t, note: "介绍人" } }) { id } }`,
        { f: mine, t: contact },
      )
    ).createOneRelationship.id;
    const res = await gql('seller', DELETE, { id: edge });
    const { code, entity, id } = res.errors![0].extensions;
    expect({ code, entity, id }).toEqual({ code: 'NOT_FOUND', entity: 'Relationship', id: edge });
    expect(JSON.stringify(res)).not.toContain('介绍人');
    const nested = await ok(
      'seller',
      `query($id: ID!) { customer(id: $id) { relationships { other { ... on Contact { id } ... on Customer { id } } } } }`,
      { id: mine },
    );
    expect(JSON.stringify(nested)).not.toContain(`"${contact}"`);
  });

  it('with both ends readable are deleted by an editor of either end', async () => {
    const edge = (await ok('gm', EDGE, { f: readOnly, t: mine, n: '合作备注' }))
      .createOneRelationship.id;
    expect((await ok('seller', DELETE, { id: edge })).deleteOneRelationship.note).toBe('合作备注');
    const other = (await ok('gm', EDGE, { f: readOnly, t: hidden })).createOneRelationship.id;
    expect(errorCode(await gql('third', DELETE, { id: other }))).toBe('NOT_FOUND');
  });
});
