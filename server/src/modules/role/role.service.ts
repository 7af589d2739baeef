import { AccessLevel } from '../customer/customer-member.entity';
import { isPermission } from '@dossier/shared';
import { Not, type DataSource, type EntityManager } from 'typeorm';
import type { AppContext } from '../../common/context';
import { isForeignKeyViolation } from '../../common/db-dialect';
import { conflict, InputProblems, notFound } from '../../common/errors/app-error';
import { checkLength, VARCHAR } from '../../common/limits';
import { listConnection } from '../../common/pagination/apply-list';
import type { ListArgsShape } from '../../common/pagination/list-types';
import { inTransaction, updateVersioned } from '../../common/transaction';
import { diffChanges } from '../audit/audit.service';
import { Role } from './role.entity';
import { RoleList, type CreateRoleInput, type UpdateRoleInput } from './role.inputs';

const AUDITED = ['name', 'description', 'permissions', 'dataScope', 'sensitiveLevel'];

export class RoleService {
  constructor(private readonly dataSource: DataSource) {}

  list(args: ListArgsShape) {
    return listConnection(
      this.dataSource.getRepository(Role).createQueryBuilder('r'),
      args,
      RoleList.spec,
    );
  }

  async get(id: number): Promise<Role> {
    const role = await this.dataSource.getRepository(Role).findOneBy({ id });
    if (!role) throw notFound('Role', id);
    return role;
  }

  create(ctx: AppContext, input: CreateRoleInput): Promise<Role> {
    return inTransaction(ctx, async (em) => {
      const problems = new InputProblems();
      const name = await checkName(em, problems, 'role.name', input.name);
      const permissions = checkPermissions(problems, 'role.permissions', input.permissions);
      const description = input.description?.trim() ?? '';
      checkLength(problems, 'role.description', description, VARCHAR.role.description);
      problems.throwIfAny();
      const role = await em.save(
        em.create(Role, {
          name,
          description,
          permissions,
          dataScope: input.dataScope,
          sensitiveLevel: input.sensitiveLevel ?? AccessLevel.READ,
        }),
      );
      await ctx.services.audit.record(em, ctx, {
        action: 'role.create',
        entity: 'Role',
        entityId: role.id,
        diff: diffChanges(null, role as never, AUDITED),
      });
      return role;
    });
  }

  update(
    ctx: AppContext,
    id: number,
    version: number | undefined,
    input: UpdateRoleInput,
  ): Promise<Role> {
    return inTransaction(ctx, async (em) => {
      const before = await em.findOneBy(Role, { id });
      if (!before) throw notFound('Role', id);
      const problems = new InputProblems();
      const changes: Partial<Role> = {};
      if (input.name !== undefined)
        changes.name = await checkName(em, problems, 'update.name', input.name, id);
      if (input.description !== undefined) {
        changes.description = input.description?.trim() ?? '';
        checkLength(problems, 'update.description', changes.description, VARCHAR.role.description);
      }
      if (input.permissions !== undefined)
        changes.permissions = checkPermissions(problems, 'update.permissions', input.permissions);
      if (input.dataScope) changes.dataScope = input.dataScope;
      if (input.sensitiveLevel) changes.sensitiveLevel = input.sensitiveLevel;
      problems.throwIfAny();
      await updateVersioned(em, Role, id, version ?? before.version, {
        ...changes,
        updatedAt: new Date(),
      });
      await ctx.services.audit.record(em, ctx, {
        action: 'role.update',
        entity: 'Role',
        entityId: id,
        diff: diffChanges(before as never, { ...before, ...changes }, AUDITED),
      });
      return (await em.findOneBy(Role, { id }))!;
    });
  }

  async delete(ctx: AppContext, id: number): Promise<Role> {
    try {
      return await inTransaction(ctx, async (em) => {
        const role = await em.findOneBy(Role, { id });
        if (!role) throw notFound('Role', id);
        const holders = await em
          .createQueryBuilder()
          .from('user_role', 'ur')
          .where('ur.role_id = :id', { id })
          .getCount();
        if (holders)
          throw conflict('inUse', { entity: 'Role', count: holders }, { usageCount: holders });
        await ctx.services.audit.record(em, ctx, {
          action: 'role.delete',
          entity: 'Role',
          entityId: id,
          diff: diffChanges(role as never, {}, AUDITED),
        });
        await em.delete(Role, { id });
        return role;
      });
    } catch (err) {
      if (isForeignKeyViolation(err)) throw conflict('inUse', { entity: 'Role', count: '≥1' });
      throw err;
    }
  }
}

async function checkName(
  em: EntityManager,
  problems: InputProblems,
  field: string,
  value: string | null | undefined,
  selfId?: number,
) {
  const name = value?.trim() ?? '';
  if (!name) problems.add(field, 'required');
  else if (!checkLength(problems, field, name, VARCHAR.role.name)) return name;
  else if (await em.existsBy(Role, selfId ? { name, id: Not(selfId) } : { name }))
    problems.add(field, 'duplicate', { value: name });
  return name;
}

function checkPermissions(problems: InputProblems, field: string, permissions: string[]): string[] {
  const unknown = permissions.filter((p) => !isPermission(p));
  if (unknown.length) problems.add(field, 'unknownPermission', { value: unknown.join(', ') });
  return [...new Set(permissions)].sort();
}
