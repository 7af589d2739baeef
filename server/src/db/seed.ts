import { randomBytes } from 'node:crypto';
import { PERMISSIONS, type DataScope, type Permission } from '@dossier/shared';
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import { hashPassword } from '../common/auth/password';
import type { Config } from '../config';
import { Department } from '../modules/department/department.entity';
import { seedDictionaries } from '../modules/dictionary/dictionary.seed';
import { NumberingRule } from '../modules/numbering/numbering.entity';
import { DEFAULT_RULES } from '../modules/numbering/numbering.service';
import { Role } from '../modules/role/role.entity';
import { User } from '../modules/user/user.entity';

/** The built-in staff role (业务员) as seeded; `StaffSeesOwnSensitive` upgrades it when unedited. */
export const STAFF_ROLE = { name: '业务员', description: 'Staff: own and team customers' };
export const STAFF_PERMISSIONS: readonly Permission[] = [
  'customer.read',
  'customer.create',
  'customer.update',
  'customer.viewSensitive',
  'access.request',
];

const DEFAULT_ROLES: {
  name: string;
  description: string;
  dataScope: DataScope;
  permissions: readonly Permission[];
  sensitiveLevel?: 'READ' | 'EDIT';
}[] = [
  {
    name: '系统管理员',
    description: 'Administrator: every permission, every record',
    dataScope: 'ALL',
    permissions: PERMISSIONS,
  },
  {
    name: '总经理',
    description: 'General manager: sees and approves everything',
    dataScope: 'ALL',
    permissions: [
      'customer.read',
      'customer.create',
      'customer.update',
      'customer.export',
      'customer.viewSensitive',
      'access.grant',
      'access.request',
      'change.approve',
      'audit.view',
    ],
  },
  {
    name: '部门经理',
    description: 'Department manager: own department and below',
    dataScope: 'DEPT_AND_BELOW',
    permissions: [
      'customer.read',
      'customer.create',
      'customer.update',
      'customer.export',
      'customer.viewSensitive',
      'access.grant',
      'access.request',
      'change.approve',
      'audit.view',
    ],
  },
  {
    ...STAFF_ROLE,
    dataScope: 'SELF',
    // Staff see the customers they may edit (own, team) in clear, others masked.
    permissions: STAFF_PERMISSIONS,
    sensitiveLevel: 'EDIT',
  },
];

/**
 * First-start data: the default roles, a head-office department and the `admin` user.
 * Each part is created only when its table is empty, so restarts never overwrite edits.
 */
export async function seedDefaults(ds: DataSource, config: Config, log: Logger): Promise<void> {
  await ds.transaction(async (em) => {
    const seeded = await seedDictionaries(em);
    if (seeded.types || seeded.fields) log.info(seeded, 'seeded dictionaries and card fields');
    for (const [kind, pattern] of Object.entries(DEFAULT_RULES)) {
      if (!(await em.existsBy(NumberingRule, { kind: kind as never })))
        await em.insert(NumberingRule, { kind: kind as never, pattern });
    }
    if ((await em.count(Role)) === 0) {
      for (const role of DEFAULT_ROLES)
        await em.save(em.create(Role, { ...role, permissions: [...role.permissions] }));
    }
    if ((await em.count(Department)) === 0)
      await em.save(em.create(Department, { name: '总公司' }));
    if ((await em.count(User)) > 0) return;

    const generated = !config.adminPassword;
    const password = config.adminPassword ?? randomBytes(12).toString('base64url');
    const adminRole = await em.findOneByOrFail(Role, { name: DEFAULT_ROLES[0].name });
    const headOffice = await em.findOne(Department, { where: {}, order: { id: 'ASC' } });
    await em.save(
      em.create(User, {
        username: 'admin',
        displayName: '系统管理员',
        passwordHash: await hashPassword(password),
        departmentId: headOffice?.id ?? null,
        active: true,
        roles: [adminRole],
      }),
    );
    if (generated) {
      // Printed once, on the start that creates the account.
      process.stdout.write(
        `\n  Dossier admin account created\n    username: admin\n    password: ${password}\n  (set DOSSIER_ADMIN_PASSWORD to choose it; change it after signing in)\n\n`,
      );
    } else {
      log.info('admin account created with DOSSIER_ADMIN_PASSWORD');
    }
  });
}
