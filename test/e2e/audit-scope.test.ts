// The audit log holds the access policy (issue 13, section 1): an entry shows only to auditors who
// may audit one of its customers (children's entries included), entries about no customer need
// audit.view with ALL scope, a customer's filter finds its children's entries, and diffs are
// masked per viewer exactly as the record itself would be.
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRole, createUser } from '../helpers/fixtures';
import { errorCode, startTestServer, table, type TestServer } from '../helpers/test-server';

const requireBuilt = createRequire(import.meta.url);
const { backfillAuditCustomers } = requireBuilt(
  '../../server/dist/modules/audit/audit-customers.js',
) as typeof import('../../server/src/modules/audit/audit-customers');

let s: TestServer;
const token: Record<string, string> = {};
/** Customers: A/B (dept A / B, owned by staff there), A2/B2 (relationship partners), A3/B3 (deleted later), M (the mixed auditor's own). */
const c: Record<string, string> = {};
/** Record ids per department: `Entity:id` of every child record made for A's and B's customers. */
const records: Record<'A' | 'B', Set<string>> = { A: new Set(), B: new Set() };
let shared: string;

const MOBILE = { A: '13811112222', B: '13833334444', M: '13855556666' };
const ID_NUMBER = { A: '110105198501011234', B: '110105198501092345' };
const CONTACT_MOBILE = {
  A: '13900001111',
  B: '13900002222',
  shared: '13900003333',
  sharedNew: '13900004444',
};

type Entry = {
  id: string;
  action: string;
  entity: string | null;
  entityId: string | null;
  customerId: string | null;
  diff: Record<string, unknown> | null;
};
const ENTRY = `id action entity entityId customerId diff`;

async function ok(u: string, query: string, variables: Record<string, unknown> = {}) {
  const res = await s.gql(query, variables, { token: token[u] });
  if (res.errors) throw new Error(`${u}: ${JSON.stringify(res.errors)}`);
  return res.data;
}
async function entries(u: string, filter: Record<string, unknown> = {}): Promise<Entry[]> {
  const data = await ok(
    u,
    `query($f: AuditLogFilter) { auditLogs(filter: $f, paging: { limit: 200 }) { totalCount nodes { ${ENTRY} } } }`,
    { f: filter },
  );
  expect(data.auditLogs.totalCount).toBeLessThanOrEqual(200);
  return data.auditLogs.nodes;
}
const keyOf = (e: Entry) => `${e.entity}:${e.entityId}`;
const OTHER = { A: 'B', B: 'A' } as const;

