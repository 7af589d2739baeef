import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRole, createUser } from '../helpers/fixtures';
import { errorCode, startTestServer, table, type TestServer } from '../helpers/test-server';

let s: TestServer;
let admin: string;
let staffRole: string;
let managerRole: string;
let sensitiveEditRole: string;
beforeAll(async () => {
  s = await startTestServer();
  admin = await s.login();
  staffRole = await createRole(
    s,
    admin,
    '业务员-access',
    ['customer.create', 'customer.update', 'access.request'],
    'SELF',
  );
  managerRole = await createRole(
    s,
    admin,
    '经理-access',
    [
      'customer.create',
      'customer.update',
      'access.grant',
      'change.approve',
      'customer.viewSensitive',
      'audit.view',
    ],
    'DEPT_AND_BELOW',
  );
  const r = await s.gql(
    `mutation { createOneRole(input: { role: { name: "敏感-编辑", permissions: ["customer.update", "customer.viewSensitive", "access.request"], dataScope: SELF, sensitiveLevel: EDIT } }) { id sensitiveLevel } }`,
    {},
    { token: admin },
  );
  expect(r.data.createOneRole.sensitiveLevel).toBe('EDIT');
  sensitiveEditRole = r.data.createOneRole.id;
});
afterAll(() => s?.close());

const CREATE = `mutation($c: CreateCustomerInput!) { createOneCustomer(input: { customer: $c }) { id version number } }`;
const UPDATE = `mutation($i: UpdateOneCustomerInput!) { updateOneCustomer(input: $i) { id version name remarks submittedChangeRequest { id status baseVersion diff } } }`;
const IDS = `query($f: CustomerFilter, $q: String) { customers(filter: $f, search: $q, paging: { limit: 200 }) { totalCount nodes { id } } }`;
const inDays = (d: number) => new Date(Date.now() + d * 86400_000).toISOString();

async function department(name: string, parentId?: string, managerId?: string) {
  const res = await s.gql(
    `mutation($d: CreateDepartmentInput!) { createOneDepartment(input: { department: $d }) { id } }`,
    { d: { name, parentId, managerId } },
    { token: admin },
  );
  return res.data.createOneDepartment.id as string;
}
async function setManager(departmentId: string, managerId: string) {
  const res = await s.gql(
    `mutation($i: UpdateOneDepartmentInput!) { updateOneDepartment(input: $i) { id } }`,
    { i: { id: departmentId, update: { managerId } } },
    { token: admin },
  );
  expect(res.errors).toBeUndefined();
}
async function item(typeCode: string, code: string, parentId?: string) {
  const res = await s.gql(
    `mutation($i: CreateDictionaryItemInput!) { createOneDictionaryItem(input: { dictionaryItem: $i }) { id } }`,
    { i: { typeCode, code, labelZh: code, labelEn: code, parentId } },
    { token: admin },
  );
  if (!res.data) throw new Error(JSON.stringify(res.errors));
  return res.data.createOneDictionaryItem.id as string;
}
async function ids(token: string, filter?: unknown, search?: string) {
  const res = await s.gql(IDS, { f: filter, q: search }, { token });
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data.customers.nodes.map((n: { id: string }) => n.id).sort() as string[];
}

