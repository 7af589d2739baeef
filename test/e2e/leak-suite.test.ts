// The leak suite (issue 5's acceptance bar): for every kind of user, exactly the expected customers
// are visible through every read path, and the paths are listed from the schema itself so that a
// new field reaching customer data fails here until it is covered.
import { buildClientSchema, getNamedType, getIntrospectionQuery, isObjectType } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRole, createUser } from '../helpers/fixtures';
import { errorCode, startTestServer, table, type TestServer } from '../helpers/test-server';

let s: TestServer;
const token: Record<string, string> = {};
const c: Record<string, string> = {};
let contactId: string;
let documentId: string;

const USERS = [
  'admin',
  'gm',
  'manager',
  'staffE',
  'staffS',
  'other',
  'expired',
  'active',
  'terr',
] as const;
type UserName = (typeof USERS)[number];
const CUSTOMERS = ['E', 'S', 'M', 'T', 'X'] as const;
/** Who sees what. E/S: staff in sibling departments under Sales; M: the Sales manager's; T: in the territory; X: nobody's scope. */
const VISIBLE: Record<UserName, string[]> = {
  admin: ['E', 'S', 'M', 'T', 'X'],
  gm: ['E', 'S', 'M', 'T', 'X'],
  manager: ['E', 'S', 'M'],
  staffE: ['E'],
  staffS: ['S'],
  other: [],
  expired: [],
  active: ['S'],
  terr: ['T'],
};
const visible = (u: UserName) => VISIBLE[u].map((k) => c[k]).sort();
const sorted = (ids: string[]) => [...new Set(ids)].sort();

async function gql(u: UserName, query: string, variables: Record<string, unknown> = {}) {
  return s.gql(query, variables, { token: token[u] });
}
async function ok(u: UserName, query: string, variables: Record<string, unknown> = {}) {
  const res = await gql(u, query, variables);
  if (res.errors) throw new Error(`${u}: ${JSON.stringify(res.errors)}`);
  return res.data;
}

