import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Kind, parse, type OperationDefinitionNode } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ADMIN_PASSWORD,
  errorCode,
  startTestServer,
  type TestServer,
} from '../helpers/test-server';

const ROOT = path.resolve(__dirname, '../..');
/** The explorer is part of the console's build, which a test run may not have. */
const EXPLORER_BUILT = existsSync(path.join(ROOT, 'admin/dist/explorer.html'));

const browserGet = (url: string) =>
  fetch(url, {
    headers: { accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8' },
  });

/** `src=` and `href=` values of a page. */
function linkedUrls(html: string): string[] {
  return [...html.matchAll(/\b(?:src|href)\s*=\s*["']([^"']*)["']/gi)].map((m) => m[1]);
}

describe('the explorer outside production', () => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startTestServer();
  });
  afterAll(() => s?.close());

  it.runIf(EXPLORER_BUILT)(
    'serves the bundled GraphiQL to browsers, with nothing from the internet',
    async () => {
      const res = await browserGet(`${s.url}/graphql`);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/text\/html/);
      const html = await res.text();
      expect(html).toContain('<div id="explorer">');
      const urls = linkedUrls(html);
      expect(urls.length).toBeGreaterThan(0);
      expect(urls.filter((u) => /^(https?:)?\/\//i.test(u))).toEqual([]);
      // Its script and styles are served by the server itself.
      for (const u of urls.filter((u) => u.startsWith('/assets/'))) {
        const asset = await fetch(`${s.url}${u}`);
        expect(asset.status, u).toBe(200);
        const body = await asset.text();
        expect(body, u).not.toMatch(
          /fonts\.googleapis|unpkg\.com|cdn\.jsdelivr|embeddable-sandbox/,
        );
      }
    },
  );

  it.runIf(!EXPLORER_BUILT)(
    'says the explorer is not built when admin/dist is absent',
    async () => {
      const res = await browserGet(`${s.url}/graphql`);
      expect(res.status).toBe(404);
      expect(await res.text()).toMatch(/not built/);
    },
  );

  it('leaves GraphQL clients alone and does not serve explorer.html directly', async () => {
    const res = await s.gql(`{ __typename }`);
    expect(res.data).toEqual({ __typename: 'Query' });
    const direct = await browserGet(`${s.url}/explorer.html`);
    expect(await direct.text()).not.toContain('<div id="explorer">');
  });
});

describe('the explorer without a console build', () => {
  let s: TestServer;
  let emptyDist: string;
  beforeAll(async () => {
    emptyDist = mkdtempSync(path.join(os.tmpdir(), 'dossier-no-admin-'));
    s = await startTestServer({ ADMIN_DIST: emptyDist });
  });
  afterAll(async () => {
    await s?.close();
    rmSync(emptyDist, { recursive: true, force: true });
  });

  it('answers 404 saying it is not built', async () => {
    const res = await browserGet(`${s.url}/graphql`);
    expect(res.status).toBe(404);
    expect(await res.text()).toMatch(/explorer is not built.*npm run build -w admin/);
  });
});

const PRODUCTION = {
  NODE_ENV: 'production',
  JWT_SECRET: 'a-production-secret-that-is-long-enough-1234',
};