describe('territory rules', () => {
  let collector: string;
  let x: string;
  let y: string;
  let ruleId: string;
  let b3: string;
  beforeAll(async () => {
    const project = await item('territory', 'P1');
    b3 = await item('territory', 'B3', project);
    await item('territory', 'B4', project);
    await item('territory', 'B3-U1', b3);
    const dept = await department('物业一部');
    await createUser(s, admin, 'collector', [staffRole], { departmentId: dept });
    collector = await s.login('collector', 'Passw0rd!');
    const rule = await s.gql(
      `mutation($r: CreateAccessRuleInput!) { createOneAccessRule(input: { accessRule: $r }) { id field level items { code } } }`,
      {
        r: {
          subjectType: 'DEPARTMENT',
          subjectId: dept,
          field: 'territory',
          itemCodes: ['B3'],
          level: 'READ',
          description: '3 号楼收费',
        },
      },
      { token: admin },
    );
    expect(rule.errors).toBeUndefined();
    ruleId = rule.data.createOneAccessRule.id;
    x = (
      await s.gql(
        CREATE,
        { c: { kind: 'INDIVIDUAL', name: '住户甲', territory: 'B3-U1' } },
        { token: admin },
      )
    ).data.createOneCustomer.id;
    y = (
      await s.gql(
        CREATE,
        { c: { kind: 'INDIVIDUAL', name: '住户乙', territory: 'B4' } },
        { token: admin },
      )
    ).data.createOneCustomer.id;
  });

  it('admits customers under the rule’s items and follows them as the field changes', async () => {
    expect(await ids(collector)).toEqual([x]);
    const moveX = await s.gql(
      UPDATE,
      { i: { id: x, version: 1, update: { territory: 'B4' } } },
      { token: admin },
    );
    expect(moveX.errors).toBeUndefined();
    const moveY = await s.gql(
      UPDATE,
      { i: { id: y, version: 1, update: { territory: 'B3' } } },
      { token: admin },
    );
    expect(moveY.errors).toBeUndefined();
    expect(await ids(collector)).toEqual([y]);
    expect(
      errorCode(
        await s.gql(
          `query($id: ID!) { customer(id: $id) { id } }`,
          { id: x },
          { token: collector },
        ),
      ),
    ).toBe('NOT_FOUND');
    // A READ rule does not let the collector edit.
    expect(
      errorCode(
        await s.gql(
          UPDATE,
          { i: { id: y, version: 2, update: { remarks: 'x' } } },
          { token: collector },
        ),
      ),
    ).toBe('FORBIDDEN');
  });

  it('keeps working when the item is disabled, follows a merge, and is named by explainAccess', async () => {
    const off = await s.gql(
      `mutation($i: UpdateOneDictionaryItemInput!) { updateOneDictionaryItem(input: $i) { enabled } }`,
      { i: { id: b3, update: { enabled: false } } },
      { token: admin },
    );
    expect(off.data.updateOneDictionaryItem.enabled).toBe(false);
    expect(await ids(collector)).toEqual([y]);
    // A second building merged into B3 rewrites its rule; the merged rule then covers B3's customers.
    const b5 = await item('territory', 'B5');
    const dept2 = await department('物业二部');
    await createUser(s, admin, 'collector2', [staffRole], { departmentId: dept2 });
    const collector2 = await s.login('collector2', 'Passw0rd!');
    await s.gql(
      `mutation($r: CreateAccessRuleInput!) { createOneAccessRule(input: { accessRule: $r }) { id } }`,
      {
        r: {
          subjectType: 'DEPARTMENT',
          subjectId: dept2,
          field: 'territory',
          itemCodes: ['B5'],
          level: 'EDIT',
        },
      },
      { token: admin },
    );
    expect(await ids(collector2)).toEqual([]);
    const merged = await s.gql(
      `mutation($f: ID!, $t: ID!) { mergeDictionaryItem(from: $f, into: $t) { rewritten } }`,
      { f: b5, t: b3 },
      { token: admin },
    );
    expect(merged.errors).toBeUndefined();
    expect(await ids(collector2)).toEqual([y]);
    const rules = (await s.gql(`{ accessRules { id items { code } } }`, {}, { token: admin })).data
      .accessRules;
    expect(rules.map((r: { items: { code: string }[] }) => r.items.map((i) => i.code))).toEqual([
      ['B3'],
      ['B3'],
    ]);

    const collectorId = (await s.gql(`{ me { id } }`, {}, { token: collector })).data.me.id;
    const why = await s.gql(
      `query($c: ID!, $u: ID!) { explainAccess(customerId: $c, userId: $u) { canRead canEdit reasons { path level ruleId detail } } }`,
      { c: y, u: collectorId },
      { token: admin },
    );
    expect(why.data.explainAccess).toMatchObject({
      canRead: true,
      canEdit: false,
      reasons: [{ path: 'RULE', level: 'READ', ruleId }],
    });
    const not = await s.gql(
      `query($c: ID!, $u: ID!) { explainAccess(customerId: $c, userId: $u) { canRead reasons { path } } }`,
      { c: x, u: collectorId },
      { token: admin },
    );
    expect(not.data.explainAccess).toEqual({ canRead: false, reasons: [] });
    const preview = await s.gql(
      `query($u: ID!) { previewCustomersAs(userId: $u) { totalCount nodes { id } } }`,
      { u: collectorId },
      { token: admin },
    );
    expect(preview.data.previewCustomersAs.nodes.map((n: { id: string }) => n.id)).toEqual([y]);
    expect(
      errorCode(
        await s.gql(
          `query($u: ID!) { previewCustomersAs(userId: $u) { totalCount } }`,
          { u: collectorId },
          { token: collector },
        ),
      ),
    ).toBe('FORBIDDEN');
  });

  it('refuses rules on fields that are not dictionary-backed and unknown items', async () => {
    const bad = await s.gql(
      `mutation { createOneAccessRule(input: { accessRule: { subjectType: ROLE, subjectId: "1", field: "remarks", itemCodes: ["x"], level: READ } }) { id } }`,
      {},
      { token: admin },
    );
    expect(bad.errors![0].extensions.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(bad.errors![0].extensions)).toContain('input.accessRule.field');
    const unknown = await s.gql(
      `mutation { createOneAccessRule(input: { accessRule: { subjectType: ROLE, subjectId: "1", field: "region", itemCodes: ["nowhere"], level: READ } }) { id } }`,
      {},
      { token: admin },
    );
    expect(unknown.errors![0].extensions.code).toBe('BAD_USER_INPUT');
    const [{ n }] = await s.sql(
      `SELECT COUNT(*) AS n FROM ${table('access_rule')} WHERE field = 'remarks' OR field = 'region'`,
    );
    expect(Number(n)).toBe(0);
  });
});