beforeAll(async () => {
  s = await startTestServer();
  const admin = await s.login();
  token.admin = admin;
  const dept = async (name: string, parentId?: string) =>
    (
      await s.gql(
        `mutation($d: CreateDepartmentInput!) { createOneDepartment(input: { department: $d }) { id } }`,
        { d: { name, parentId } },
        { token: admin },
      )
    ).data.createOneDepartment.id as string;
  const sales = await dept('销售部-leak');
  const east = await dept('华东组-leak', sales);
  const south = await dept('华南组-leak', sales);
  const support = await dept('支持部-leak');
  const property = await dept('物业部-leak');
  const gmRole = await createRole(
    s,
    admin,
    '总经理-leak',
    ['customer.create', 'customer.update', 'access.request'],
    'ALL',
  );
  const mgrRole = await createRole(
    s,
    admin,
    '经理-leak',
    ['customer.create', 'customer.update', 'access.grant', 'audit.view', 'access.request'],
    'DEPT_AND_BELOW',
  );
  const staffRole = await createRole(
    s,
    admin,
    '业务员-leak',
    ['customer.create', 'customer.update', 'access.request', 'audit.view'],
    'SELF',
  );
  const ids: Record<string, string> = {};
  ids.gm = await createUser(s, admin, 'leak.gm', [gmRole]);
  ids.manager = await createUser(s, admin, 'leak.manager', [mgrRole], { departmentId: sales });
  ids.staffE = await createUser(s, admin, 'leak.staffE', [staffRole], { departmentId: east });
  ids.staffS = await createUser(s, admin, 'leak.staffS', [staffRole], { departmentId: south });
  ids.other = await createUser(s, admin, 'leak.other', [staffRole], { departmentId: support });
  ids.expired = await createUser(s, admin, 'leak.expired', [staffRole], { departmentId: support });
  ids.active = await createUser(s, admin, 'leak.active', [staffRole], { departmentId: support });
  ids.terr = await createUser(s, admin, 'leak.terr', [staffRole], { departmentId: property });
  for (const u of USERS) if (u !== 'admin') token[u] = await s.login(`leak.${u}`, 'Passw0rd!');

  const t1 = (
    await s.gql(
      `mutation { createOneDictionaryItem(input: { dictionaryItem: { typeCode: "territory", code: "L-T1", labelZh: "一号楼", labelEn: "Building 1" } }) { id } }`,
      {},
      { token: admin },
    )
  ).data.createOneDictionaryItem.id;
  await s.gql(
    `mutation($p: ID!) { createOneDictionaryItem(input: { dictionaryItem: { typeCode: "territory", code: "L-T1-U1", labelZh: "一单元", labelEn: "Unit 1", parentId: $p } }) { id } }`,
    { p: t1 },
    { token: admin },
  );
  const rule = await s.gql(
    `mutation($d: ID!) { createOneAccessRule(input: { accessRule: { subjectType: DEPARTMENT, subjectId: $d, field: "territory", itemCodes: ["L-T1"], level: READ } }) { id } }`,
    { d: property },
    { token: admin },
  );
  expect(rule.errors).toBeUndefined();

  const CREATE = `mutation($c: CreateCustomerInput!) { createOneCustomer(input: { customer: $c }) { id } }`;
  const make = async (u: UserName, name: string, extra: Record<string, unknown> = {}) =>
    (await ok(u, CREATE, { c: { kind: 'INDIVIDUAL', name, mobile: '13812341234', ...extra } }))
      .createOneCustomer.id as string;
  c.E = await make('staffE', '旧名E客户');
  c.S = await make('staffS', '客户S');
  c.M = await make('manager', '客户M');
  c.T = await make('admin', '客户T', { territory: 'L-T1-U1' });
  c.X = await make('admin', '客户X');
  await ok(
    'admin',
    `mutation($id: ID!) { renameCustomer(id: $id, newName: "客户E", reason: "更名") { id } }`,
    { id: c.E },
  );

  const GRANT = `mutation($i: GrantCustomerAccessInput!) { grantCustomerAccess(input: $i) { id } }`;
  const expiredGrant = (
    await ok('admin', GRANT, {
      i: {
        customerIds: [c.E],
        toUserId: ids.expired,
        level: 'READ',
        expiresAt: new Date(Date.now() + 3600_000).toISOString(),
        reason: '对账',
      },
    })
  ).grantCustomerAccess[0].id;
  await s.sql(
    `UPDATE ${table('customer_grant')} SET expires_at = '2000-01-01 00:00:00' WHERE id = ${Number(expiredGrant)}`,
  );
  await ok('admin', GRANT, {
    i: {
      customerIds: [c.S],
      toUserId: ids.active,
      level: 'READ',
      expiresAt: new Date(Date.now() + 3600_000).toISOString(),
      reason: '售后',
    },
  });

  // One contact linked to every customer; a chain E – X – S of relationships; a follow-up and a transaction on each.
  contactId = (
    await ok(
      'admin',
      `mutation($c: ID!) { createOneContact(input: { contact: { customerId: $c, name: "共享联系人", mobile: "13900001111" } }) { id } }`,
      { c: c.X },
    )
  ).createOneContact.id;
  for (const k of CUSTOMERS) {
    if (k !== 'X')
      await ok(
        'admin',
        `mutation($ct: ID!, $c: ID!) { linkContactToCustomer(contactId: $ct, customerId: $c) { customerId } }`,
        { ct: contactId, c: c[k] },
      );
    await ok(
      'admin',
      `mutation($c: ID!) { createOneFollowup(input: { followup: { customerId: $c, content: "回访" } }) { id } }`,
      { c: c[k] },
    );
    await ok(
      'admin',
      `mutation($c: ID!) { createOneTransaction(input: { transaction: { customerId: $c, type: "receivable", amount: "10.00", occurredOn: "2026-01-01" } }) { id } }`,
      { c: c[k] },
    );
  }
  const REL = `mutation($f: ID!, $t: ID!) { createOneRelationship(input: { relationship: { type: "partner", fromKind: CUSTOMER, fromId: $f, toKind: CUSTOMER, toId: $t } }) { id } }`;
  await ok('admin', REL, { f: c.E, t: c.X });
  await ok('admin', REL, { f: c.X, t: c.S });
  await ok('admin', REL, { f: c.E, t: c.M });

  const form = new FormData();
  form.append('type', 'contract');
  form.append(
    'file',
    new Blob([new TextEncoder().encode('contract')], { type: 'application/pdf' }),
    'e.pdf',
  );
  const up = await fetch(`${s.url}/files/customers/${c.E}/documents`, {
    method: 'POST',
    headers: { authorization: `Bearer ${admin}`, 'x-dossier-csrf': '1' },
    body: form,
  });
  expect(up.status).toBe(201);
  documentId = String(((await up.json()) as { id: string }).id);
}, 120_000);
afterAll(() => s?.close());

