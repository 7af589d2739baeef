import {
  isStrongEnoughPassword,
  isValidEmail,
  isValidMobile,
  isValidUsername,
} from '@dossier/shared';
import { In, type DataSource, type EntityManager } from 'typeorm';
import type { AppContext } from '../../common/context';
import { hashPassword } from '../../common/auth/password';
import { isForeignKeyViolation } from '../../common/db-dialect';
import { AppError, conflict, InputProblems, notFound } from '../../common/errors/app-error';
import { checkLength, VARCHAR } from '../../common/limits';
import { parseId, parseIdList, parseOptionalId } from '../../common/ids';
import { listConnection } from '../../common/pagination/apply-list';
import type { ListArgsShape } from '../../common/pagination/list-types';
import { RevisionedCache } from '../../common/revisioned-cache';
import { updateVersioned } from '../../common/transaction';
import { Department } from '../department/department.entity';
import { Role } from '../role/role.entity';
import { diffChanges } from '../audit/audit.service';
import { User } from './user.entity';
import { UserList, type CreateUserInput, type UpdateUserInput } from './user.inputs';

const AUDITED = ['username', 'displayName', 'email', 'mobile', 'active', 'departmentId', 'roleIds'];
export const USER_CACHE = 'user';

export class UserService {
  /** Every user, per process: owners, authors and approvers shown beside records cost no statement. */
  readonly directory: RevisionedCache<Map<number, User>>;

  constructor(private readonly dataSource: DataSource) {
    this.directory = new RevisionedCache(
      dataSource,
      USER_CACHE,
      async (ds) => new Map((await ds.getRepository(User).find()).map((u) => [u.id, u])),
    );
  }

  /** Users by id from the directory, as copies; ones it does not hold yet (created on another server) from the database. */
  async byIds(ids: readonly number[]): Promise<User[]> {
    const known = await this.directory.get();
    const missing = ids.filter((id) => !known.has(id));
    const fresh = missing.length
      ? await this.dataSource.getRepository(User).findBy({ id: In(missing) })
      : [];
    return [
      ...ids.flatMap((id) =>
        known.has(id) ? [Object.assign(Object.create(User.prototype) as User, known.get(id))] : [],
      ),
      ...fresh,
    ];
  }

  list(args: ListArgsShape) {
    return listConnection(
      this.dataSource.getRepository(User).createQueryBuilder('u'),
      args,
      UserList.spec,
    );
  }

  async get(id: number): Promise<User> {
    const user = await this.dataSource.getRepository(User).findOneBy({ id });
    if (!user) throw notFound('User', id);
    return user;
  }

  create(ctx: AppContext, input: CreateUserInput): Promise<User> {
    return this.directory.write(async (em) => {
      const problems = new InputProblems();
      const username = input.username?.trim() ?? '';
      if (!isValidUsername(username)) problems.add('user.username', 'invalidFormat');
      else if (await em.existsBy(User, { username }))
        problems.add('user.username', 'duplicate', { value: username });
      checkProfile(problems, 'user', input);
      if (!isStrongEnoughPassword(input.password ?? ''))
        problems.add('user.password', 'weakPassword');
      const departmentId = parseOptionalId(input.departmentId, 'user.departmentId') ?? null;
      const roleIds = parseIdList(input.roleIds ?? [], 'user.roleIds');
      await checkReferences(em, problems, 'user', departmentId, roleIds);
      problems.throwIfAny();

      const user = em.create(User, {
        username,
        displayName: input.displayName.trim(),
        email: blankToNull(input.email),
        mobile: blankToNull(input.mobile),
        active: input.active ?? true,
        departmentId,
        passwordHash: await hashPassword(input.password),
        roles: roleIds.map((id) => ({ id }) as Role),
      });
      await em.save(user);
      await ctx.services.audit.record(em, ctx, {
        action: 'user.create',
        entity: 'User',
        entityId: user.id,
        diff: diffChanges(null, { ...user, roleIds }, AUDITED),
      });
      return user;
    });
  }

