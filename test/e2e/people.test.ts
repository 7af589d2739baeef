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
let staffRole: string;
beforeAll(async () => {
  s = await startTestServer();
  admin = await s.login();
  staffRole = await createRole(
    s,
    admin,
    '业务员-people',
    ['customer.create', 'customer.update'],
    'SELF',
  );
});
afterAll(() => s?.close());

const CUSTOMER = `mutation($c: CreateCustomerInput!) { createOneCustomer(input: { customer: $c }) { id } }`;
const CONTACT = `mutation($c: CreateContactInput!) { createOneContact(input: { contact: $c }) { id name mobile closeness decisionRole { code } importantDates } }`;
const EDGE = `mutation($r: CreateRelationshipInput!) { createOneRelationship(input: { relationship: $r }) { id type { code } } }`;
const GRAPH = `query($t: NodeKind!, $id: ID!, $d: Int, $l: Int, $types: [String!]) { relationshipGraph(rootType: $t, rootId: $id, depth: $d, limit: $l, types: $types) { nodes { key depth label } edges { from to relationship { type { code } } } truncated } }`;
const fields = (r: GqlResult) =>
  ((r.errors?.[0]?.extensions.fields ?? []) as { field: string }[]).map((f) => f.field).sort();

async function customer(token: string, name: string) {
  const res = await s.gql(CUSTOMER, { c: { kind: 'ENTERPRISE', name } }, { token });
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data.createOneCustomer.id as string;
}
async function edge(
  token: string,
  type: string,
  fromKind: string,
  fromId: string,
  toKind: string,
  toId: string,
) {
  return s.gql(
    EDGE,
    { r: { type, fromKind, fromId, toKind, toId, strength: 3, since: '2024-01-01' } },
    { token },
  );
}
async function staff(name: string) {
  await createUser(s, admin, name, [staffRole]);
  return s.login(name, 'Passw0rd!');
}

describe('contacts', () => {
  it('belong to customers, validate their fields, and can be linked to several customers', async () => {
    const a = await customer(admin, '联系人测试A');
    const b = await customer(admin, '联系人测试B');
    const created = await s.gql(
      CONTACT,
      {
        c: {
          customerId: a,
          name: '王经理',
          mobile: '13812345678',
          closeness: 4,
          decisionRole: 'decision_maker',
          importantDates: [{ label: '生日', date: '1980-05-01' }],
          isPrimary: true,
        },
      },
      { token: admin },
    );
    expect(created.errors).toBeUndefined();
    expect(created.data.createOneContact).toMatchObject({
      name: '王经理',
      mobile: '13812345678',
      closeness: 4,
      decisionRole: { code: 'decision_maker' },
    });
    const bad = await s.gql(
      CONTACT,
      {
        c: {
          customerId: a,
          name: '',
          mobile: '123',
          closeness: 6,
          decisionRole: 'boss',
          importantDates: [{ label: 'x', date: '2024-02-30' }],
          email: 'nope',
        },
      },
      { token: admin },
    );
    expect(fields(bad)).toEqual([
      'contact.closeness',
      'contact.decisionRole',
      'contact.email',
      'contact.importantDates',
      'contact.mobile',
      'contact.name',
    ]);
    await s.gql(CONTACT, { c: { customerId: a, name: '李助理' } }, { token: admin });
    const id = created.data.createOneContact.id;
    const linked = await s.gql(
      `mutation($c: ID!, $cu: ID!) { linkContactToCustomer(contactId: $c, customerId: $cu) { customerId } }`,
      { c: id, cu: b },
      { token: admin },
    );
    expect(
      linked.data.linkContactToCustomer.map((l: { customerId: string }) => l.customerId).sort(),
    ).toEqual([a, b].sort());
    const read = await s.gql(
      `query($id: ID!) { contact(id: $id) { customers { name } } customer(id: "${a}") { contacts { name isPrimary } } }`,
      { id },
      { token: admin },
    );
    expect(read.data.contact.customers.map((c: { name: string }) => c.name).sort()).toEqual([
      '联系人测试A',
      '联系人测试B',
    ]);
    expect(read.data.customer.contacts).toEqual([
      { name: '王经理', isPrimary: true },
      { name: '李助理', isPrimary: false },
    ]);

    const updated = await s.gql(
      `mutation($i: UpdateOneContactInput!) { updateOneContact(input: $i) { title version history { field oldValue newValue actorName } } }`,
      { i: { id, version: 1, update: { title: '采购总监', decisionRole: 'buyer' } } },
      { token: admin },
    );
    expect(updated.data.updateOneContact.version).toBe(2);
    const changes = Object.fromEntries(
      updated.data.updateOneContact.history.map((h: { field: string }) => [h.field, h]),
    );
    expect(changes.title).toEqual({
      field: 'title',
      oldValue: null,
      newValue: '采购总监',
      actorName: '系统管理员',
    });
    expect(changes.decisionRole).toMatchObject({ oldValue: 'decision_maker', newValue: 'buyer' });
    const stale = await s.gql(
      `mutation($i: UpdateOneContactInput!) { updateOneContact(input: $i) { title } }`,
      { i: { id, version: 1, update: { title: 'x' } } },
      { token: admin },
    );
    expect(errorCode(stale)).toBe('CONFLICT');
  });
});

