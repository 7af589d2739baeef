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

const CREATE_USER = `mutation($i: CreateOneUserInput!) { createOneUser(input: $i) { id username displayName email departmentId roles { id name } version } }`;
const UPDATE_USER = `mutation($i: UpdateOneUserInput!) { updateOneUser(input: $i) { id displayName roles { name } version } }`;
const DELETE_USER = `mutation($i: DeleteOneInput!) { deleteOneUser(input: $i) { id username } }`;

describe('users', () => {
  it('creates, reads, lists, updates and deletes', async () => {
    const roleId = await createRole(s, admin, 'sales', ['customer.create'], 'SELF');
    const created = await s.gql(
      CREATE_USER,
      {
        i: {
          user: {
            username: 'li.lei',
            displayName: '李雷',
            password: 'Passw0rd!',
            email: 'li@example.com',
            roleIds: [roleId],
          },
        },
      },
      { token: admin },
    );
    expect(created.errors).toBeUndefined();
    const user = created.data.createOneUser;
    expect(user).toMatchObject({
      username: 'li.lei',
      displayName: '李雷',
      email: 'li@example.com',
      roles: [{ name: 'sales' }],
      version: 1,
    });

    const one = await s.gql(
      `query($id: ID!) { user(id: $id) { username roles { name } } }`,
      { id: user.id },
      { token: admin },
    );
    expect(one.data.user.username).toBe('li.lei');

    const list = await s.gql(
      `query($f: UserFilter, $s: [UserSort!], $p: OffsetPaging) { users(filter: $f, sorting: $s, paging: $p) { nodes { username } totalCount } }`,
      {
        f: { or: [{ username: { iLike: 'LI.%' } }, { displayName: { eq: 'nobody' } }] },
        s: [{ field: 'username', direction: 'DESC' }],
        p: { limit: 10 },
      },
      { token: admin },
    );
    expect(list.data.users).toEqual({ nodes: [{ username: 'li.lei' }], totalCount: 1 });

    const updated = await s.gql(
      UPDATE_USER,
      { i: { id: user.id, version: 1, update: { displayName: '李雷雷', roleIds: [] } } },
      { token: admin },
    );
    expect(updated.data.updateOneUser).toMatchObject({
      displayName: '李雷雷',
      roles: [],
      version: 2,
    });

    const deleted = await s.gql(DELETE_USER, { i: { id: user.id } }, { token: admin });
    expect(deleted.data.deleteOneUser.username).toBe('li.lei');
    expect(
      errorCode(
        await s.gql(`query($id: ID!) { user(id: $id) { id } }`, { id: user.id }, { token: admin }),
      ),
    ).toBe('NOT_FOUND');
    const rows = await s.sql(`SELECT COUNT(*) AS n FROM ${table('user_role')} WHERE user_id = ?`, [
      Number(user.id),
    ]);
    expect(Number(rows[0].n)).toBe(0);
  });

  it('shows a renamed or new user beside records at once (the per-process user directory)', async () => {
    const CUSTOMER = `mutation($c: CreateCustomerInput!) { createOneCustomer(input: { customer: $c }) { id owner { displayName } } }`;
    const OWNER = `query($id: ID!) { customer(id: $id) { owner { id displayName } } }`;
    const first = await s.gql(
      CUSTOMER,
      { c: { kind: 'ENTERPRISE', name: '目录测试甲公司' } },
      { token: admin },
    );
    expect(first.data.createOneCustomer.owner.displayName).toBeTruthy(); // the directory is now filled
    const made = (
      await s.gql(
        CREATE_USER,
        { i: { user: { username: 'dir.user', displayName: '目录甲', password: 'Passw0rd!' } } },
        { token: admin },
      )
    ).data.createOneUser;
    const owned = await s.gql(
      CUSTOMER,
      { c: { kind: 'ENTERPRISE', name: '目录测试乙公司', ownerId: made.id } },
      { token: admin },
    );
    expect(owned.data.createOneCustomer.owner.displayName).toBe('目录甲');
    const id = owned.data.createOneCustomer.id;
    await s.gql(OWNER, { id }, { token: admin }); // fills the policy's department tree
    expect((await s.gql(OWNER, { id }, { token: admin })).statements).toBe(2); // caller and customer: the owner comes from the directory
    await s.gql(
      UPDATE_USER,
      { i: { id: made.id, version: 1, update: { displayName: '目录乙' } } },
      { token: admin },
    );
    const read = await s.gql(OWNER, { id }, { token: admin });
    expect(read.data.customer.owner).toEqual({ id: made.id, displayName: '目录乙' });
    expect(read.statements).toBe(3); // the directory reloads once after the rename
    const again = await s.gql(OWNER, { id }, { token: admin });
    expect(again.statements).toBe(2);
  });

  it('refuses bad input with the field path, writing nothing', async () => {
    const before = await s.sql(`SELECT COUNT(*) AS n FROM ${table('user')}`);
    const dup = await s.gql(
      CREATE_USER,
      { i: { user: { username: 'admin', displayName: 'x', password: 'Passw0rd!' } } },
      { token: admin },
    );
    expect(errorCode(dup)).toBe('BAD_USER_INPUT');
    expect(dup.errors![0].extensions.field).toBe('user.username');
    expect(dup.errors![0].message).toBe('Username "admin" is already taken');

    const many = await s.gql(
      CREATE_USER,
      {
        i: {
          user: {
            username: 'a b',
            displayName: '',
            password: 'short',
            email: 'not-mail',
            mobile: '123',
            roleIds: ['9999'],
            departmentId: '8888',
          },
        },
      },
      { token: admin, lang: 'zh-CN' },
    );
    expect(errorCode(many)).toBe('BAD_USER_INPUT');
    const fields = (many.errors![0].extensions.fields as { field: string }[])
      .map((f) => f.field)
      .sort();
    expect(fields).toEqual([
      'user.departmentId',
      'user.displayName',
      'user.email',
      'user.mobile',
      'user.password',
      'user.roleIds',
      'user.username',
    ]);
    expect(many.errors![0].message).toBe('用户名 格式不正确');

    const badId = await s.gql(
      UPDATE_USER,
      { i: { id: 'abc', update: { displayName: 'x' } } },
      { token: admin },
    );
    expect(badId.errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.id',
    });
    expect(
      errorCode(
        await s.gql(
          UPDATE_USER,
          { i: { id: '424242', update: { displayName: 'x' } } },
          { token: admin },
        ),
      ),
    ).toBe('NOT_FOUND');
    expect(errorCode(await s.gql(DELETE_USER, { i: { id: '424242' } }, { token: admin }))).toBe(
      'NOT_FOUND',
    );

    const after = await s.sql(`SELECT COUNT(*) AS n FROM ${table('user')}`);
    expect(Number(after[0].n)).toBe(Number(before[0].n));
  });

  it('detects a stale version and keeps the first write', async () => {
    const roleId = await createRole(s, admin, 'v-role', []);
    const id = await createUser(s, admin, 'versioned', [roleId]);
    const first = await s.gql(
      UPDATE_USER,
      { i: { id, version: 1, update: { displayName: 'first' } } },
      { token: admin },
    );
    expect(first.errors).toBeUndefined();
    const second = await s.gql(
      UPDATE_USER,
      { i: { id, version: 1, update: { displayName: 'second' } } },
      { token: admin },
    );
    expect(errorCode(second)).toBe('CONFLICT');
    const rows = await s.sql(`SELECT display_name FROM ${table('user')} WHERE id = ?`, [
      Number(id),
    ]);
    expect(rows[0].display_name).toBe('first');
  });

  it('allows two concurrent updates with the same version to win only once', async () => {
    const roleId = await createRole(s, admin, 'race-role', []);
    const id = await createUser(s, admin, 'racer', [roleId]);
    const results = await Promise.all(
      ['A', 'B'].map((name) =>
        s.gql(
          UPDATE_USER,
          { i: { id, version: 1, update: { displayName: name } } },
          { token: admin },
        ),
      ),
    );
    const codes = results.map((r) => errorCode(r) ?? 'OK').sort();
    expect(codes).toEqual(['CONFLICT', 'OK']);
  });

  it('refuses to deactivate or delete yourself', async () => {
    const me = await s.gql(`{ me { id } }`, {}, { token: admin });
    expect(
      errorCode(await s.gql(DELETE_USER, { i: { id: me.data.me.id } }, { token: admin })),
    ).toBe('BAD_USER_INPUT');
    const off = await s.gql(
      UPDATE_USER,
      { i: { id: me.data.me.id, update: { active: false } } },
      { token: admin },
    );
    expect(off.errors![0].extensions.field).toBe('update.active');
  });

  it('requires user.manage', async () => {
    const roleId = await createRole(s, admin, 'no-admin', ['customer.create']);
    await createUser(s, admin, 'staffer', [roleId]);
    const token = await s.login('staffer', 'Passw0rd!');
    const res = await s.gql(`{ users { totalCount } }`, {}, { token, lang: 'zh-CN' });
    expect(errorCode(res)).toBe('FORBIDDEN');
    expect(res.errors![0].message).toContain('user.manage');
    expect(
      errorCode(
        await s.gql(
          CREATE_USER,
          { i: { user: { username: 'x1', displayName: 'x', password: 'Passw0rd!' } } },
          { token },
        ),
      ),
    ).toBe('FORBIDDEN');
  });
});

