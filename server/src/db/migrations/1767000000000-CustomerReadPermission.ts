import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Permissions now reach as far as the roles that grant them. Reading customers becomes the
 * explicit `customer.read`; every existing role gets it, so each keeps the reads it had (until
 * now every role's scope applied to reading). Data only, the same on both dialects.
 */
export class CustomerReadPermission1767000000000 implements MigrationInterface {
  name = 'CustomerReadPermission1767000000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await rewrite(queryRunner, (permissions) =>
      permissions.includes('customer.read') ? permissions : ['customer.read', ...permissions],
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await rewrite(queryRunner, (permissions) => permissions.filter((p) => p !== 'customer.read'));
  }
}

async function rewrite(queryRunner: QueryRunner, change: (permissions: string[]) => string[]) {
  const roles: { id: number; permissions: string }[] = await queryRunner.query(
    'SELECT id, permissions FROM role',
  );
  for (const role of roles) {
    const before = JSON.parse(role.permissions) as string[];
    const after = change(before);
    if (after.length !== before.length)
      await queryRunner.query('UPDATE role SET permissions = ? WHERE id = ?', [
        JSON.stringify(after),
        role.id,
      ]);
  }
}
