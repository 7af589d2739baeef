// The leak suite for writes: every mutation that takes an id is called, from the schema itself, by a
// low-scope user with the id of a record that exists but is hidden from them and with an id that
// does not exist. Both answers must be the same (code, message, extensions, no data), the access
// check must come before input validation, and nothing may be written. A new mutation is covered
// automatically; a new id argument whose entity is not classified below fails the suite. Bulk
// actions answer per row, so there the row's error is compared.
import {
  buildClientSchema,
  getIntrospectionQuery,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLInputField,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRole, createUser } from '../helpers/fixtures';
import { startTestServer, table, type GqlResult, type TestServer } from '../helpers/test-server';

let s: TestServer;
let schema: GraphQLSchema;
let admin: string;
let low: string;
const MISSING = '999999';

/** Records that exist but that `low` cannot see, by the entity a mutation addresses. */
const hidden: Record<string, string> = {};
/** Records `low` may use, for the arguments not under test. */
const own: Record<string, string> = {};

/** Entities whose records the access policy hides; an id argument naming one is tried. */
const GUARDED = [
  'Customer',
  'Contact',
  'Followup',
  'Transaction',
  'Document',
  'Relationship',
  'CustomerGrant',
  'ChangeRequest',
  'AccessRequest',
  // Saved views: another user's view is hidden like a missing one.
  'SavedView',
];
/** Entities behind a permission `low` lacks; tried by `id` only (FORBIDDEN either way). */
const ADMIN_ENTITIES = [
  'User',
  'Role',
  'Department',
  'DictionaryItem',
  'DictionaryType',
  'FieldDefinition',
  'AccessRule',
  'ApiKey',
];
/** An id argument (or input field) by name → the entity it names; `id` takes the mutation's entity. */
const ID_ARGUMENTS: Record<string, string> = {
  customerId: 'Customer',
  customerIds: 'Customer',
  contactId: 'Contact',
  fromId: 'Customer',
  toId: 'Customer',
  userId: 'User',
  ownerId: 'User',
  toUserId: 'User',
  managerId: 'User',
  departmentId: 'Department',
  toDepartmentId: 'Department',
  roleId: 'Role',
  roleIds: 'Role',
  from: 'DictionaryItem',
  into: 'DictionaryItem',
  orderedIds: 'DictionaryItem',
  parentId: 'DictionaryItem',
  controllingItemId: 'DictionaryItem',
  subjectId: 'Department',
};
/**
 * Mutations that by design answer differently: asking for access names customers one cannot read
 * (the directory shows them), so a hidden id is accepted and a missing one is NOT_FOUND.
 */
const BY_DESIGN: Record<string, string> = {
  'requestCustomerAccess.input.customerIds':
    'requests name customers the caller cannot read (docs/access.md)',
};
/** Plausible values for the other arguments, by name. */
const VALUES: Record<string, unknown> = {
  fromKind: 'CUSTOMER',
  toKind: 'CUSTOMER',
  type: 'partner',
  amount: '1.00',
  occurredOn: '2026-01-01',
  content: '回访',
  reason: '核对',
  comment: '同意',
  field: 'mobile',
  newName: '新名称',
  name: '名称',
  version: 1,
};

const ENTITIES = [...GUARDED, ...ADMIN_ENTITIES].sort((a, b) => b.length - a.length);
/** The entity a mutation addresses by `id`: the longest entity name in the mutation's name. */
function entityOf(mutation: string): string | undefined {
  return ENTITIES.find((e) => mutation.toLowerCase().includes(e.toLowerCase()));
}

interface Probe {
  mutation: string;
  /** The argument path under test, e.g. `input.id`. */
  path: string;
  entity: string;
}

function unwrap(type: GraphQLInputType): { list: boolean; named: GraphQLInputType } {
  const inner = isNonNullType(type) ? type.ofType : type;
  if (isListType(inner)) return { list: true, named: getNamedType(inner) as GraphQLInputType };
  return { list: false, named: inner };
}