describe('sensitive fields', () => {
  let owner: string;
  let edits: string;
  let customer: string;
  beforeAll(async () => {
    await createUser(s, admin, 'sens.owner', [staffRole]);
    owner = await s.login('sens.owner', 'Passw0rd!');
    const editsId = await createUser(s, admin, 'sens.edits', [sensitiveEditRole]);
    edits = await s.login('sens.edits', 'Passw0rd!');
    customer = (
      await s.gql(
        CREATE,
        {
          c: {
            kind: 'INDIVIDUAL',
            name: '张三',
            mobile: '13812341234',
            idNumber: '110105199001011232',
            phone: '010-66668888',
          },
        },
        { token: owner },
      )
    ).data.createOneCustomer.id;
    await s.gql(
      `mutation($i: GrantCustomerAccessInput!) { grantCustomerAccess(input: $i) { id } }`,
      {
        i: {
          customerIds: [customer],
          toUserId: editsId,
          level: 'READ',
          expiresAt: inDays(1),
          reason: '对账',
        },
      },
      { token: admin },
    );
  });
  const CARD = `query($id: ID!) { customer(id: $id) { mobile idNumber phone history { field oldValue newValue } } }`;

  it('masks without customer.viewSensitive, and per record for roles that need edit access', async () => {
    expect((await s.gql(CARD, { id: customer }, { token: owner })).data.customer).toMatchObject({
      mobile: '138****1234',
      idNumber: '110105********1232',
      phone: '010*****8888',
    });
    expect((await s.gql(CARD, { id: customer }, { token: admin })).data.customer).toMatchObject({
      mobile: '13812341234',
      idNumber: '110105199001011232',
    });
    // viewSensitive with level EDIT on a READ grant: still masked.
    expect((await s.gql(CARD, { id: customer }, { token: edits })).data.customer.mobile).toBe(
      '138****1234',
    );
  });

  it('masks history diffs and audit diffs for those who cannot see the field', async () => {
    const upd = await s.gql(
      UPDATE,
      { i: { id: customer, version: 1, update: { mobile: '13900001111' } } },
      { token: owner },
    );
    expect(upd.errors).toBeUndefined();
    const history = (await s.gql(CARD, { id: customer }, { token: owner })).data.customer.history;
    expect(history[0]).toEqual({
      field: 'mobile',
      oldValue: '138****1234',
      newValue: '139****1111',
    });
    const clear = (await s.gql(CARD, { id: customer }, { token: admin })).data.customer.history;
    expect(clear[0]).toEqual({ field: 'mobile', oldValue: '13812341234', newValue: '13900001111' });
    const auditorRole = await createRole(s, admin, '审计-无敏感', ['audit.view'], 'ALL');
    await createUser(s, admin, 'auditor.plain', [auditorRole]);
    const auditor = await s.login('auditor.plain', 'Passw0rd!');
    const AUDIT = `query($c: ID!) { auditLogs(filter: { customerId: { eq: $c }, action: { eq: "customer.update" } }) { nodes { diff } } }`;
    expect(
      (await s.gql(AUDIT, { c: customer }, { token: auditor })).data.auditLogs.nodes[0].diff.mobile,
    ).toEqual({ from: '138****1234', to: '139****1111' });
    expect(
      (await s.gql(AUDIT, { c: customer }, { token: admin })).data.auditLogs.nodes[0].diff.mobile,
    ).toEqual({ from: '13812341234', to: '13900001111' });
  });

  it('reveals one field with a reason, audited; refuses without the permission or a reason', async () => {
    const REVEAL = `mutation($c: ID!, $f: String!, $rc: String, $r: String) { revealField(customerId: $c, field: $f, reasonCode: $rc, reason: $r) }`;
    expect(
      errorCode(
        await s.gql(REVEAL, { c: customer, f: 'mobile', rc: 'reconciliation' }, { token: owner }),
      ),
    ).toBe('FORBIDDEN');
    const noReason = await s.gql(REVEAL, { c: customer, f: 'mobile' }, { token: edits });
    expect(noReason.errors![0].extensions.code).toBe('BAD_USER_INPUT');
    expect(
      errorCode(await s.gql(REVEAL, { c: customer, f: 'remarks', rc: 'audit' }, { token: edits })),
    ).toBe('BAD_USER_INPUT');
    const ok = await s.gql(
      REVEAL,
      { c: customer, f: 'mobile', rc: 'reconciliation', r: '核对账单' },
      { token: edits },
    );
    expect(ok.data.revealField).toBe('13900001111');
    const rows = await s.sql(
      `SELECT action, customer_id AS c FROM ${table('audit_log')} WHERE action = 'sensitive.reveal'`,
    );
    expect(rows).toEqual([{ action: 'sensitive.reveal', c: Number(customer) }]);
  });

  it('refuses filters, sorts and phone search on sensitive fields for callers who see them masked', async () => {
    const filtered = await s.gql(IDS, { f: { mobile: { like: '139%' } } }, { token: owner });
    expect(filtered.errors![0].extensions.code).toBe('FORBIDDEN');
    expect(JSON.stringify(filtered.errors![0].extensions)).toContain('filter.mobile');
    const sorted = await s.gql(
      `{ customers(sorting: [{ field: idNumber, direction: ASC }]) { totalCount } }`,
      {},
      { token: owner },
    );
    expect(sorted.errors![0].extensions.code).toBe('FORBIDDEN');
    expect(await ids(admin, { mobile: { like: '139%' } })).toEqual([customer]);
    expect(await ids(owner, undefined, '010-6666')).toEqual([]);
    expect(await ids(admin, undefined, '010-6666')).toEqual([customer]);
  });
});

