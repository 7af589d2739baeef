import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRole, createUser } from '../helpers/fixtures';
import { errorCode, startTestServer, table, type TestServer } from '../helpers/test-server';

let s: TestServer;
let admin: string;
let staffRole: string;
let managerRole: string;
beforeAll(async () => {
  s = await startTestServer();
  admin = await s.login();
  staffRole = await createRole(
    s,
    admin,
    '业务员-grants',
    ['customer.create', 'customer.update', 'access.request'],
    'SELF',
  );
  managerRole = await createRole(
    s,
    admin,
    '经理-grants',
    ['customer.create', 'customer.update', 'access.grant'],
    'DEPT_AND_BELOW',
  );
});
afterAll(() => s?.close());

const CREATE = `mutation($c: CreateCustomerInput!) { createOneCustomer(input: { customer: $c }) { id version } }`;
const GRANT = `mutation($i: GrantCustomerAccessInput!) { grantCustomerAccess(input: $i) { id level active expiresAt } }`;
const COUNT = `{ customers { totalCount nodes { id } } }`;
const inOneHour = () => new Date(Date.now() + 3600_000).toISOString();

async function department(name: string, parentId?: string) {
  return (
    await s.gql(
      `mutation($d: CreateDepartmentInput!) { createOneDepartment(input: { department: $d }) { id } }`,
      { d: { name, parentId } },
      { token: admin },
    )
  ).data.createOneDepartment.id as string;
}

