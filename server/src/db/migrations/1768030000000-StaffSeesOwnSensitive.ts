import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The staff role's permissions as seeded before this migration (after `CustomerReadPermission`). */
const SEEDED_BEFORE = ['access.request', 'customer.create', 'customer.read', 'customer.update'];

/**
 * The built-in staff role (业务员) gets `customer.viewSensitive` at level EDIT, so staff see the
 * customers they may edit (own, team) in clear. Only the role still exactly as seeded is changed:
 * name, description, SELF scope and the seeded permissions (as a set). An edited role is left
 * alone. Data only, the same on both dialects; on a fresh database the seed does it instead.
 */
export class StaffSeesOwnSensitive1768030000000 implements MigrationInterface {
  name = 'StaffSeesOwnSensitive1768030000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    for (const role of await seededStaff(queryRunner, SEEDED_BEFORE))
      await queryRunner.query('UPDATE role SET permissions = ?, sensitive_level = ? WHERE id = ?', [
        JSON.stringify([...SEEDED_BEFORE, 'customer.viewSensitive'].sort()),
        'EDIT',
        role.id,
      ]);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const role of await seededStaff(queryRunner, [...SEEDED_BEFORE, 'customer.viewSensitive']))
      await queryRunner.query('UPDATE role SET permissions = ?, sensitive_level = ? WHERE id = ?', [
        JSON.stringify(SEEDED_BEFORE),
        'READ',
        role.id,
      ]);
  }
}

async function seededStaff(queryRunner: QueryRunner, permissions: string[]) {
  const roles: { id: number; permissions: string; data_scope: string }[] = await queryRunner.query(
    'SELECT id, permissions, data_scope FROM role WHERE name = ? AND description = ?',
    ['业务员', 'Staff: own and team customers'],
  );
  const wanted = [...permissions].sort().join(',');
  return roles.filter(
    (r) =>
      r.data_scope === 'SELF' &&
      [...(JSON.parse(r.permissions) as string[])].sort().join(',') === wanted,
  );
}