/** Every ID argument or input field of a mutation, as `a.b.c` paths with their entity. */
function idPaths(mutation: string, args: readonly (GraphQLArgument | GraphQLInputField)[]) {
  const out: { path: string; entity: string | undefined }[] = [];
  const walk = (fields: readonly (GraphQLArgument | GraphQLInputField)[], prefix: string) => {
    for (const f of fields) {
      const { named } = unwrap(f.type);
      const path = prefix ? `${prefix}.${f.name}` : f.name;
      if (isScalarType(named) && named.name === 'ID')
        out.push({ path, entity: f.name === 'id' ? entityOf(mutation) : ID_ARGUMENTS[f.name] });
      else if (isInputObjectType(named)) walk(Object.values(named.getFields()), path);
    }
  };
  walk(args, '');
  return out;
}

function valueFor(name: string, type: GraphQLInputType, path: string, probe: Probe, id: string) {
  const { list, named } = unwrap(type);
  const wrap = (v: unknown) => (list ? [v] : v);
  if (path === probe.path) return wrap(id);
  if (isInputObjectType(named)) return wrap(objectFor(named.getFields(), path, probe, id));
  if (name in VALUES) return wrap(VALUES[name]);
  if (isEnumType(named)) return wrap(named.getValues()[0].value);
  switch (named.toString()) {
    case 'ID': {
      const entity = name === 'id' ? entityOf(probe.mutation) : ID_ARGUMENTS[name];
      return wrap(own[entity ?? ''] ?? '1');
    }
    case 'Int':
    case 'Float':
      return wrap(1);
    case 'Boolean':
      return wrap(false);
    case 'DateTimeISO':
      return wrap(new Date(Date.now() + 86_400_000).toISOString());
    case 'JSON':
    case 'JSONObject':
      return wrap({});
    default:
      return wrap('x');
  }
}

/** The required fields, plus the one on the probe's path. */
function objectFor(
  fields: Record<string, GraphQLArgument | GraphQLInputField>,
  prefix: string,
  probe: Probe,
  id: string,
) {
  const out: Record<string, unknown> = {};
  for (const f of Object.values(fields)) {
    const path = prefix ? `${prefix}.${f.name}` : f.name;
    const onPath = probe.path === path || probe.path.startsWith(`${path}.`);
    if (!isNonNullType(f.type) && !onPath) continue;
    out[f.name] = valueFor(f.name, f.type, path, probe, id);
  }
  return out;
}

/** The call as a document with one variable per top-level argument. */
function call(probe: Probe, id: string) {
  const field = schema.getMutationType()!.getFields()[probe.mutation];
  const variables = objectFor(
    Object.fromEntries(field.args.map((a) => [a.name, a])),
    '',
    probe,
    id,
  );
  const used = field.args.filter((a) => a.name in variables);
  const defs = used.map((a) => `$${a.name}: ${a.type.toString()}`).join(', ');
  const args = used.map((a) => `${a.name}: $${a.name}`).join(', ');
  const named = getNamedType(field.type);
  const selection =
    named.name === 'BulkCustomerResult'
      ? ' { id ok customer { id } error { code message path } }'
      : 'getFields' in named
        ? ' { __typename }'
        : '';
  const query = `mutation${defs ? `(${defs})` : ''} { ${probe.mutation}${args ? `(${args})` : ''}${selection} }`;
  return { query, variables };
}

/** What the caller learns from an answer, with the id they sent replaced by a placeholder. */
function answer(res: GqlResult, id: string) {
  const strip = (v: unknown) =>
    JSON.stringify(v ?? null)
      .split(id)
      .join('<id>');
  const errors = (res.errors ?? []).map((e) => {
    const { stacktrace: _ignored, ...extensions } = e.extensions as Record<string, unknown>;
    return { message: strip(e.message), extensions: strip(extensions), path: e.path };
  });
  return { data: strip(res.data), errors };
}