describe.each(USERS)('%s sees exactly their customers', (u) => {
  it('customers: nodes and totalCount', async () => {
    const data = await ok(u, `{ customers(paging: { limit: 200 }) { totalCount nodes { id } } }`);
    expect(sorted(data.customers.nodes.map((n: { id: string }) => n.id))).toEqual(visible(u));
    expect(data.customers.totalCount).toBe(VISIBLE[u].length);
  });

  it('customer(id): NOT_FOUND for unreadable ones, exactly as for a missing id', async () => {
    const missing = await gql(u, `query($id: ID!) { customer(id: $id) { id } }`, { id: '999999' });
    expect(errorCode(missing)).toBe('NOT_FOUND');
    for (const k of CUSTOMERS) {
      const res = await gql(u, `query($id: ID!) { customer(id: $id) { id name } }`, { id: c[k] });
      if (VISIBLE[u].includes(k)) expect(res.data.customer.id).toBe(c[k]);
      else {
        expect(errorCode(res)).toBe('NOT_FOUND');
        expect(res.errors![0].message).toBe(missing.errors![0].message);
      }
    }
  });

  it('nested: contact → customers, relationship other ends, a follow-up’s and a transaction’s customer', async () => {
    const contacts = await ok(u, `{ contacts { nodes { id customers { id } } } }`);
    if (VISIBLE[u].length)
      expect(sorted(contacts.contacts.nodes[0].customers.map((x: { id: string }) => x.id))).toEqual(
        visible(u),
      );
    else expect(contacts.contacts.nodes).toEqual([]);
    const followups = await ok(
      u,
      `{ followups(paging: { limit: 200 }) { totalCount nodes { customer { id } } } }`,
    );
    expect(
      sorted(followups.followups.nodes.map((f: { customer: { id: string } }) => f.customer.id)),
    ).toEqual(visible(u));
    expect(followups.followups.totalCount).toBe(VISIBLE[u].length);
    const transactions = await ok(
      u,
      `{ transactions(paging: { limit: 200 }) { nodes { customer { id } } } }`,
    );
    expect(
      sorted(
        transactions.transactions.nodes.map((t: { customer: { id: string } }) => t.customer.id),
      ),
    ).toEqual(visible(u));
    for (const k of VISIBLE[u]) {
      const d = await ok(
        u,
        `query($id: ID!) { customer(id: $id) { relationships { other { ... on Customer { id } } } contacts { id } followups { id } transactions { id } } }`,
        { id: c[k] },
      );
      for (const r of d.customer.relationships) expect(visible(u)).toContain(r.other.id);
    }
  });

  it('relationshipGraph never passes through an unreadable node', async () => {
    const roots = VISIBLE[u];
    if (!roots.length) {
      expect(
        errorCode(
          await gql(
            u,
            `query($r: ID!) { relationshipGraph(rootType: CUSTOMER, rootId: $r, depth: 3) { nodes { id } } }`,
            { r: c.E },
          ),
        ),
      ).toBe('NOT_FOUND');
      return;
    }
    for (const k of roots) {
      const g = await ok(
        u,
        `query($r: ID!) { relationshipGraph(rootType: CUSTOMER, rootId: $r, depth: 3) { nodes { kind id customer { id } } } }`,
        { r: c[k] },
      );
      const customers = g.relationshipGraph.nodes
        .filter((n: { kind: string }) => n.kind === 'CUSTOMER')
        .map((n: { id: string }) => String(n.id));
      for (const id of customers) expect(visible(u)).toContain(id);
    }
    if (u === 'manager') {
      // S is readable but reachable from E only through X, which the manager cannot read.
      const g = await ok(
        u,
        `query($r: ID!) { relationshipGraph(rootType: CUSTOMER, rootId: $r, depth: 3) { nodes { id } } }`,
        { r: c.E },
      );
      expect(g.relationshipGraph.nodes.map((n: { id: string }) => String(n.id)).sort()).toEqual(
        [c.E, c.M].sort(),
      );
    }
  });

  it('search, including a former name', async () => {
    const found = await ok(u, `{ customers(search: "旧名E") { nodes { id } } }`);
    expect(found.customers.nodes.map((n: { id: string }) => n.id)).toEqual(
      VISIBLE[u].includes('E') ? [c.E] : [],
    );
    const byName = await ok(
      u,
      `{ customers(search: "客户", paging: { limit: 200 }) { totalCount } }`,
    );
    expect(byName.customers.totalCount).toBe(VISIBLE[u].length);
  });

  it('filters and sorts on sensitive fields only for callers who see them in clear', async () => {
    const res = await gql(u, `{ customers(filter: { mobile: { like: "138%" } }) { totalCount } }`);
    const sort = await gql(
      u,
      `{ customers(sorting: [{ field: mobile, direction: ASC }]) { totalCount } }`,
    );
    if (u === 'admin') {
      expect(res.data.customers.totalCount).toBe(5);
      expect(sort.errors).toBeUndefined();
    } else {
      expect(errorCode(res)).toBe('FORBIDDEN');
      expect(errorCode(sort)).toBe('FORBIDDEN');
    }
    const card = await ok(u, `{ customers { nodes { mobile } } }`);
    for (const n of card.customers.nodes)
      expect(n.mobile).toBe(u === 'admin' ? '13812341234' : '138****1234');
  });

  it('history and audit views', async () => {
    for (const k of VISIBLE[u])
      expect(
        (await ok(u, `query($id: ID!) { customer(id: $id) { history { field } } }`, { id: c[k] }))
          .customer.history,
      ).toBeInstanceOf(Array);
    const audit = await gql(
      u,
      `{ auditLogs(filter: { action: { eq: "customer.create" } }, paging: { limit: 200 }) { nodes { customerId } } }`,
    );
    if (audit.errors) {
      expect(errorCode(audit)).toBe('FORBIDDEN');
      return;
    }
    const seen = sorted(
      audit.data.auditLogs.nodes.map((n: { customerId: string }) => n.customerId),
    );
    expect(seen).toEqual(visible(u));
    // Every entry (contacts, follow-ups, transactions, relationships, documents, grants…) names
    // only customers the caller may see; entries about no customer only for ALL-scope auditors.
    const every = await ok(u, `{ auditLogs(paging: { limit: 200 }) { nodes { customerId } } }`);
    for (const n of every.auditLogs.nodes as { customerId: string | null }[])
      if (u !== 'admin') expect(visible(u)).toContain(n.customerId);
  });

  it('document download', async () => {
    const res = await fetch(`${s.url}/files/documents/${documentId}`, {
      headers: { authorization: `Bearer ${token[u]}` },
    });
    expect(res.status).toBe(VISIBLE[u].includes('E') ? 200 : 404);
    await res.arrayBuffer();
  });

  it('write paths refuse customers the user cannot read, as if missing', async () => {
    const hidden = CUSTOMERS.filter((k) => !VISIBLE[u].includes(k));
    for (const k of hidden.slice(0, 2)) {
      const id = c[k];
      const calls = [
        [
          `mutation($id: ID!) { updateOneCustomer(input: { id: $id, version: 1, update: { remarks: "x" } }) { id } }`,
          { id },
        ],
        [`mutation($id: ID!) { setCustomerStatus(id: $id, status: DORMANT) { id } }`, { id }],
        [
          `mutation($id: ID!) { createOneFollowup(input: { followup: { customerId: $id, content: "x" } }) { id } }`,
          { id },
        ],
        [
          `mutation($id: ID!) { createOneTransaction(input: { transaction: { customerId: $id, type: "receivable", amount: "1.00", occurredOn: "2026-01-01" } }) { id } }`,
          { id },
        ],
        [
          `mutation($id: ID!, $ct: ID!) { linkContactToCustomer(contactId: $ct, customerId: $id) { customerId } }`,
          { id, ct: contactId },
        ],
      ] as const;
      for (const [query, vars] of calls)
        expect(errorCode(await gql(u, query, vars))).toBe('NOT_FOUND');
    }
  });
});