describe('access requests', () => {
  let salesMgr: string;
  let seller: string;
  let asker: string;
  let askerMgr: string;
  let customer: string;
  let number: string;
  beforeAll(async () => {
    const company = await department('公司-req');
    const sales = await department('销售部-req', company);
    const service = await department('客服部-req', company);
    const topId = await createUser(s, admin, 'req.gm', [managerRole], { departmentId: company });
    await setManager(company, topId);
    const salesMgrId = await createUser(s, admin, 'req.salesmgr', [managerRole], {
      departmentId: sales,
    });
    await setManager(sales, salesMgrId);
    const askerMgrId = await createUser(s, admin, 'req.servicemgr', [managerRole], {
      departmentId: service,
    });
    await setManager(service, askerMgrId);
    await createUser(s, admin, 'req.seller', [staffRole], { departmentId: sales });
    await createUser(s, admin, 'req.asker', [staffRole], { departmentId: service });
    salesMgr = await s.login('req.salesmgr', 'Passw0rd!');
    seller = await s.login('req.seller', 'Passw0rd!');
    asker = await s.login('req.asker', 'Passw0rd!');
    askerMgr = await s.login('req.servicemgr', 'Passw0rd!');
    const created = (
      await s.gql(
        CREATE,
        { c: { kind: 'ENTERPRISE', name: '华东重工有限公司' } },
        { token: seller },
      )
    ).data.createOneCustomer;
    customer = created.id;
    number = created.number;
  });
  const INBOX = `{ accessRequests(filter: { status: PENDING, approver: me }) { totalCount nodes { id level customer { number name readable } requester { username } } } }`;
  const REQUEST = `mutation($i: RequestCustomerAccessInput!) { requestCustomerAccess(input: $i) { id status approver { username } } }`;

  it('shows a requester only number and masked name, routes to the owner’s manager, and approval grants access atomically', async () => {
    expect(await ids(asker, undefined, '华东')).toEqual([]);
    const dir = await s.gql(
      `{ customerDirectory(search: "华东重工") { id number name readable } }`,
      {},
      { token: asker },
    );
    expect(dir.data.customerDirectory).toEqual([
      { id: customer, number, name: '华**', readable: false },
    ]);
    expect(
      errorCode(
        await s.gql(`{ customerDirectory(search: "华东重工") { id } }`, {}, { token: admin }),
      ),
    ).toBe(undefined);

    const noReason = await s.gql(
      REQUEST,
      { i: { customerIds: [customer], level: 'READ', until: inDays(30) } },
      { token: asker },
    );
    expect(noReason.errors![0].extensions.code).toBe('BAD_USER_INPUT');
    const req = await s.gql(
      REQUEST,
      {
        i: {
          customerIds: [customer],
          level: 'READ',
          reasonCode: 'after_sales',
          reason: '售后回访',
          until: inDays(30),
        },
      },
      { token: asker },
    );
    expect(req.data.requestCustomerAccess).toEqual([
      { id: expect.any(String), status: 'PENDING', approver: { username: 'req.salesmgr' } },
    ]);
    const id = req.data.requestCustomerAccess[0].id;
    expect((await s.gql(INBOX, {}, { token: salesMgr })).data.accessRequests.nodes).toEqual([
      {
        id,
        level: 'READ',
        customer: { number, name: '华东重工有限公司', readable: true },
        requester: { username: 'req.asker' },
      },
    ]);
    expect((await s.gql(INBOX, {}, { token: askerMgr })).data.accessRequests.totalCount).toBe(0);
    const mine = await s.gql(
      `{ accessRequests(filter: { requester: me }) { nodes { id customer { name readable } } } }`,
      {},
      { token: asker },
    );
    expect(mine.data.accessRequests.nodes).toEqual([
      { id, customer: { name: '华**', readable: false } },
    ]);
    // Only the routed approver decides.
    expect(
      errorCode(
        await s.gql(
          `mutation($id: ID!) { approveAccessRequest(id: $id) { id } }`,
          { id },
          { token: askerMgr },
        ),
      ),
    ).toBe('NOT_FOUND');
    expect(
      errorCode(
        await s.gql(
          `mutation($id: ID!) { approveAccessRequest(id: $id) { id } }`,
          { id },
          { token: asker },
        ),
      ),
    ).toBe('FORBIDDEN');

    const until = inDays(7);
    const ok = await s.gql(
      `mutation($id: ID!, $u: DateTimeISO) { approveAccessRequest(id: $id, until: $u, comment: "同意，7 天") { status grant { expiresAt level active } } }`,
      { id, u: until },
      { token: salesMgr },
    );
    expect(ok.data.approveAccessRequest).toMatchObject({
      status: 'APPROVED',
      grant: { level: 'READ', active: true },
    });
    // The period was shortened to the approver's 7 days (MySQL keeps whole seconds).
    expect(
      Math.abs(
        new Date(ok.data.approveAccessRequest.grant.expiresAt).getTime() -
          new Date(until).getTime(),
      ),
    ).toBeLessThan(1000);
    expect(await ids(asker)).toEqual([customer]);
    expect(
      errorCode(
        await s.gql(
          `mutation($id: ID!) { approveAccessRequest(id: $id) { id } }`,
          { id },
          { token: salesMgr },
        ),
      ),
    ).toBe('CONFLICT');

    // Renewal before expiry: a new pending request linked to the old one.
    const renewed = await s.gql(
      `mutation($id: ID!, $u: DateTimeISO!) { renewAccessRequest(id: $id, until: $u) { status renewsId approver { username } } }`,
      { id, u: inDays(60) },
      { token: asker },
    );
    expect(renewed.errors).toBeUndefined();
    expect(renewed.data.renewAccessRequest).toEqual({
      status: 'PENDING',
      renewsId: id,
      approver: { username: 'req.salesmgr' },
    });
    const audit = await s.sql(
      `SELECT action FROM ${table('audit_log')} WHERE customer_id = ${Number(customer)} AND action LIKE 'access.%' ORDER BY id`,
    );
    expect(audit.map((r: { action: string }) => r.action)).toEqual([
      'access.request',
      'access.approve',
      'access.renew',
    ]);
  });

  it('rejects with a comment, and routes a manager’s own request up the tree', async () => {
    const other = (
      await s.gql(CREATE, { c: { kind: 'ENTERPRISE', name: '另一客户' } }, { token: seller })
    ).data.createOneCustomer.id;
    const req = await s.gql(
      REQUEST,
      { i: { customerIds: [other], level: 'EDIT', reason: '查看', until: inDays(3) } },
      { token: asker },
    );
    const id = req.data.requestCustomerAccess[0].id;
    expect(
      errorCode(
        await s.gql(
          `mutation($id: ID!) { rejectAccessRequest(id: $id, comment: " ") { id } }`,
          { id },
          { token: salesMgr },
        ),
      ),
    ).toBe('BAD_USER_INPUT');
    const no = await s.gql(
      `mutation($id: ID!) { rejectAccessRequest(id: $id, comment: "无业务需要") { status comment grant { id } } }`,
      { id },
      { token: salesMgr },
    );
    expect(no.data.rejectAccessRequest).toEqual({
      status: 'REJECTED',
      comment: '无业务需要',
      grant: null,
    });
    expect(await ids(asker)).not.toContain(other);
    // A team lead (SELF scope) who manages the owner's department is routed past, to the manager above.
    const company = (
      await s.sql(`SELECT id FROM ${table('department')} WHERE name = '公司-req'`)
    )[0].id;
    const team = await department('小组-req', String(company));
    const leadId = await createUser(s, admin, 'req.lead', [staffRole], { departmentId: team });
    await setManager(team, leadId);
    await createUser(s, admin, 'req.member', [staffRole], { departmentId: team });
    const member = await s.login('req.member', 'Passw0rd!');
    const lead = await s.login('req.lead', 'Passw0rd!');
    const teamCustomer = (
      await s.gql(CREATE, { c: { kind: 'ENTERPRISE', name: '小组客户' } }, { token: member })
    ).data.createOneCustomer.id;
    const own = await s.gql(
      REQUEST,
      { i: { customerIds: [teamCustomer], level: 'READ', reason: '跟进', until: inDays(3) } },
      { token: lead },
    );
    expect(own.data.requestCustomerAccess[0].approver).toEqual({ username: 'req.gm' });
  });
});

