import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Every permission there was before `customer.merge`: a role holding all of them is an administrator. */
const EARLIER_PERMISSIONS = [
  'user.manage',
  'dictionary.manage',
  'field.manage',
  'customer.read',
  'customer.create',
  'customer.update',
  'customer.delete',
  'customer.import',
  'customer.export',
  'customer.viewSensitive',
  'access.grant',
  'access.request',
  'change.approve',
  'audit.view',
];

/**
 * `customer.merge` (duplicate report, merging) goes to the administrator roles: the built-in
 * 系统管理员 and any role holding every earlier permission. Data only, the same on both dialects.
 */
export class CustomerMergePermission1768100000000 implements MigrationInterface {
  name = 'CustomerMergePermission1768100000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await rewrite(queryRunner, (role, permissions) =>
      !permissions.includes('customer.merge') &&
      (role.name === '系统管理员' || EARLIER_PERMISSIONS.every((p) => permissions.includes(p)))
        ? [...permissions, 'customer.merge']
        : permissions,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await rewrite(queryRunner, (_, permissions) =>
      permissions.filter((p) => p !== 'customer.merge'),
    );
  }
}

async function rewrite(
  queryRunner: QueryRunner,
  change: (role: { name: string }, permissions: string[]) => string[],
) {
  const roles: { id: number; name: string; permissions: string }[] = await queryRunner.query(
    'SELECT id, name, permissions FROM role',
  );
  for (const role of roles) {
    const before = JSON.parse(role.permissions) as string[];
    const after = change(role, before);
    if (after.length !== before.length)
      await queryRunner.query('UPDATE role SET permissions = ? WHERE id = ?', [
        JSON.stringify(after),
        role.id,
      ]);
  }
}