describe('edit paths', () => {
  it('READ grants read, EDIT grants edit; a protected field becomes a change request; a stale approval is CONFLICT', async () => {
    const read = (
      await ok('active', `query($id: ID!) { customer(id: $id) { version canEdit } }`, { id: c.S })
    ).customer;
    expect(read.canEdit).toBe(false);
    const version = read.version;
    expect(
      errorCode(
        await gql(
          'active',
          `mutation($id: ID!, $v: Int!) { updateOneCustomer(input: { id: $id, version: $v, update: { remarks: "x" } }) { id } }`,
          { id: c.S, v: version },
        ),
      ),
    ).toBe('FORBIDDEN');
    const activeId = (await ok('active', `{ me { id } }`)).me.id;
    await ok(
      'admin',
      `mutation($i: GrantCustomerAccessInput!) { grantCustomerAccess(input: $i) { id } }`,
      {
        i: {
          customerIds: [c.S],
          toUserId: activeId,
          level: 'EDIT',
          expiresAt: new Date(Date.now() + 3600_000).toISOString(),
          reason: '协助',
        },
      },
    );
    const edited = await ok(
      'active',
      `mutation($id: ID!, $v: Int!) { updateOneCustomer(input: { id: $id, version: $v, update: { remarks: "协助修改" } }) { remarks version } }`,
      { id: c.S, v: version },
    );
    expect(edited.updateOneCustomer.remarks).toBe('协助修改');
    expect(
      (
        await ok(
          'active',
          `query($id: ID!) { customers(filter: { id: { eq: $id } }) { nodes { canEdit } } }`,
          { id: c.S },
        )
      ).customers.nodes,
    ).toEqual([{ canEdit: true }]);

    const v = edited.updateOneCustomer.version;
    const asked = await ok(
      'staffS',
      `mutation($id: ID!, $v: Int!) { updateOneCustomer(input: { id: $id, version: $v, update: { name: "客户S新名" }, reason: "更正" }) { name submittedChangeRequest { id } } }`,
      { id: c.S, v },
    );
    expect(asked.updateOneCustomer.name).toBe('客户S');
    await ok(
      'staffS',
      `mutation($id: ID!, $v: Int!) { updateOneCustomer(input: { id: $id, version: $v, update: { remarks: "再改" } }) { id } }`,
      { id: c.S, v },
    );
    const stale = await gql(
      'admin',
      `mutation($id: ID!) { applyChangeRequest(id: $id) { status } }`,
      { id: asked.updateOneCustomer.submittedChangeRequest.id },
    );
    expect(errorCode(stale)).toBe('CONFLICT');
    expect(await s.sql(`SELECT name FROM ${table('customer')} WHERE id = ${Number(c.S)}`)).toEqual([
      { name: '客户S' },
    ]);
  });
});

