import type { DataSource, EntityManager } from 'typeorm';
import type { AppContext } from '../../common/context';
import { isForeignKeyViolation } from '../../common/db-dialect';
import { conflict, InputProblems, notFound } from '../../common/errors/app-error';
import { checkLength, VARCHAR } from '../../common/limits';
import { parseOptionalId } from '../../common/ids';
import { listConnection } from '../../common/pagination/apply-list';
import type { ListArgsShape } from '../../common/pagination/list-types';
import { updateVersioned } from '../../common/transaction';
import { diffChanges } from '../audit/audit.service';
import { User } from '../user/user.entity';
import { subtreeIds } from '../../common/tree';
import { RevisionedCache } from '../../common/revisioned-cache';
import { scopeDepartments } from '../access/access-policy';
import { Department } from './department.entity';
import {
  DepartmentList,
  type CreateDepartmentInput,
  type UpdateDepartmentInput,
} from './department.inputs';

const AUDITED = ['name', 'parentId', 'managerId'];

export const DEPARTMENT_CACHE = 'department';

export class DepartmentService {
  /** The tree (id, parent) the access policy reads on every request, kept per process. */
  readonly tree: RevisionedCache<Pick<Department, 'id' | 'parentId'>[]>;

  constructor(private readonly dataSource: DataSource) {
    this.tree = new RevisionedCache(dataSource, DEPARTMENT_CACHE, scopeDepartments);
  }

  list(args: ListArgsShape) {
    return listConnection(
      this.dataSource.getRepository(Department).createQueryBuilder('d'),
      args,
      DepartmentList.spec,
    );
  }

  async get(id: number): Promise<Department> {
    const department = await this.dataSource.getRepository(Department).findOneBy({ id });
    if (!department) throw notFound('Department', id);
    return department;
  }

  create(ctx: AppContext, input: CreateDepartmentInput): Promise<Department> {
    return this.tree.write(async (em) => {
      const problems = new InputProblems();
      const name = checkName(problems, 'department.name', input.name);
      const parentId = parseOptionalId(input.parentId, 'department.parentId') ?? null;
      const managerId = parseOptionalId(input.managerId, 'department.managerId') ?? null;
      await checkReferences(em, problems, 'department', parentId, managerId);
      problems.throwIfAny();
      const department = await em.save(em.create(Department, { name: name!, parentId, managerId }));
      await ctx.services.audit.record(em, ctx, {
        action: 'department.create',
        entity: 'Department',
        entityId: department.id,
        diff: diffChanges(null, department as never, AUDITED),
      });
      return department;
    });
  }

  update(
    ctx: AppContext,
    id: number,
    version: number | undefined,
    input: UpdateDepartmentInput,
  ): Promise<Department> {
    return this.tree.write(async (em) => {
      const before = await em.findOneBy(Department, { id });
      if (!before) throw notFound('Department', id);
      const problems = new InputProblems();
      const changes: Partial<Department> = {};
      if (input.name !== undefined) changes.name = checkName(problems, 'update.name', input.name);
      const parentId = parseOptionalId(input.parentId, 'update.parentId');
      const managerId = parseOptionalId(input.managerId, 'update.managerId');
      await checkReferences(em, problems, 'update', parentId ?? null, managerId ?? null);
      if (parentId !== undefined) {
        const all = await em.find(Department, { select: { id: true, parentId: true } });
        if (parentId !== null && subtreeIds(all, id).includes(parentId))
          problems.add('update.parentId', 'departmentCycle');
        changes.parentId = parentId;
      }
      if (managerId !== undefined) changes.managerId = managerId;
      problems.throwIfAny();
      await updateVersioned(em, Department, id, version ?? before.version, {
        ...changes,
        updatedAt: new Date(),
      });
      await ctx.services.audit.record(em, ctx, {
        action: 'department.update',
        entity: 'Department',
        entityId: id,
        diff: diffChanges(before as never, { ...before, ...changes }, AUDITED),
      });
      return (await em.findOneBy(Department, { id }))!;
    });
  }

  /** The audit entry is written first; if the database refuses the delete, both roll back. */
  async delete(ctx: AppContext, id: number): Promise<Department> {
    try {
      return await this.tree.write(async (em) => {
        const department = await em.findOneBy(Department, { id });
        if (!department) throw notFound('Department', id);
        await ctx.services.audit.record(em, ctx, {
          action: 'department.delete',
          entity: 'Department',
          entityId: id,
          diff: diffChanges(department as never, {}, AUDITED),
        });
        await em.delete(Department, { id });
        return department;
      });
    } catch (err) {
      if (!isForeignKeyViolation(err)) throw err;
      const [children, members] = await Promise.all([
        this.dataSource.getRepository(Department).countBy({ parentId: id }),
        this.dataSource.getRepository(User).countBy({ departmentId: id }),
      ]);
      throw conflict(
        'inUse',
        { entity: 'Department', count: children + members },
        { usageCount: children + members },
      );
    }
  }
}

function checkName(
  problems: InputProblems,
  field: string,
  value: string | null | undefined,
): string | undefined {
  const name = value?.trim() ?? '';
  if (!name) problems.add(field, 'required');
  else checkLength(problems, field, name, VARCHAR.department.name);
  return name || undefined;
}

async function checkReferences(
  em: EntityManager,
  problems: InputProblems,
  path: string,
  parentId: number | null,
  managerId: number | null,
) {
  if (parentId !== null && !(await em.existsBy(Department, { id: parentId })))
    problems.add(`${path}.parentId`, 'unknownReference', { value: parentId });
  if (managerId !== null && !(await em.existsBy(User, { id: managerId })))
    problems.add(`${path}.managerId`, 'unknownReference', { value: managerId });
}