describe('list machinery', () => {
  it('pages with totalCount, caps the page size, and allow-lists filter fields', async () => {
    const roleId = await createRole(s, admin, 'pager', []);
    for (let i = 0; i < 7; i++)
      await createUser(s, admin, `pager${i}`, [roleId], { active: i % 2 === 0 });
    const Q = `query($f: UserFilter, $p: OffsetPaging, $s: [UserSort!]) { users(filter: $f, paging: $p, sorting: $s) { nodes { username active } totalCount } }`;
    const page = await s.gql(
      Q,
      {
        f: { username: { like: 'pager%' } },
        p: { limit: 3, offset: 3 },
        s: [{ field: 'username', direction: 'ASC' }],
      },
      { token: admin },
    );
    expect(page.data.users.totalCount).toBe(7);
    expect(page.data.users.nodes.map((n: any) => n.username)).toEqual([
      'pager3',
      'pager4',
      'pager5',
    ]);

    const inactive = await s.gql(
      Q,
      {
        f: {
          and: [{ username: { in: ['pager1', 'pager2', 'pager3'] } }, { active: { is: false } }],
        },
      },
      { token: admin },
    );
    expect(inactive.data.users.nodes.map((n: any) => n.username).sort()).toEqual([
      'pager1',
      'pager3',
    ]);
    const notIn = await s.gql(
      Q,
      { f: { username: { like: 'pager%', notIn: ['pager0', 'pager1'] }, email: { is: null } } },
      { token: admin },
    );
    expect(notIn.data.users.totalCount).toBe(5);

    const tooBig = await s.gql(Q, { p: { limit: 201 } }, { token: admin });
    expect(tooBig.errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'paging.limit',
    });
    const notAllowed = await s.gql(
      `{ users(filter: { passwordHash: { eq: "x" } }) { totalCount } }`,
      {},
      { token: admin },
    );
    expect(notAllowed.errors![0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    const badSort = await s.gql(
      `{ users(sorting: [{ field: passwordHash, direction: ASC }]) { totalCount } }`,
      {},
      { token: admin },
    );
    expect(badSort.errors![0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('counts only when totalCount is selected', async () => {
    const withCount = await s.gql(
      `{ users(paging: { limit: 5 }) { nodes { id } totalCount } }`,
      {},
      { token: admin },
    );
    const without = await s.gql(
      `{ users(paging: { limit: 5 }) { nodes { id } } }`,
      {},
      { token: admin },
    );
    expect(withCount.statements - without.statements).toBe(1);
  });

  it('resolves departments and roles of a page in a fixed number of statements (no N+1)', async () => {
    const roleA = await createRole(s, admin, 'nplus-a', []);
    const roleB = await createRole(s, admin, 'nplus-b', []);
    const dept = await s.gql(
      `mutation { createOneDepartment(input: { department: { name: "N+1 部" } }) { id } }`,
      {},
      { token: admin },
    );
    for (let i = 0; i < 50; i++)
      await createUser(s, admin, `bulk${String(i).padStart(2, '0')}`, [roleA, roleB], {
        departmentId: dept.data.createOneDepartment.id,
      });
    const Q = `query($p: OffsetPaging) { users(paging: $p, filter: { username: { like: "bulk%" } }) { nodes { username department { name manager { id } } roles { name } permissions } } }`;
    const five = await s.gql(Q, { p: { limit: 5 } }, { token: admin });
    const fifty = await s.gql(Q, { p: { limit: 50 } }, { token: admin });
    expect(five.data.users.nodes).toHaveLength(5);
    expect(fifty.data.users.nodes).toHaveLength(50);
    expect(fifty.data.users.nodes[49].roles).toHaveLength(2);
    expect(fifty.statements).toBe(five.statements);
    // auth (user with roles, one statement) + page + departments + role links + roles = 5
    expect(fifty.statements).toBe(5);
  }, 120_000); // 50 password hashes: slow on a busy machine
});

describe('departments', () => {
  const CREATE = `mutation($i: CreateOneDepartmentInput!) { createOneDepartment(input: $i) { id name parentId manager { username } } }`;
  const UPDATE = `mutation($i: UpdateOneDepartmentInput!) { updateOneDepartment(input: $i) { id name parentId version } }`;

  it('builds a tree with managers and refuses cycles', async () => {
    const me = (await s.gql(`{ me { id } }`, {}, { token: admin })).data.me.id;
    const east = (
      await s.gql(
        CREATE,
        { i: { department: { name: '华东销售部', managerId: me } } },
        { token: admin },
      )
    ).data.createOneDepartment;
    expect(east.manager.username).toBe('admin');
    const sh = (
      await s.gql(
        CREATE,
        { i: { department: { name: '上海组', parentId: east.id } } },
        { token: admin },
      )
    ).data.createOneDepartment;
    const pd = (
      await s.gql(
        CREATE,
        { i: { department: { name: '浦东小组', parentId: sh.id } } },
        { token: admin },
      )
    ).data.createOneDepartment;
    const tree = await s.gql(
      `query($id: ID!) { department(id: $id) { name children { name children { name parent { name } } } } }`,
      { id: east.id },
      { token: admin },
    );
    expect(tree.data.department).toEqual({
      name: '华东销售部',
      children: [{ name: '上海组', children: [{ name: '浦东小组', parent: { name: '上海组' } }] }],
    });

    const cycle = await s.gql(
      UPDATE,
      { i: { id: east.id, update: { parentId: pd.id } } },
      { token: admin },
    );
    expect(cycle.errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'update.parentId',
    });
    const self = await s.gql(
      UPDATE,
      { i: { id: east.id, update: { parentId: east.id } } },
      { token: admin },
    );
    expect(self.errors![0].extensions.field).toBe('update.parentId');
    const renamed = await s.gql(
      UPDATE,
      { i: { id: pd.id, update: { name: '浦东组' } } },
      { token: admin },
    );
    expect(renamed.data.updateOneDepartment).toMatchObject({ name: '浦东组', version: 2 });
    const empty = await s.gql(CREATE, { i: { department: { name: '  ' } } }, { token: admin });
    expect(empty.errors![0].extensions.field).toBe('department.name');
    const missing = await s.gql(
      CREATE,
      { i: { department: { name: 'x', parentId: '9999' } } },
      { token: admin },
    );
    expect(missing.errors![0].extensions.field).toBe('department.parentId');
  });

  it('deletes an empty department and refuses one in use with CONFLICT and its usage count', async () => {
    const d = (await s.gql(CREATE, { i: { department: { name: '临时部' } } }, { token: admin }))
      .data.createOneDepartment;
    const child = (
      await s.gql(
        CREATE,
        { i: { department: { name: '临时子部', parentId: d.id } } },
        { token: admin },
      )
    ).data.createOneDepartment;
    const refused = await s.gql(
      `mutation($id: ID!) { deleteOneDepartment(input: { id: $id }) { id } }`,
      { id: d.id },
      { token: admin },
    );
    expect(refused.errors![0].extensions).toMatchObject({ code: 'CONFLICT', usageCount: 1 });
    const ok = await s.gql(
      `mutation($id: ID!) { deleteOneDepartment(input: { id: $id }) { name } }`,
      { id: child.id },
      { token: admin },
    );
    expect(ok.data.deleteOneDepartment.name).toBe('临时子部');
  });
});

describe('roles', () => {
  const CREATE = `mutation($i: CreateOneRoleInput!) { createOneRole(input: $i) { id name permissions dataScope } }`;
  it('creates, updates and deletes roles, validating permission names and scopes', async () => {
    const created = await s.gql(
      CREATE,
      {
        i: {
          role: {
            name: '催收员',
            permissions: ['customer.update', 'access.request'],
            dataScope: 'DEPT',
          },
        },
      },
      { token: admin },
    );
    expect(created.data.createOneRole).toMatchObject({
      name: '催收员',
      permissions: ['access.request', 'customer.update'],
      dataScope: 'DEPT',
    });
    const id = created.data.createOneRole.id;
    const unknown = await s.gql(
      CREATE,
      { i: { role: { name: 'x', permissions: ['customer.fly'], dataScope: 'SELF' } } },
      { token: admin },
    );
    expect(unknown.errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'role.permissions',
    });
    const badScope = await s.gql(
      CREATE,
      { i: { role: { name: 'y', permissions: [], dataScope: 'GALAXY' } } },
      { token: admin },
    );
    expect(badScope.errors![0].extensions.code).toBe('BAD_USER_INPUT');
    const dup = await s.gql(
      CREATE,
      { i: { role: { name: '催收员', permissions: [], dataScope: 'SELF' } } },
      { token: admin },
    );
    expect(dup.errors![0].extensions.field).toBe('role.name');

    const updated = await s.gql(
      `mutation($i: UpdateOneRoleInput!) { updateOneRole(input: $i) { permissions dataScope version } }`,
      { i: { id, update: { permissions: ['audit.view'], dataScope: 'ALL' } } },
      { token: admin },
    );
    expect(updated.data.updateOneRole).toEqual({
      permissions: ['audit.view'],
      dataScope: 'ALL',
      version: 2,
    });

    await createUser(s, admin, 'holder', [id]);
    const inUse = await s.gql(
      `mutation($id: ID!) { deleteOneRole(input: { id: $id }) { id } }`,
      { id },
      { token: admin },
    );
    expect(inUse.errors![0].extensions).toMatchObject({ code: 'CONFLICT', usageCount: 1 });
    const spare = await createRole(s, admin, 'spare', []);
    expect(
      (
        await s.gql(
          `mutation($id: ID!) { deleteOneRole(input: { id: $id }) { name } }`,
          { id: spare },
          { token: admin },
        )
      ).data.deleteOneRole.name,
    ).toBe('spare');
  });
});