const TABLES = [
  'customer',
  'contact',
  'customer_contact',
  'customer_member',
  'customer_history',
  'customer_former_name',
  'customer_grant',
  'followup',
  'customer_transaction',
  'customer_document',
  'relationship',
  'change_request',
  'access_request',
  'audit_log',
  'user',
  'role',
  'department',
  'dictionary_item',
  'dictionary_type',
  'field_definition',
  'access_rule',
  'api_key',
  'saved_view',
];
async function rowCounts() {
  const out: Record<string, number> = {};
  for (const t of TABLES) {
    const [row] = await s.sql(
      `SELECT COUNT(*) AS n, MAX(${t === 'customer_contact' || t === 'customer_member' ? 'customer_id' : 'id'}) AS m FROM ${table(t)}`,
    );
    out[t] = Number(row.n) * 1_000_000 + Number(row.m ?? 0);
  }
  // Soft deletes and revocations change no count.
  const [live] = await s.sql(
    `SELECT (SELECT COUNT(*) FROM ${table('customer')} WHERE deleted_at IS NULL) AS c, (SELECT COUNT(*) FROM ${table('contact')} WHERE deleted_at IS NULL) AS ct, (SELECT COUNT(*) FROM ${table('customer_grant')} WHERE revoked_at IS NULL) AS g, (SELECT COUNT(*) FROM ${table('access_request')} WHERE status = 'PENDING') AS ar, (SELECT COUNT(*) FROM ${table('change_request')} WHERE status = 'PENDING') AS cr, (SELECT SUM(version) FROM ${table('customer')}) AS v`,
  );
  return { ...out, live: JSON.stringify(live) };
}

async function ok(token: string, query: string, variables: Record<string, unknown> = {}) {
  const res = await s.gql(query, variables, { token });
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data;
}