describe('change requests for protected fields', () => {
  let mgr: string;
  let staff: string;
  let customer: string;
  beforeAll(async () => {
    const dept = await department('销售部-chg');
    const mgrId = await createUser(s, admin, 'chg.mgr', [managerRole], { departmentId: dept });
    await setManager(dept, mgrId);
    await createUser(s, admin, 'chg.staff', [staffRole], { departmentId: dept });
    mgr = await s.login('chg.mgr', 'Passw0rd!');
    staff = await s.login('chg.staff', 'Passw0rd!');
    customer = (
      await s.gql(CREATE, { c: { kind: 'ENTERPRISE', name: '原名公司' } }, { token: staff })
    ).data.createOneCustomer.id;
  });

  it('applies unprotected fields directly and sends protected ones for approval', async () => {
    const noReason = await s.gql(
      UPDATE,
      { i: { id: customer, version: 1, update: { name: '新名公司', remarks: '备注' } } },
      { token: staff },
    );
    expect(noReason.errors![0].extensions.code).toBe('BAD_USER_INPUT');
    expect(
      await s.sql(
        `SELECT remarks, version FROM ${table('customer')} WHERE id = ${Number(customer)}`,
      ),
    ).toEqual([{ remarks: null, version: 1 }]);
    const res = await s.gql(
      UPDATE,
      {
        i: {
          id: customer,
          version: 1,
          update: { name: '新名公司', remarks: '备注' },
          reason: '工商变更',
        },
      },
      { token: staff },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data.updateOneCustomer).toMatchObject({
      name: '原名公司',
      remarks: '备注',
      version: 2,
      submittedChangeRequest: {
        status: 'PENDING',
        baseVersion: 2,
        diff: { name: { from: '原名公司', to: '新名公司' } },
      },
    });
    const inbox = await s.gql(
      `{ changeRequests(filter: { status: PENDING, approver: me }) { nodes { id reason diff requester { username } } } }`,
      {},
      { token: mgr },
    );
    expect(inbox.data.changeRequests.nodes).toEqual([
      {
        id: res.data.updateOneCustomer.submittedChangeRequest.id,
        reason: '工商变更',
        diff: { name: { from: '原名公司', to: '新名公司' } },
        requester: { username: 'chg.staff' },
      },
    ]);
    const applied = await s.gql(
      `mutation($id: ID!) { applyChangeRequest(id: $id, comment: "核实无误") { status } }`,
      { id: res.data.updateOneCustomer.submittedChangeRequest.id },
      { token: mgr },
    );
    expect(applied.data.applyChangeRequest.status).toBe('APPROVED');
    const after = await s.gql(
      `query($id: ID!) { customer(id: $id) { name version formerNames { name } history { field oldValue newValue reason actorName } } }`,
      { id: customer },
      { token: staff },
    );
    expect(after.data.customer).toMatchObject({
      name: '新名公司',
      version: 3,
      formerNames: [{ name: '原名公司' }],
    });
    expect(after.data.customer.history[0]).toMatchObject({
      field: 'name',
      oldValue: '原名公司',
      newValue: '新名公司',
      actorName: 'chg.mgr',
    });
    expect(after.data.customer.history[0].reason).toContain('工商变更');
  });

  it('refuses a stale base version with CONFLICT, keeps the request open, and applies after a rebase', async () => {
    const asked = await s.gql(
      `mutation($id: ID!) { renameCustomer(id: $id, newName: "再改名公司", reason: "品牌升级") { name submittedChangeRequest { id baseVersion } } }`,
      { id: customer },
      { token: staff },
    );
    const crId = asked.data.renameCustomer.submittedChangeRequest.id;
    expect(asked.data.renameCustomer.name).toBe('新名公司');
    await s.gql(
      UPDATE,
      { i: { id: customer, version: 3, update: { remarks: '又改了备注' } } },
      { token: staff },
    );
    const stale = await s.gql(
      `mutation($id: ID!) { applyChangeRequest(id: $id) { status } }`,
      { id: crId },
      { token: mgr },
    );
    expect(stale.errors![0].extensions.code).toBe('CONFLICT');
    expect(
      await s.sql(`SELECT status FROM ${table('change_request')} WHERE id = ${Number(crId)}`),
    ).toEqual([{ status: 'PENDING' }]);
    expect(
      await s.sql(`SELECT name FROM ${table('customer')} WHERE id = ${Number(customer)}`),
    ).toEqual([{ name: '新名公司' }]);
    const rebased = await s.gql(
      `mutation($id: ID!) { rebaseChangeRequest(id: $id) { baseVersion } }`,
      { id: crId },
      { token: staff },
    );
    expect(rebased.data.rebaseChangeRequest.baseVersion).toBe(4);
    expect(
      (
        await s.gql(
          `mutation($id: ID!) { applyChangeRequest(id: $id) { status } }`,
          { id: crId },
          { token: mgr },
        )
      ).data.applyChangeRequest.status,
    ).toBe('APPROVED');
    expect(
      await s.sql(`SELECT name FROM ${table('customer')} WHERE id = ${Number(customer)}`),
    ).toEqual([{ name: '再改名公司' }]);
    const actions = await s.sql(
      `SELECT action FROM ${table('audit_log')} WHERE customer_id = ${Number(customer)} AND action LIKE 'change.%' ORDER BY id`,
    );
    expect(actions.map((r: { action: string }) => r.action)).toEqual([
      'change.request',
      'change.apply',
      'change.request',
      'change.rebase',
      'change.apply',
    ]);
  });

  it('lets holders of change.approve edit protected fields directly', async () => {
    const res = await s.gql(
      UPDATE,
      { i: { id: customer, version: 5, update: { name: '经理直改公司' } } },
      { token: mgr },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data.updateOneCustomer).toMatchObject({
      name: '经理直改公司',
      submittedChangeRequest: null,
    });
  });
});