describe('grants', () => {
  let sales: string;
  let service: string;
  let manager: string;
  let ann: string;
  let annId: string;
  let customerId: string;
  let version: number;
  beforeAll(async () => {
    // The manager sits above both departments: grantees must be inside the reach of access.grant.
    const corp = await department('总部-grants');
    sales = await department('销售部-grants', corp);
    service = await department('客服部-grants', corp);
    await createUser(s, admin, 'grant.manager', [managerRole], { departmentId: corp });
    await createUser(s, admin, 'grant.seller', [staffRole], { departmentId: sales });
    annId = await createUser(s, admin, 'grant.ann', [staffRole], { departmentId: service });
    await createUser(s, admin, 'grant.bo', [staffRole], { departmentId: service });
    manager = await s.login('grant.manager', 'Passw0rd!');
    ann = await s.login('grant.ann', 'Passw0rd!');
    const seller = await s.login('grant.seller', 'Passw0rd!');
    const created = (
      await s.gql(CREATE, { c: { kind: 'ENTERPRISE', name: '授权客户' } }, { token: seller })
    ).data.createOneCustomer;
    customerId = created.id;
    version = created.version;
  });

  it('let a READ grant read but not edit, and an EDIT grant edit, until revoked', async () => {
    expect((await s.gql(COUNT, {}, { token: ann })).data.customers.totalCount).toBe(0);
    const read = await s.gql(
      GRANT,
      {
        i: {
          customerIds: [customerId],
          toUserId: annId,
          level: 'READ',
          expiresAt: inOneHour(),
          reason: '对账',
        },
      },
      { token: manager },
    );
    expect(read.errors).toBeUndefined();
    expect(read.data.grantCustomerAccess[0]).toMatchObject({ level: 'READ', active: true });
    expect((await s.gql(COUNT, {}, { token: ann })).data.customers.nodes).toEqual([
      { id: customerId },
    ]);
    expect(
      (
        await s.gql(
          `query($id: ID!) { customer(id: $id) { name } }`,
          { id: customerId },
          { token: ann },
        )
      ).data.customer.name,
    ).toBe('授权客户');
    const update = `mutation($i: UpdateOneCustomerInput!) { updateOneCustomer(input: $i) { version } }`;
    expect(
      errorCode(
        await s.gql(
          update,
          { i: { id: customerId, version, update: { remarks: 'x' } } },
          { token: ann },
        ),
      ),
    ).toBe('FORBIDDEN');

    const edit = await s.gql(
      GRANT,
      {
        i: {
          customerIds: [customerId],
          toUserId: annId,
          level: 'EDIT',
          expiresAt: inOneHour(),
          reason: '售后服务',
        },
      },
      { token: manager },
    );
    const ok = await s.gql(
      update,
      { i: { id: customerId, version, update: { remarks: '售后' } } },
      { token: ann },
    );
    expect(ok.errors).toBeUndefined();
    version = ok.data.updateOneCustomer.version;

    for (const g of [...read.data.grantCustomerAccess, ...edit.data.grantCustomerAccess]) {
      const revoked = await s.gql(
        `mutation($id: ID!) { revokeCustomerGrant(id: $id) { active revokedAt } }`,
        { id: g.id },
        { token: manager },
      );
      expect(revoked.data.revokeCustomerGrant.active).toBe(false);
    }
    expect((await s.gql(COUNT, {}, { token: ann })).data.customers.totalCount).toBe(0);
    const audit = await s.sql(
      `SELECT action FROM ${table('audit_log')} WHERE action IN ('grant.create', 'grant.revoke') ORDER BY id`,
    );
    expect(audit.map((a) => a.action)).toEqual([
      'grant.create',
      'grant.create',
      'grant.revoke',
      'grant.revoke',
    ]);
  });

  it('stop working at the expiry instant, enforced by the query, not a job', async () => {
    const granted = await s.gql(
      GRANT,
      {
        i: {
          customerIds: [customerId],
          toUserId: annId,
          level: 'READ',
          expiresAt: inOneHour(),
          reason: '审计',
        },
      },
      { token: manager },
    );
    expect((await s.gql(COUNT, {}, { token: ann })).data.customers.totalCount).toBe(1);
    const past = new Date(Date.now() - 1000);
    await s.sql(`UPDATE customer_grant SET expires_at = ? WHERE id = ?`, [
      s.app.dataSource.options.type === 'better-sqlite3'
        ? past.toISOString().replace('T', ' ').replace('Z', '')
        : past,
      Number(granted.data.grantCustomerAccess[0].id),
    ]);
    expect((await s.gql(COUNT, {}, { token: ann })).data.customers.totalCount).toBe(0);
    expect(
      errorCode(
        await s.gql(
          `query($id: ID!) { customer(id: $id) { name } }`,
          { id: customerId },
          { token: ann },
        ),
      ),
    ).toBe('NOT_FOUND');
  });

  it('reach everyone in a granted department', async () => {
    const bo = await s.login('grant.bo', 'Passw0rd!');
    expect((await s.gql(COUNT, {}, { token: bo })).data.customers.totalCount).toBe(0);
    await s.gql(
      GRANT,
      {
        i: {
          customerIds: [customerId],
          toDepartmentId: service,
          level: 'READ',
          expiresAt: inOneHour(),
          reason: '法务',
        },
      },
      { token: manager },
    );
    expect((await s.gql(COUNT, {}, { token: bo })).data.customers.totalCount).toBe(1);
    expect((await s.gql(COUNT, {}, { token: ann })).data.customers.totalCount).toBe(1);
  });

  it('refuse granting beyond the granter’s own scope, writing nothing', async () => {
    const other = (
      await s.gql(CREATE, { c: { kind: 'ENTERPRISE', name: '别部门客户' } }, { token: admin })
    ).data.createOneCustomer.id;
    const before = Number((await s.sql(`SELECT COUNT(*) AS n FROM customer_grant`))[0].n);
    const refused = await s.gql(
      GRANT,
      {
        i: {
          customerIds: [customerId, other],
          toUserId: annId,
          level: 'READ',
          expiresAt: inOneHour(),
          reason: '对账',
        },
      },
      { token: manager },
    );
    expect(errorCode(refused)).toBe('FORBIDDEN');
    expect(refused.errors![0].extensions.customerIds).toEqual([other]);
    expect(Number((await s.sql(`SELECT COUNT(*) AS n FROM customer_grant`))[0].n)).toBe(before);
    const noPermission = await s.gql(
      GRANT,
      {
        i: {
          customerIds: [customerId],
          toUserId: annId,
          level: 'READ',
          expiresAt: inOneHour(),
          reason: 'x',
        },
      },
      { token: ann },
    );
    expect(errorCode(noPermission)).toBe('FORBIDDEN');
    const bad = await s.gql(
      GRANT,
      {
        i: {
          customerIds: [customerId],
          level: 'READ',
          expiresAt: new Date(Date.now() - 60_000).toISOString(),
          reason: ' ',
        },
      },
      { token: manager },
    );
    expect(
      ((bad.errors![0].extensions.fields ?? []) as { field: string }[]).map((f) => f.field).sort(),
    ).toEqual(['input.expiresAt', 'input.reason', 'input.toUserId']);
  });
});
