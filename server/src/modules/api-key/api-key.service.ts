import type { DataSource } from 'typeorm';
import { generateApiKey } from '../../common/auth/tokens';
import type { AppContext } from '../../common/context';
import { InputProblems, notFound } from '../../common/errors/app-error';
import { checkLength, VARCHAR } from '../../common/limits';
import { parseId, parseOptionalId } from '../../common/ids';
import { listConnection } from '../../common/pagination/apply-list';
import type { ListArgsShape } from '../../common/pagination/list-types';
import { inTransaction } from '../../common/transaction';
import { Department } from '../department/department.entity';
import { Role } from '../role/role.entity';
import { ApiKey } from './api-key.entity';
import { ApiKeyList, type CreateApiKeyInput } from './api-key.inputs';

export class ApiKeyService {
  constructor(private readonly dataSource: DataSource) {}

  list(args: ListArgsShape) {
    return listConnection(
      this.dataSource.getRepository(ApiKey).createQueryBuilder('k'),
      args,
      ApiKeyList.spec,
      { property: 'id', direction: 'DESC' },
    );
  }

  create(ctx: AppContext, input: CreateApiKeyInput) {
    return inTransaction(ctx, async (em) => {
      const problems = new InputProblems();
      const name = input.name?.trim() ?? '';
      if (!name) problems.add('apiKey.name', 'required');
      else checkLength(problems, 'apiKey.name', name, VARCHAR.api_key.name);
      const roleId = parseId(input.roleId, 'apiKey.roleId');
      const departmentId = parseOptionalId(input.departmentId, 'apiKey.departmentId') ?? null;
      if (!(await em.existsBy(Role, { id: roleId })))
        problems.add('apiKey.roleId', 'unknownReference', { value: roleId });
      if (departmentId !== null && !(await em.existsBy(Department, { id: departmentId }))) {
        problems.add('apiKey.departmentId', 'unknownReference', { value: departmentId });
      }
      problems.throwIfAny();
      const generated = generateApiKey();
      const apiKey = await em.save(
        em.create(ApiKey, {
          name,
          prefix: generated.prefix,
          secretHash: generated.secretHash,
          roleId,
          departmentId,
          createdById: ctx.caller?.userId ?? null,
        }),
      );
      await ctx.services.audit.record(em, ctx, {
        action: 'apiKey.create',
        entity: 'ApiKey',
        entityId: apiKey.id,
        diff: { name: { to: name }, roleId: { to: roleId }, departmentId: { to: departmentId } },
      });
      return { secret: generated.token, apiKey };
    });
  }

  revoke(ctx: AppContext, id: number) {
    return inTransaction(ctx, async (em) => {
      const apiKey = await em.findOneBy(ApiKey, { id });
      if (!apiKey) throw notFound('ApiKey', id);
      if (!apiKey.revokedAt) {
        apiKey.revokedAt = new Date();
        await em.update(ApiKey, { id }, { revokedAt: apiKey.revokedAt });
        await ctx.services.audit.record(em, ctx, {
          action: 'apiKey.revoke',
          entity: 'ApiKey',
          entityId: id,
        });
      }
      return apiKey;
    });
  }
}