describe('the explorer in production', () => {
  let off: TestServer;
  let on: TestServer;
  beforeAll(async () => {
    [off, on] = await Promise.all([
      startTestServer(PRODUCTION),
      startTestServer({ ...PRODUCTION, GRAPHQL_EXPLORER: '1' }),
    ]);
  });
  afterAll(async () => {
    await Promise.all([off?.close(), on?.close()]);
  });

  it('is refused unless GRAPHQL_EXPLORER=1, and introspection with it', async () => {
    const res = await browserGet(`${off.url}/graphql`);
    expect(res.status).toBeGreaterThanOrEqual(400);
    const body = await res.text();
    expect(body).not.toContain('<div id="explorer">');
    expect(body).not.toMatch(/apollographql|embeddable-sandbox/i);
    const token = await off.login();
    const introspection = await off.gql(`{ __schema { queryType { name } } }`, {}, { token });
    expect(errorCode(introspection)).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('is served with GRAPHQL_EXPLORER=1, which also turns introspection on', async () => {
    const res = await browserGet(`${on.url}/graphql`);
    if (EXPLORER_BUILT) {
      expect(res.status).toBe(200);
      expect(await res.text()).toContain('<div id="explorer">');
    } else {
      expect(res.status).toBe(404);
      expect(await res.text()).toMatch(/not built/);
    }
    const token = await on.login();
    const introspection = await on.gql(`{ __schema { queryType { name } } }`, {}, { token });
    expect(introspection.errors).toBeUndefined();
    expect(introspection.data.__schema.queryType.name).toBe('Query');
  });
});

/**
 * The ```graphql blocks of docs/api.md. `# expect: CODE` marks an example of an error; a ```json
 * block right after it is the documented response.
 */
function documentedExamples() {
  const markdown = readFileSync(path.join(ROOT, 'docs/api.md'), 'utf8');
  return [...markdown.matchAll(/```graphql\n([\s\S]*?)```\s*(?:```json\n([\s\S]*?)```)?/g)].map(
    ([, query, response]) => {
      const operation = parse(query).definitions.find(
        (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
      )!;
      return {
        name: operation.name?.value ?? '(anonymous)',
        query,
        variables: (operation.variableDefinitions ?? []).map((v) => v.variable.name.value),
        expect: /^# expect: (\w+)/m.exec(query)?.[1],
        response: response
          ? (JSON.parse(response) as { errors: object[]; data?: unknown })
          : undefined,
      };
    },
  );
}

describe('the examples in docs/api.md', () => {
  let s: TestServer;
  let admin: string;
  const values: Record<string, unknown> = {
    username: 'admin',
    password: ADMIN_PASSWORD,
    offset: 0,
  };
  beforeAll(async () => {
    s = await startTestServer();
    admin = await s.login();
    const ok = async (query: string, variables: Record<string, unknown>) => {
      const res = await s.gql(query, variables, { token: admin });
      expect(res.errors).toBeUndefined();
      return res.data;
    };
    const createCustomer = `mutation($c: CreateCustomerInput!) { createOneCustomer(input: { customer: $c }) { id } }`;
    const customerId = (
      await ok(createCustomer, { c: { kind: 'ENTERPRISE', name: '华东科技有限公司' } })
    ).createOneCustomer.id;
    const partnerId = (
      await ok(createCustomer, { c: { kind: 'ENTERPRISE', name: '华南贸易有限公司' } })
    ).createOneCustomer.id;
    await ok(
      `mutation($c: CreateContactInput!) { createOneContact(input: { contact: $c }) { id } }`,
      { c: { customerId, name: '王经理', isPrimary: true } },
    );
    await ok(
      `mutation($f: CreateFollowupInput!) { createOneFollowup(input: { followup: $f }) { id } }`,
      { f: { customerId, content: '电话回访' } },
    );
    await ok(
      `mutation($t: CreateTransactionInput!) { createOneTransaction(input: { transaction: $t }) { id } }`,
      { t: { customerId, occurredOn: '2025-07-01', type: 'sales', amount: '1200.50' } },
    );
    await ok(
      `mutation($f: ID!, $t: ID!) { createOneRelationship(input: { relationship: { type: "partner", fromKind: CUSTOMER, fromId: $f, toKind: CUSTOMER, toId: $t } }) { id } }`,
      { f: customerId, t: partnerId },
    );
    values.customerId = customerId;
    values.roleId = (
      await ok(`{ roles(paging: { limit: 1 }) { nodes { id } } }`, {})
    ).roles.nodes[0].id;
  });
  afterAll(() => s?.close());

  const examples = documentedExamples();
  it('covers sign-in, API keys, paging, nested customer data, the graph and errors', () => {
    expect(examples.map((e) => e.name)).toEqual([
      'Login',
      'CreateApiKey',
      'CustomerPage',
      'CustomerCard',
      'Graph',
      'Missing',
    ]);
  });

  it.each(examples)('$name runs against the schema as documented', async (example) => {
    const variables = Object.fromEntries(example.variables.map((v) => [v, values[v]]));
    expect(Object.values(variables)).not.toContain(undefined);
    const res = await s.gql(example.query, variables, { token: admin, lang: 'en' });
    if (example.expect) {
      expect(errorCode(res)).toBe(example.expect);
      if (example.response) {
        expect(res.errors![0]).toMatchObject(example.response.errors[0]);
        expect(res.data ?? null).toEqual(example.response.data ?? null);
      }
      return;
    }
    expect(res.errors).toBeUndefined();
    expect(res.data).toBeTruthy();
    if (example.name === 'CustomerCard') {
      const card = res.data.customer;
      expect(card.contacts).toHaveLength(1);
      expect(card.followups).toHaveLength(1);
      expect(card.transactionSummary).toMatchObject({ count: 1, totalAmount: '1200.50' });
    }
    if (example.name === 'Graph') {
      expect(res.data.relationshipGraph.nodes).toHaveLength(2);
      expect(res.data.relationshipGraph.edges).toHaveLength(1);
    }
    if (example.name === 'CustomerPage') {
      expect(res.data.customers.totalCount).toBe(1);
      expect(res.data.customers.nodes[0].name).toBe('华东科技有限公司');
    }
    if (example.name === 'CreateApiKey') expect(res.data.createOneApiKey.secret).toMatch(/^dsk_/);
  });
});