beforeAll(async () => {
  s = await startTestServer();
  admin = await s.login();
  const dept = async (name: string) =>
    (
      await ok(
        admin,
        `mutation($d: CreateDepartmentInput!) { createOneDepartment(input: { department: $d }) { id } }`,
        { d: { name } },
      )
    ).createOneDepartment.id as string;
  const mine = await dept('甲部-mut');
  const theirs = await dept('乙部-mut');
  const staff = await createRole(
    s,
    admin,
    '业务员-mut',
    [
      'customer.read',
      'customer.create',
      'customer.update',
      'customer.delete',
      'customer.viewSensitive',
      'access.request',
      'access.grant',
      'audit.view',
    ],
    'SELF',
  );
  const lowId = await createUser(s, admin, 'mut.low', [staff], { departmentId: mine });
  const ownerId = await createUser(s, admin, 'mut.owner', [staff], { departmentId: theirs });
  const thirdId = await createUser(s, admin, 'mut.third', [staff], { departmentId: theirs });
  low = await s.login('mut.low', 'Passw0rd!');
  const owner = await s.login('mut.owner', 'Passw0rd!');

  const CREATE = `mutation($c: CreateCustomerInput!) { createOneCustomer(input: { customer: $c }) { id } }`;
  const customer = async (token: string, name: string) =>
    (await ok(token, CREATE, { c: { kind: 'INDIVIDUAL', name, mobile: '13812341234' } }))
      .createOneCustomer.id as string;
  hidden.Customer = await customer(owner, '隐藏客户');
  own.Customer = await customer(low, '自己的客户');
  const adminCustomer = await customer(admin, '管理员客户');
  const contact = async (token: string, customerId: string) =>
    (
      await ok(
        token,
        `mutation($c: ID!) { createOneContact(input: { contact: { customerId: $c, name: "联系人" } }) { id } }`,
        { c: customerId },
      )
    ).createOneContact.id as string;
  hidden.Contact = await contact(owner, hidden.Customer);
  own.Contact = await contact(low, own.Customer);
  for (const [token, target] of [
    [owner, hidden],
    [low, own],
  ] as const) {
    const customerId = target.Customer;
    target.Followup = (
      await ok(
        token,
        `mutation($c: ID!) { createOneFollowup(input: { followup: { customerId: $c, content: "回访" } }) { id } }`,
        { c: customerId },
      )
    ).createOneFollowup.id;
    target.Transaction = (
      await ok(
        token,
        `mutation($c: ID!) { createOneTransaction(input: { transaction: { customerId: $c, type: "receivable", amount: "10.00", occurredOn: "2026-01-01" } }) { id } }`,
        { c: customerId },
      )
    ).createOneTransaction.id;
    const form = new FormData();
    form.append('type', 'contract');
    form.append(
      'file',
      new Blob([new TextEncoder().encode('pdf')], { type: 'application/pdf' }),
      'a.pdf',
    );
    const up = await fetch(`${s.url}/files/customers/${customerId}/documents`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'x-dossier-csrf': '1' },
      body: form,
    });
    expect(up.status).toBe(201);
    target.Document = String(((await up.json()) as { id: string }).id);
  }
  hidden.Relationship = (
    await ok(
      admin,
      `mutation($f: ID!, $t: ID!) { createOneRelationship(input: { relationship: { type: "partner", fromKind: CUSTOMER, fromId: $f, toKind: CUSTOMER, toId: $t } }) { id } }`,
      { f: hidden.Customer, t: adminCustomer },
    )
  ).createOneRelationship.id;
  hidden.CustomerGrant = (
    await ok(
      admin,
      `mutation($i: GrantCustomerAccessInput!) { grantCustomerAccess(input: $i) { id } }`,
      {
        i: {
          customerIds: [hidden.Customer],
          toUserId: thirdId,
          level: 'READ',
          expiresAt: new Date(Date.now() + 3600_000).toISOString(),
          reason: '协助',
        },
      },
    )
  ).grantCustomerAccess[0].id;
  hidden.ChangeRequest = (
    await ok(
      owner,
      `mutation($id: ID!) { renameCustomer(id: $id, newName: "隐藏客户二", reason: "更正") { submittedChangeRequest { id } } }`,
      { id: hidden.Customer },
    )
  ).renameCustomer.submittedChangeRequest.id;
  hidden.AccessRequest = (
    await ok(
      owner,
      `mutation($i: RequestCustomerAccessInput!) { requestCustomerAccess(input: $i) { id } }`,
      {
        i: {
          customerIds: [adminCustomer],
          level: 'READ',
          reason: '核对',
          until: new Date(Date.now() + 86_400_000).toISOString(),
        },
      },
    )
  ).requestCustomerAccess[0].id;
  hidden.SavedView = (
    await ok(
      owner,
      `mutation { createOneSavedView(input: { savedView: { resource: CUSTOMERS, name: "他人视图", state: {} } }) { id } }`,
    )
  ).createOneSavedView.id;

  // Records behind permissions `low` lacks: any existing one will do.
  hidden.User = ownerId;
  hidden.Role = staff;
  hidden.Department = theirs;
  const items = await ok(
    admin,
    `{ dictionaryItems(paging: { limit: 1 }) { nodes { id typeId } } }`,
  );
  hidden.DictionaryItem = items.dictionaryItems.nodes[0].id;
  hidden.DictionaryType = items.dictionaryItems.nodes[0].typeId;
  hidden.FieldDefinition = (
    await ok(admin, `{ fieldDefinitions(paging: { limit: 1 }) { nodes { id } } }`)
  ).fieldDefinitions.nodes[0].id;
  hidden.AccessRule = (
    await ok(
      admin,
      `mutation($d: ID!) { createOneAccessRule(input: { accessRule: { subjectType: DEPARTMENT, subjectId: $d, field: "grade", itemCodes: ["A"], level: READ } }) { id } }`,
      { d: theirs },
    )
  ).createOneAccessRule.id;
  hidden.ApiKey = (
    await ok(
      admin,
      `mutation($r: ID!) { createOneApiKey(input: { apiKey: { name: "k", roleId: $r } }) { apiKey { id } } }`,
      { r: staff },
    )
  ).createOneApiKey.apiKey.id;
  own.User = lowId;
  own.Department = mine;
  own.Role = staff;
  own.DictionaryItem = hidden.DictionaryItem;

  const res = await s.gql(getIntrospectionQuery(), {}, { token: admin });
  schema = buildClientSchema(res.data);
}, 120_000);
afterAll(() => s?.close());