describe('relationships', () => {
  it('refuse edges whose node kinds do not fit the type', async () => {
    const a = await customer(admin, '类型检查A');
    const b = await customer(admin, '类型检查B');
    const person = (await s.gql(CONTACT, { c: { customerId: a, name: '张三' } }, { token: admin }))
      .data.createOneContact.id;
    const wrong = await edge(admin, 'works_at', 'CUSTOMER', a, 'CUSTOMER', b);
    expect(wrong.errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'relationship.fromKind',
    });
    const spouseToCustomer = await edge(admin, 'spouse', 'CONTACT', person, 'CUSTOMER', b);
    expect(spouseToCustomer.errors![0].extensions.field).toBe('relationship.toKind');
    expect(
      (await edge(admin, 'works_at', 'CONTACT', person, 'CUSTOMER', b)).errors,
    ).toBeUndefined();
    expect(
      (await edge(admin, 'no_such_type', 'CONTACT', person, 'CUSTOMER', b)).errors![0].extensions
        .field,
    ).toBe('relationship.type');
  });

  it('read from either end with direction, the inverse label and the other end', async () => {
    const parent = await customer(admin, '集团总部');
    const child = await customer(admin, '华南子公司');
    expect(
      (await edge(admin, 'parent_company', 'CUSTOMER', parent, 'CUSTOMER', child)).errors,
    ).toBeUndefined();
    const Q = `query($id: ID!) { customer(id: $id) { relationships { direction label other { __typename ... on Customer { name } } relationship { strength since } } } }`;
    const fromParent = await s.gql(Q, { id: parent }, { token: admin, lang: 'zh-CN' });
    expect(fromParent.data.customer.relationships).toEqual([
      {
        direction: 'OUTGOING',
        label: '母公司',
        other: { __typename: 'Customer', name: '华南子公司' },
        relationship: { strength: 3, since: '2024-01-01' },
      },
    ]);
    const fromChild = await s.gql(Q, { id: child }, { token: admin, lang: 'en' });
    expect(fromChild.data.customer.relationships[0]).toMatchObject({
      direction: 'INCOMING',
      label: 'Subsidiary',
      other: { name: '集团总部' },
    });
  });
});

