import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRole, createUser } from '../helpers/fixtures';
import { errorCode, startTestServer, table, type TestServer } from '../helpers/test-server';

let s: TestServer;
let admin: string;
beforeAll(async () => {
  s = await startTestServer();
  admin = await s.login();
});
afterAll(() => s?.close());

describe('audit log', () => {
  it('records each mutation with who, what, which record and a diff without secrets', async () => {
    const roleId = await createRole(s, admin, 'audited', ['customer.create']);
    const userId = await createUser(s, admin, 'wang.wu', [roleId], { email: 'w@example.com' });
    const res = await s.gql(
      `query($f: AuditLogFilter) { auditLogs(filter: $f) { nodes { action entity entityId actorName diff ip } totalCount } }`,
      { f: { entity: { eq: 'User' }, entityId: { eq: userId } } },
      { token: admin },
    );
    expect(res.data.auditLogs.totalCount).toBe(1);
    const [entry] = res.data.auditLogs.nodes;
    expect(entry).toMatchObject({
      action: 'user.create',
      entity: 'User',
      entityId: userId,
      actorName: '系统管理员',
      ip: '127.0.0.1',
    });
    expect(entry.diff.username).toEqual({ to: 'wang.wu' });
    expect(entry.diff.roleIds).toEqual({ to: [Number(roleId)] });
    expect(JSON.stringify(entry.diff)).not.toMatch(/password|argon/i);
  });

  it('rolls the audit entry back with a mutation the database refuses', async () => {
    const dept = await s.gql(
      `mutation { createOneDepartment(input: { department: { name: "有人部" } }) { id } }`,
      {},
      { token: admin },
    );
    const deptId = dept.data.createOneDepartment.id;
    const roleId = await createRole(s, admin, 'member', []);
    await createUser(s, admin, 'member1', [roleId], { departmentId: deptId });
    const count = async () =>
      Number(
        (
          await s.sql(
            `SELECT COUNT(*) AS n FROM ${table('audit_log')} WHERE action = 'department.delete'`,
          )
        )[0].n,
      );
    const before = await count();
    const refused = await s.gql(
      `mutation($id: ID!) { deleteOneDepartment(input: { id: $id }) { id } }`,
      { id: deptId },
      { token: admin },
    );
    expect(errorCode(refused)).toBe('CONFLICT');
    expect(await count()).toBe(before);
    const still = await s.sql(`SELECT COUNT(*) AS n FROM ${table('department')} WHERE id = ?`, [
      Number(deptId),
    ]);
    expect(Number(still[0].n)).toBe(1);
  });

  it('is readable only with audit.view and has no update or delete operation', async () => {
    const roleId = await createRole(s, admin, 'no-audit', ['customer.create']);
    await createUser(s, admin, 'curious', [roleId]);
    const token = await s.login('curious', 'Passw0rd!');
    expect(errorCode(await s.gql(`{ auditLogs { totalCount } }`, {}, { token }))).toBe('FORBIDDEN');
    const schema = await s.gql(
      `{ __schema { mutationType { fields { name } } } }`,
      {},
      { token: admin },
    );
    const names: string[] = schema.data.__schema.mutationType.fields.map(
      (f: { name: string }) => f.name,
    );
    expect(names.filter((n) => /audit/i.test(n))).toEqual([]);
  });
});