beforeAll(async () => {
  s = await startTestServer();
  token.admin = await s.login();
  const dept = async (name: string) =>
    (
      await ok(
        'admin',
        `mutation($d: CreateDepartmentInput!) { createOneDepartment(input: { department: $d }) { id } }`,
        { d: { name } },
      )
    ).createOneDepartment.id as string;
  const deptA = await dept('甲部-audit');
  const deptB = await dept('乙部-audit');
  const roles = (await ok('admin', `{ roles(paging: { limit: 50 }) { nodes { id name } } }`)).roles
    .nodes as { id: string; name: string }[];
  const builtIn = (name: string) => roles.find((r) => r.name === name)!.id;
  const manager = builtIn('部门经理');
  const staff = builtIn('业务员');
  // A SELF role that sees sensitive values on its own records, plus an ALL role with only audit.view.
  const selfSensitive = await createRole(s, token.admin, '自助-audit', [
    'customer.read',
    'customer.create',
    'customer.update',
    'customer.viewSensitive',
  ]);
  const auditAll = await createRole(s, token.admin, '审计-audit', ['audit.view'], 'ALL');
  await createUser(s, token.admin, 'au.mgrA', [manager], { departmentId: deptA });
  await createUser(s, token.admin, 'au.mgrB', [manager], { departmentId: deptB });
  const staffIds = {
    A: await createUser(s, token.admin, 'au.staffA', [staff], { departmentId: deptA }),
    B: await createUser(s, token.admin, 'au.staffB', [staff], { departmentId: deptB }),
  };
  await createUser(s, token.admin, 'au.mixed', [selfSensitive, auditAll], {
    departmentId: deptA,
  });
  for (const u of ['mgrA', 'mgrB', 'staffA', 'staffB', 'mixed'])
    token[u] = await s.login(`au.${u}`, 'Passw0rd!');

  const CREATE = `mutation($c: CreateCustomerInput!) { createOneCustomer(input: { customer: $c }) { id } }`;
  const make = async (u: string, name: string, extra: Record<string, unknown> = {}) =>
    (await ok(u, CREATE, { c: { kind: 'INDIVIDUAL', name, ...extra } })).createOneCustomer
      .id as string;
  for (const d of ['A', 'B'] as const) {
    const owner = d === 'A' ? 'staffA' : 'staffB';
    c[d] = await make(owner, `客户${d}-audit`, { mobile: MOBILE[d], idNumber: ID_NUMBER[d] });
    c[`${d}2`] = await make(owner, `伙伴${d}-audit`);
    c[`${d}3`] = await make(owner, `将删${d}-audit`, { mobile: MOBILE[d] });
  }
  c.M = await make('mixed', '自有-audit', { mobile: MOBILE.M });

  for (const d of ['A', 'B'] as const) {
    const owner = d === 'A' ? 'staffA' : 'staffB';
    const add = (entity: string, id: string) => records[d].add(`${entity}:${id}`);
    const contact = (
      await ok(
        owner,
        `mutation($c: ID!, $m: String!) { createOneContact(input: { contact: { customerId: $c, name: "联系人${d}", mobile: $m } }) { id version } }`,
        { c: c[d], m: CONTACT_MOBILE[d] },
      )
    ).createOneContact;
    add('Contact', contact.id);
    await ok(owner, `mutation($i: UpdateOneContactInput!) { updateOneContact(input: $i) { id } }`, {
      i: { id: contact.id, version: contact.version, update: { phone: '01088889999' } },
    });
    const followup = (
      await ok(
        owner,
        `mutation($c: ID!) { createOneFollowup(input: { followup: { customerId: $c, content: "回访${d}机密" } }) { id } }`,
        { c: c[d] },
      )
    ).createOneFollowup.id;
    add('Followup', followup);
    const gone = (
      await ok(
        owner,
        `mutation($c: ID!) { createOneFollowup(input: { followup: { customerId: $c, content: "将删回访${d}" } }) { id } }`,
        { c: c[d] },
      )
    ).createOneFollowup.id;
    add('Followup', gone);
    await ok(owner, `mutation($id: ID!) { deleteOneFollowup(input: { id: $id }) { id } }`, {
      id: gone,
    });
    add(
      'Transaction',
      (
        await ok(
          owner,
          `mutation($c: ID!) { createOneTransaction(input: { transaction: { customerId: $c, type: "receivable", amount: "999.00", occurredOn: "2026-01-01" } }) { id } }`,
          { c: c[d] },
        )
      ).createOneTransaction.id,
    );
    const REL = `mutation($ty: String!, $fk: NodeKind!, $f: ID!, $tk: NodeKind!, $t: ID!) { createOneRelationship(input: { relationship: { type: $ty, fromKind: $fk, fromId: $f, toKind: $tk, toId: $t } }) { id } }`;
    add(
      'Relationship',
      (
        await ok(owner, REL, {
          ty: 'partner',
          fk: 'CUSTOMER',
          f: c[d],
          tk: 'CUSTOMER',
          t: c[`${d}2`],
        })
      ).createOneRelationship.id,
    );
    // A relationship whose only customer is reached through its contact end.
    const viaContact = (
      await ok(owner, REL, {
        ty: 'referral',
        fk: 'CONTACT',
        f: contact.id,
        tk: 'CUSTOMER',
        t: c[`${d}2`],
      })
    ).createOneRelationship.id;
    add('Relationship', viaContact);
    await ok(owner, `mutation($id: ID!) { deleteOneRelationship(input: { id: $id }) { id } }`, {
      id: viaContact,
    });

    const form = new FormData();
    form.append('type', 'contract');
    form.append(
      'file',
      new Blob([new TextEncoder().encode('合同')], { type: 'application/pdf' }),
      `合同${d}.pdf`,
    );
    const up = await fetch(`${s.url}/files/customers/${c[d]}/documents`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token[owner]}`, 'x-dossier-csrf': '1' },
      body: form,
    });
    expect(up.status).toBe(201);
    const documentId = String(((await up.json()) as { id: string }).id);
    add('Document', documentId);
    const down = await fetch(`${s.url}/files/documents/${documentId}`, {
      headers: { authorization: `Bearer ${token.admin}` },
    });
    expect(down.status).toBe(200);
    await down.arrayBuffer();

    const grants = (
      await ok(
        'admin',
        `mutation($i: GrantCustomerAccessInput!) { grantCustomerAccess(input: $i) { id } }`,
        {
          i: {
            customerIds: [c[d]],
            toUserId: staffIds[OTHER[d]],
            level: 'READ',
            expiresAt: new Date(Date.now() + 60_000).toISOString(),
            reason: `共享${d}`,
          },
        },
      )
    ).grantCustomerAccess as { id: string }[];
    add('CustomerGrant', grants.map((g) => g.id).join(','));
    await ok('admin', `mutation($id: ID!) { revokeCustomerGrant(id: $id) { id } }`, {
      id: grants[0].id,
    });
    const REVEAL = `mutation($c: ID, $ct: ID, $f: String!) { revealField(customerId: $c, contactId: $ct, field: $f, reason: "核对") }`;
    expect((await ok('admin', REVEAL, { c: c[d], f: 'mobile' })).revealField).toBe(MOBILE[d]);
    expect((await ok('admin', REVEAL, { ct: contact.id, f: 'mobile' })).revealField).toBe(
      CONTACT_MOBILE[d],
    );
    // A protected and sensitive field changed by staff without change.approve: a change request.
    const version = (
      await ok(owner, `query($id: ID!) { customer(id: $id) { version } }`, { id: c[d] })
    ).customer.version;
    const change = await ok(
      owner,
      `mutation($i: UpdateOneCustomerInput!) { updateOneCustomer(input: $i) { submittedChangeRequest { id } } }`,
      {
        i: {
          id: c[d],
          version,
          update: { idNumber: d === 'A' ? '110105198501063456' : '110105198501034567' },
          reason: '证件更换',
        },
      },
    );
    expect(change.updateOneCustomer.submittedChangeRequest.id).toBeTruthy();
    await ok('admin', `mutation($id: ID!) { deleteOneCustomer(input: { id: $id }) { id } }`, {
      id: c[`${d}3`],
    });
  }
  // One contact linked to an A and a B customer.
  shared = (
    await ok(
      'staffA',
      `mutation($c: ID!, $m: String!) { createOneContact(input: { contact: { customerId: $c, name: "共享人", mobile: $m } }) { id } }`,
      { c: c.A, m: CONTACT_MOBILE.shared },
    )
  ).createOneContact.id;
  await ok(
    'admin',
    `mutation($ct: ID!, $c: ID!) { linkContactToCustomer(contactId: $ct, customerId: $c) { customerId } }`,
    { ct: shared, c: c.B },
  );
  const version = (
    await ok('admin', `query($id: ID!) { contact(id: $id) { version } }`, { id: shared })
  ).contact.version;
  await ok('admin', `mutation($i: UpdateOneContactInput!) { updateOneContact(input: $i) { id } }`, {
    i: { id: shared, version, update: { mobile: CONTACT_MOBILE.sharedNew } },
  });
}, 180_000);
afterAll(() => s?.close());

describe.each(['A', 'B'] as const)('the manager of department %s', (d) => {
  const u = d === 'A' ? 'mgrA' : 'mgrB';

  it("sees every entry about their department's customers and their children", async () => {
    const seen = new Set((await entries(u)).map(keyOf));
    for (const key of records[d]) expect(seen, key).toContain(key);
    for (const id of [c[d], c[`${d}2`], c[`${d}3`]]) expect(seen).toContain(`Customer:${id}`);
    expect(seen).toContain(`Contact:${shared}`);
  });

  it("sees nothing about the other department's customers or their children", async () => {
    const list = await entries(u);
    const other = OTHER[d];
    for (const e of list) {
      expect(records[other].has(keyOf(e)), keyOf(e)).toBe(false);
      for (const k of [other, `${other}2`, `${other}3`])
        expect(keyOf(e) === `Customer:${c[k]}`, keyOf(e)).toBe(false);
    }
    const text = JSON.stringify(list);
    for (const secret of [
      MOBILE[other],
      ID_NUMBER[other],
      CONTACT_MOBILE[other],
      `回访${other}机密`,
      `合同${other}.pdf`,
    ])
      expect(text).not.toContain(secret);
    // Every action kind of the brief is covered for the own department.
    const actions = new Set(list.map((e) => e.action));
    for (const action of [
      'contact.create',
      'contact.update',
      'contact.link',
      'followup.create',
      'followup.delete',
      'transaction.create',
      'relationship.create',
      'relationship.delete',
      'document.upload',
      'document.download',
      'grant.create',
      'grant.revoke',
      'sensitive.reveal',
      'change.request',
      'customer.delete',
    ])
      expect(actions, action).toContain(action);
  });

  it('sees no entry about no customer (users, roles, departments, logins)', async () => {
    const list = await entries(u);
    expect(list.filter((e) => e.customerId === null)).toEqual([]);
    for (const entity of ['User', 'Role', 'Department'])
      expect(await entries(u, { entity: { eq: entity } })).toEqual([]);
  });

  it('filters by customer through the join table: children included, hidden customers empty', async () => {
    const ownList = await entries(u, { customerId: { eq: c[d] } });
    const own = new Set(ownList.map(keyOf));
    for (const key of records[d]) expect(own, key).toContain(key);
    expect(own).toContain(`Contact:${shared}`);
    // Of the other department's customer, only what is also about one's own: the shared contact.
    const other = await entries(u, { customerId: { eq: c[OTHER[d]] } });
    expect(other.length).toBeGreaterThan(0);
    expect(new Set(other.map(keyOf))).toEqual(new Set([`Contact:${shared}`]));
    expect(await entries(u, { customerId: { eq: c[`${OTHER[d]}2`] } })).toEqual([]);
    const both = await entries(u, { customerId: { in: [c[d], c[`${d}2`]] } });
    expect(both.length).toBeGreaterThan(ownList.length);
  });

  it('names only customers they may audit, with the same statements for 5 entries as for a full page', async () => {
    const page = async (limit: number) => {
      const res = await s.gql(
        `query($l: Int!) { auditLogs(paging: { limit: $l }) { totalCount nodes { ${ENTRY} } } }`,
        { l: limit },
        { token: token[u] },
      );
      expect(res.errors).toBeUndefined();
      return res;
    };
    const all = await page(200);
    // The mixed auditor works in department A: their own customer is A's too.
    const own = [c[d], c[`${d}2`], c[`${d}3`], ...(d === 'A' ? [c.M] : [])];
    for (const e of all.data.auditLogs.nodes as Entry[]) expect(own).toContain(e.customerId);
    expect(all.data.auditLogs.totalCount).toBeGreaterThanOrEqual(20);
    expect((await page(20)).statements).toBe((await page(5)).statements);
  });

  it('refuses customerId filters it cannot translate (other operators, inside and/or)', async () => {
    for (const filter of [
      { customerId: { gt: c[d] } },
      { or: [{ customerId: { eq: c[d] } }, { action: { eq: 'x' } }] },
    ]) {
      const res = await s.gql(
        `query($f: AuditLogFilter) { auditLogs(filter: $f) { totalCount } }`,
        { f: filter },
        { token: token[u] },
      );
      expect(errorCode(res)).toBe('BAD_USER_INPUT');
    }
  });

  it('sees the contact shared with the other department in clear (it reads it through its own customer)', async () => {
    const list = await entries(u, { entity: { eq: 'Contact' }, entityId: { eq: shared } });
    // Written after the link: about both customers.
    const updated = list.find((e) => e.action === 'contact.update')!;
    expect(updated.diff!.mobile).toEqual({
      from: CONTACT_MOBILE.shared,
      to: CONTACT_MOBILE.sharedNew,
    });
    // Written while the contact belonged to A only: A's.
    expect(list.some((e) => e.action === 'contact.create')).toBe(d === 'A');
    // The link to B's customer is about both; A's manager is not told which customer B's is.
    const link = list.find((e) => e.action === 'contact.link')!;
    expect(link.diff!.customerId).toBe(d === 'B' ? Number(c.B) : '***');
    if (d === 'A') expect(JSON.stringify(link)).not.toContain(`"customerId":${c.B}`);
  });

  it('sees its own customers’ sensitive values in clear (built-in role: READ level)', async () => {
    const created = (await entries(u, { entity: { eq: 'Customer' }, entityId: { eq: c[d] } })).find(
      (e) => e.action === 'customer.create',
    )!;
    expect(JSON.stringify(created.diff)).toContain(MOBILE[d]);
  });
});

describe('an auditor with audit.view everywhere but customer access only of their own', () => {
  it('sees every entry, customer-less ones included (the scope of the role granting audit.view)', async () => {
    const seen = new Set((await entries('mixed')).map(keyOf));
    for (const d of ['A', 'B'] as const) for (const key of records[d]) expect(seen).toContain(key);
    expect((await entries('mixed', { entity: { eq: 'User' } })).length).toBeGreaterThan(0);
  });

  it('gets every sensitive value masked on customers and contacts they cannot read', async () => {
    const list = await entries('mixed');
    const text = JSON.stringify(list);
    for (const secret of [
      MOBILE.A,
      MOBILE.B,
      ID_NUMBER.A,
      ID_NUMBER.B,
      '110105198501063456',
      '110105198501034567',
      CONTACT_MOBILE.A,
      CONTACT_MOBILE.B,
      CONTACT_MOBILE.shared,
      CONTACT_MOBILE.sharedNew,
    ])
      expect(text, secret).not.toContain(secret);
    const contact = list.find(
      (e) => e.action === 'contact.create' && e.entityId === [...records.A][0].split(':')[1],
    )!;
    expect(contact.diff!.mobile).toEqual({ to: '139****1111' });
    const change = list.find((e) => e.action === 'change.request' && e.entityId === c.A)!;
    expect(change.diff!.idNumber).toEqual({ from: '110105********1234', to: '110105********3456' });
    // Reveal entries name the field and the reason, never the value.
    for (const e of list.filter((x) => x.action === 'sensitive.reveal'))
      expect(Object.keys(e.diff!).sort()).toEqual(['field', 'reason', 'reasonCode']);
    // Their own customer: clear.
    const own = list.find((e) => e.action === 'customer.create' && e.entityId === c.M)!;
    expect(JSON.stringify(own.diff)).toContain(MOBILE.M);
  });

  it('masks a page of 50 entries with the same statements as a page of 5', async () => {
    const page = async (limit: number) => {
      const res = await s.gql(
        `query($l: Int!) { auditLogs(paging: { limit: $l }) { nodes { ${ENTRY} } } }`,
        { l: limit },
        { token: token.mixed },
      );
      expect(res.errors).toBeUndefined();
      expect(res.data.auditLogs.nodes).toHaveLength(limit);
      // Both kinds of sensitive values are masked (contact and customer records). The newest five
      // entries depend on when asynchronous audits (document downloads) land, so only the full page is checked.
      const text = JSON.stringify(res.data.auditLogs.nodes);
      if (limit === 50) {
        expect(text).toContain('139****4444');
        expect(text).toContain('110105********');
      }
      return res.statements;
    };
    const five = await page(5);
    expect(await page(50)).toBe(five);
  });
});

describe('soft-deleted customers', () => {
  it('keep their entries visible to whoever may audit them, and only to them', async () => {
    const a = await entries('mgrA', { customerId: { eq: c.A3 } });
    expect(a.map((e) => e.action).sort()).toEqual(['customer.create', 'customer.delete']);
    expect(await entries('mgrB', { customerId: { eq: c.A3 } })).toEqual([]);
    expect(await entries('mgrA', { customerId: { eq: c.B3 } })).toEqual([]);
  });
});

describe('the backfill of entries written before the join table', () => {
  it('derives the same customers from the records (and from the diff when the record is gone)', async () => {
    const rows = async () =>
      (
        await s.sql<{ audit_id: number; customer_id: number }>(
          `SELECT audit_id, customer_id FROM ${table('audit_log_customer')}`,
        )
      ).map((r) => `${Number(r.audit_id)}:${Number(r.customer_id)}`);
    const entities = new Map(
      (
        await s.sql<{ id: number; entity: string | null }>(
          `SELECT id, entity FROM ${table('audit_log')}`,
        )
      ).map((r) => [Number(r.id), r.entity]),
    );
    const written = new Set(await rows());
    expect(written.size).toBeGreaterThan(40);
    // Old-style rows: no join rows, customer_id only on customer entries and access requests.
    await s.sql(`DELETE FROM ${table('audit_log_customer')}`);
    await s.sql(
      `UPDATE ${table('audit_log')} SET customer_id = NULL WHERE entity IS NULL OR entity NOT IN ('Customer', 'AccessRequest')`,
    );
    await backfillAuditCustomers((sql, params) => s.sql(sql, params));
    const filled = new Set(await rows());
    for (const row of written) expect(filled, row).toContain(row);
    // Contacts get the customers they are linked to now (a superset of those at the time).
    for (const row of filled)
      if (!written.has(row))
        expect(entities.get(Number(row.split(':')[0])), row).toMatch(/^(Contact|Relationship)$/);
    const firstCustomer = await s.sql<{ n: number }>(
      `SELECT COUNT(*) AS n FROM ${table('audit_log')} a WHERE a.customer_id IS NULL AND EXISTS (SELECT 1 FROM ${table('audit_log_customer')} j WHERE j.audit_id = a.id)`,
    );
    expect(Number(firstCustomer[0].n)).toBe(0);
    // Running it again adds nothing.
    await backfillAuditCustomers((sql, params) => s.sql(sql, params));
    expect((await rows()).length).toBe(filled.size);
  });
});
