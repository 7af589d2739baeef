import type { TestServer } from './test-server';

/** Creates a role and returns its id. */
export async function createRole(
  s: Pick<TestServer, 'gql'>,
  token: string,
  name: string,
  permissions: string[],
  dataScope = 'SELF',
): Promise<string> {
  const res = await s.gql(
    `mutation($input: CreateOneRoleInput!) { createOneRole(input: $input) { id } }`,
    { input: { role: { name, permissions, dataScope } } },
    { token },
  );
  if (!res.data?.createOneRole) throw new Error(JSON.stringify(res.errors));
  return res.data.createOneRole.id;
}

/** Creates a user with the given roles and returns its id. */
export async function createUser(
  s: Pick<TestServer, 'gql'>,
  token: string,
  username: string,
  roleIds: string[],
  extra: Record<string, unknown> = {},
): Promise<string> {
  const res = await s.gql(
    `mutation($input: CreateOneUserInput!) { createOneUser(input: $input) { id } }`,
    {
      input: {
        user: { username, displayName: username, password: 'Passw0rd!', roleIds, ...extra },
      },
    },
    { token },
  );
  if (!res.data?.createOneUser) throw new Error(JSON.stringify(res.errors));
  return res.data.createOneUser.id;
}