  update(
    ctx: AppContext,
    id: number,
    version: number | undefined,
    input: UpdateUserInput,
  ): Promise<User> {
    return this.directory.write(async (em) => {
      const before = await em.findOne(User, { where: { id }, relations: { roles: true } });
      if (!before) throw notFound('User', id);
      const problems = new InputProblems();
      checkProfile(problems, 'update', input, true);
      if (input.password !== undefined && !isStrongEnoughPassword(input.password))
        problems.add('update.password', 'weakPassword');
      const departmentId = parseOptionalId(input.departmentId, 'update.departmentId');
      const roleIds =
        input.roleIds === undefined || input.roleIds === null
          ? undefined
          : parseIdList(input.roleIds, 'update.roleIds');
      await checkReferences(em, problems, 'update', departmentId ?? null, roleIds ?? []);
      if (input.active === false && ctx.caller?.userId === id)
        problems.add('update.active', 'cannotDeleteSelf');
      problems.throwIfAny();

      const changes: Partial<User> = {};
      if (input.displayName !== undefined && input.displayName !== null)
        changes.displayName = input.displayName.trim();
      if (input.email !== undefined) changes.email = blankToNull(input.email);
      if (input.mobile !== undefined) changes.mobile = blankToNull(input.mobile);
      if (departmentId !== undefined) changes.departmentId = departmentId;
      if (input.active !== undefined && input.active !== null) changes.active = input.active;
      if (input.password) changes.passwordHash = await hashPassword(input.password);

      await updateVersioned(em, User, id, version ?? before.version, {
        ...changes,
        updatedAt: new Date(),
      });
      const beforeRoleIds = (before.roles ?? []).map((r) => r.id);
      if (roleIds) {
        const rel = em.createQueryBuilder().relation(User, 'roles').of(id);
        await rel.addAndRemove(
          roleIds.filter((r) => !beforeRoleIds.includes(r)),
          beforeRoleIds.filter((r) => !roleIds.includes(r)),
        );
      }
      const after = { ...before, ...changes, roleIds: roleIds ?? beforeRoleIds };
      const diff = diffChanges({ ...before, roleIds: beforeRoleIds }, after, AUDITED);
      if (input.password) diff.password = 'changed';
      await ctx.services.audit.record(em, ctx, {
        action: 'user.update',
        entity: 'User',
        entityId: id,
        diff,
      });
      return (await em.findOneBy(User, { id }))!;
    });
  }

  async delete(ctx: AppContext, id: number): Promise<User> {
    if (ctx.caller?.userId === id)
      throw new AppError('BAD_USER_INPUT', 'cannotDeleteSelf', {}, { field: 'input.id' });
    try {
      return await this.directory.write(async (em) => {
        const user = await em.findOneBy(User, { id });
        if (!user) throw notFound('User', id);
        await ctx.services.audit.record(em, ctx, {
          action: 'user.delete',
          entity: 'User',
          entityId: id,
          diff: diffChanges(user as never, {}, AUDITED),
        });
        await em.delete(User, { id });
        return user;
      });
    } catch (err) {
      if (isForeignKeyViolation(err)) throw conflict('inUse', { entity: 'User', count: '≥1' });
      throw err;
    }
  }
}

function checkProfile(
  problems: InputProblems,
  path: string,
  input: Partial<CreateUserInput>,
  partial = false,
) {
  if (!partial || input.displayName !== undefined) {
    const name = input.displayName?.trim() ?? '';
    if (!name) problems.add(`${path}.displayName`, 'required');
    else checkLength(problems, `${path}.displayName`, name, VARCHAR.user.display_name);
  }
  const email = input.email?.trim();
  if (email && checkLength(problems, `${path}.email`, email, VARCHAR.user.email))
    if (!isValidEmail(email)) problems.add(`${path}.email`, 'invalidFormat');
  if (input.mobile && !isValidMobile(input.mobile)) problems.add(`${path}.mobile`, 'invalidFormat');
}

async function checkReferences(
  em: EntityManager,
  problems: InputProblems,
  path: string,
  departmentId: number | null,
  roleIds: number[],
) {
  if (departmentId !== null && !(await em.existsBy(Department, { id: departmentId }))) {
    problems.add(`${path}.departmentId`, 'unknownReference', { value: departmentId });
  }
  if (roleIds.length) {
    const found = await em.findBy(Role, { id: In(roleIds) });
    const missing = roleIds.filter((r) => !found.some((f) => f.id === r));
    if (missing.length)
      problems.add(`${path}.roleIds`, 'unknownReference', { value: missing.join(', ') });
  }
}

function blankToNull(value: string | null | undefined): string | null {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
}