describe('every read path that reaches customer data is covered', () => {
  // Each entry names the test above that asserts the policy on that path.
  const COVERED: Record<string, string> = {
    'Query.customers': 'customers: nodes and totalCount',
    'Query.customer': 'customer(id)',
    'Query.previewCustomersAs':
      'access.test.ts: act-as runs the same list query for the previewed user (admins only)',
    'Query.customerDirectory':
      'access.test.ts: number and masked name only, unreadable customers only',
    'Query.contacts': 'nested: contact → customers',
    'Query.contact': 'people.test.ts: NOT_FOUND for contacts of unreadable customers',
    'Query.followups': 'nested: follow-ups',
    'Query.transactions': 'nested: transactions',
    'Query.documents': 'documents.test.ts: documents of readable customers only',
    'Query.relationshipGraph': 'relationshipGraph never passes through an unreadable node',
    'Query.auditLogs': 'history and audit views',
    'Contact.customers': 'nested: contact → customers',
    'Contact.relationships': 'relationship other ends go through the same readable() check',
    'Contact.history': 'reached only through a readable contact',
    'Customer.contacts': 'reached only through a readable customer',
    'Customer.documents': 'reached only through a readable customer',
    'Customer.followups': 'reached only through a readable customer',
    'Customer.transactions': 'reached only through a readable customer',
    'Customer.history': 'history and audit views',
    'Customer.grants': 'needs access.grant; reached only through a readable customer',
    'Customer.relationships': 'nested: relationship other ends',
    'CustomerConnection.nodes': 'customers: nodes and totalCount',
    'ContactConnection.nodes': 'nested: contact → customers',
    'FollowupConnection.nodes': 'nested: follow-ups',
    'TransactionConnection.nodes': 'nested: transactions',
    'DocumentConnection.nodes': 'documents.test.ts',
    'Followup.customer': 'nested: a follow-up’s customer',
    'Transaction.customer': 'nested: a transaction’s customer',
    'Document.customer': 'document download',
    'GraphNode.customer': 'relationshipGraph',
    'GraphNode.contact': 'relationshipGraph',
    'GraphEdge.relationship': 'relationshipGraph',
    'RelationshipEdge.relationship': 'nested: relationship other ends',
    'AccessRequest.customer': 'access.test.ts: masked name unless readable',
    'AccessRequest.grant': 'access.test.ts',
    'ChangeRequest.customer': 'access.test.ts: masked name unless readable',
    'DuplicateCandidate.customer':
      'duplicates.test.ts: null (hidden) unless readable, the same answer for any hidden record',
    'DuplicateGroup.customers':
      'duplicates.test.ts: readable members only, groups with at least two readable members',
    'AuditLog.customer': 'access-desk.test.ts: number and name of readable customers only',
    'BulkCustomerResult.customer':
      'bulk.test.ts: only for rows the caller could change; hidden and missing ids answer alike',
    'GlobalSearchResult.customers':
      'search-views.test.ts: own customer found, another department’s absent, masked phones not searchable',
    'GlobalSearchResult.contacts': 'search-views.test.ts: contacts of readable customers only',
  };
  const DATA_TYPES = new Set([
    'Customer',
    'CustomerConnection',
    'Contact',
    'ContactConnection',
    'Followup',
    'FollowupConnection',
    'Transaction',
    'TransactionConnection',
    'Document',
    'DocumentConnection',
    'RelationshipGraph',
    'RelationshipEdge',
    'Relationship',
    'CustomerHistory',
    'ContactHistory',
    'AuditLogConnection',
    'CustomerGrant',
    'CustomerSummary',
    'AuditCustomer',
  ]);

  it('lists no read path without a policy test', async () => {
    const res = await s.gql(getIntrospectionQuery(), {}, { token: token.admin });
    const schema = buildClientSchema(res.data);
    const paths: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (!isObjectType(type) || type.name.startsWith('__') || type.name === 'Mutation') continue;
      for (const field of Object.values(type.getFields()))
        if (DATA_TYPES.has(getNamedType(field.type).name)) paths.push(`${type.name}.${field.name}`);
    }
    expect(paths.length).toBeGreaterThan(30);
    expect(paths.filter((p) => !COVERED[p])).toEqual([]);
  });
});