describe('relationshipGraph', () => {
  it('is bounded by depth, safe on cycles, truncated by the limit, and typed', async () => {
    const ids = [];
    for (const n of ['环A', '环B', '环C', '环D']) ids.push(await customer(admin, n));
    const [a, b, c, d] = ids;
    await edge(admin, 'partner', 'CUSTOMER', a, 'CUSTOMER', b);
    await edge(admin, 'partner', 'CUSTOMER', b, 'CUSTOMER', c);
    await edge(admin, 'supplier', 'CUSTOMER', c, 'CUSTOMER', a);
    await edge(admin, 'partner', 'CUSTOMER', c, 'CUSTOMER', d);
    const one = await s.gql(GRAPH, { t: 'CUSTOMER', id: a, d: 1 }, { token: admin });
    expect(one.data.relationshipGraph.nodes.map((n: { label: string }) => n.label).sort()).toEqual([
      '环A',
      '环B',
      '环C',
    ]);
    const all = await s.gql(GRAPH, { t: 'CUSTOMER', id: a, d: 4 }, { token: admin });
    expect(all.data.relationshipGraph.nodes).toHaveLength(4);
    expect(all.data.relationshipGraph.edges).toHaveLength(4);
    expect(
      all.data.relationshipGraph.nodes.find((n: { label: string }) => n.label === '环D').depth,
    ).toBe(2);
    expect(all.data.relationshipGraph.truncated).toBe(false);
    const cut = await s.gql(GRAPH, { t: 'CUSTOMER', id: a, d: 4, l: 2 }, { token: admin });
    expect(cut.data.relationshipGraph.nodes).toHaveLength(2);
    expect(cut.data.relationshipGraph.truncated).toBe(true);
    const partnersOnly = await s.gql(
      GRAPH,
      { t: 'CUSTOMER', id: a, d: 1, types: ['partner'] },
      { token: admin },
    );
    expect(
      partnersOnly.data.relationshipGraph.nodes.map((n: { label: string }) => n.label).sort(),
    ).toEqual(['环A', '环B']);
    const tooDeep = await s.gql(GRAPH, { t: 'CUSTOMER', id: a, d: 5 }, { token: admin });
    expect(tooDeep.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'depth' });
  });

  it('never passes through a node the caller cannot read', async () => {
    const erin = await staff('erin');
    const frank = await staff('frank');
    const mine = await customer(erin, 'Erin 的客户');
    const theirs = await customer(frank, 'Frank 的客户');
    const alsoMine = await customer(erin, 'Erin 的第二个客户');
    // mine → theirs → alsoMine: the only path to alsoMine runs through a customer Erin cannot read.
    expect(
      (await edge(admin, 'partner', 'CUSTOMER', mine, 'CUSTOMER', theirs)).errors,
    ).toBeUndefined();
    expect(
      (await edge(admin, 'partner', 'CUSTOMER', theirs, 'CUSTOMER', alsoMine)).errors,
    ).toBeUndefined();
    const graph = await s.gql(GRAPH, { t: 'CUSTOMER', id: mine, d: 4 }, { token: erin });
    expect(graph.data.relationshipGraph.nodes.map((n: { label: string }) => n.label)).toEqual([
      'Erin 的客户',
    ]);
    expect(graph.data.relationshipGraph.edges).toEqual([]);
    const nested = await s.gql(
      `query($id: ID!) { customer(id: $id) { relationships { label } } }`,
      { id: mine },
      { token: erin },
    );
    expect(nested.data.customer.relationships).toEqual([]);
    expect(
      errorCode(await s.gql(GRAPH, { t: 'CUSTOMER', id: theirs, d: 1 }, { token: erin })),
    ).toBe('NOT_FOUND');
    const person = (
      await s.gql(CONTACT, { c: { customerId: theirs, name: 'Frank 的联系人' } }, { token: frank })
    ).data.createOneContact.id;
    expect(
      errorCode(
        await s.gql(
          `query($id: ID!) { contact(id: $id) { name } }`,
          { id: person },
          { token: erin },
        ),
      ),
    ).toBe('NOT_FOUND');
    const list = await s.gql(`{ contacts { nodes { name } totalCount } }`, {}, { token: erin });
    expect(list.data.contacts).toEqual({ nodes: [], totalCount: 0 });
    const refused = await edge(erin, 'partner', 'CUSTOMER', mine, 'CUSTOMER', theirs);
    expect(errorCode(refused)).toBe('NOT_FOUND');
  });
});

describe('batching', () => {
  it('lists customers with contacts and relationship ends in the same number of statements for 5 and 50', async () => {
    const role = await createRole(
      s,
      admin,
      'batch-people',
      ['customer.create', 'customer.update'],
      'ALL',
    );
    await createUser(s, admin, 'peoplebatch', [role]);
    const token = await s.login('peoplebatch', 'Passw0rd!');
    let previous: string | null = null;
    for (let i = 0; i < 50; i++) {
      const id = (
        await s.gql(
          CUSTOMER,
          {
            c: {
              kind: 'ENTERPRISE',
              name: `图批量${String(i).padStart(2, '0')}`,
              region: 'guangdong',
              industry: 'I',
              grade: 'A',
              source: 'exhibition',
              nature: 'private',
            },
          },
          { token },
        )
      ).data.createOneCustomer.id;
      for (const content of ['首次拜访', '需求沟通', '报价', '回访'])
        await s.gql(
          `mutation($f: CreateFollowupInput!) { createOneFollowup(input: { followup: $f }) { id } }`,
          { f: { customerId: id, content } },
          { token },
        );
      await s.gql(
        CONTACT,
        { c: { customerId: id, name: `联系人${i}`, isPrimary: true } },
        { token },
      );
      if (previous) await edge(token, 'partner', 'CUSTOMER', previous, 'CUSTOMER', id);
      previous = id;
    }
    const Q = `query($n: Int) { customers(paging: { limit: $n }, filter: { name: { like: "图批量%" } }) { nodes { name owner { displayName } region { label } industry { label } grade { label } source { label } nature { label } contacts { name } relationships { label other { ... on Customer { name } } } followups(limit: 3) { content } } } }`;
    await s.gql(Q, { n: 1 }, { token }); // fills the process-wide caches (the user directory reloads after a login)
    const five = await s.gql(Q, { n: 5 }, { token });
    const fifty = await s.gql(Q, { n: 50 }, { token });
    expect(fifty.data.customers.nodes).toHaveLength(50);
    expect(
      fifty.data.customers.nodes.every((n: { contacts: unknown[] }) => n.contacts.length === 1),
    ).toBe(true);
    expect(
      fifty.data.customers.nodes.every((n: { followups: unknown[] }) => n.followups.length === 3),
    ).toBe(true);
    expect(fifty.statements).toBe(five.statements);
  });
});