describe('every by-id mutation answers a hidden id exactly as a missing one', () => {
  it('classifies every id argument of every mutation', () => {
    const unknown = Object.values(schema.getMutationType()!.getFields()).flatMap((m) =>
      idPaths(m.name, m.args)
        .filter((p) => !p.entity)
        .map((p) => `${m.name}.${p.path}`),
    );
    expect(unknown).toEqual([]);
  });

  it('same code, message and extensions, no data, the access check first, nothing written', async () => {
    const probes: Probe[] = [];
    for (const m of Object.values(schema.getMutationType()!.getFields()))
      for (const p of idPaths(m.name, m.args)) {
        const tried = p.path.split('.').pop() === 'id' || GUARDED.includes(p.entity!);
        if (tried && !BY_DESIGN[`${m.name}.${p.path}`])
          probes.push({ mutation: m.name, path: p.path, entity: p.entity! });
      }
    expect(probes.length).toBeGreaterThan(40);

    const before = await rowCounts();
    const differ: unknown[] = [];
    const notRefused: unknown[] = [];
    const statements: string[] = [];
    for (const probe of probes) {
      const id = hidden[probe.entity];
      expect(id, `a hidden ${probe.entity}`).toBeDefined();
      const a = call(probe, id);
      const b = call(probe, MISSING);
      // A first call warms the process-wide caches, so both measured calls start alike.
      await s.gql(b.query, b.variables, { token: low });
      const hiddenRes = await s.gql(a.query, a.variables, { token: low });
      const missingRes = await s.gql(b.query, b.variables, { token: low });
      const left = answer(hiddenRes, id);
      const right = answer(missingRes, MISSING);
      if (JSON.stringify(left) !== JSON.stringify(right))
        differ.push({ probe: `${probe.mutation}(${probe.path})`, hidden: left, missing: right });
      // Bulk actions answer per row: the row's error stands for the single action's.
      const code =
        hiddenRes.errors?.[0]?.extensions.code ??
        hiddenRes.data?.[probe.mutation]?.[0]?.error?.code;
      if (code !== 'NOT_FOUND' && code !== 'FORBIDDEN')
        notRefused.push({ probe: `${probe.mutation}(${probe.path})`, code, hidden: left });
      // A process-wide cache may reload between the two calls (one statement more, by chance): a
      // difference counts only if it shows again on two more pairs of calls.
      let counts = [hiddenRes.statements, missingRes.statements];
      for (let retry = 0; retry < 2 && counts[0] !== counts[1]; retry++) {
        const again = await s.gql(a.query, a.variables, { token: low });
        const missingAgain = await s.gql(b.query, b.variables, { token: low });
        counts = [again.statements, missingAgain.statements];
      }
      if (counts[0] !== counts[1])
        statements.push(`${probe.mutation}(${probe.path}): ${counts[0]} vs ${counts[1]}`);
    }
    // Outside production `x-statement-count` is visible too: the hidden path does the same work.
    expect({ differ, notRefused, statements }).toEqual({
      differ: [],
      notRefused: [],
      statements: [],
    });
    expect(await rowCounts()).toEqual(before);
  }, 120_000);
});
