import {
  Arg,
  Args,
  Authorized,
  Ctx,
  FieldResolver,
  ID,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import type { AppContext } from '../../common/context';
import { parseId } from '../../common/ids';
import type { ListArgsShape } from '../../common/pagination/list-types';
import { Department } from '../department/department.entity';
import { Role } from '../role/role.entity';
import { ApiKey } from './api-key.entity';
import { ApiKeyList, CreatedApiKey, CreateOneApiKeyInput } from './api-key.inputs';

@Resolver(() => ApiKey)
export class ApiKeyResolver {
  @Authorized('user.manage')
  @Query(() => ApiKeyList.Connection)
  apiKeys(@Args(() => ApiKeyList.Args) args: ListArgsShape, @Ctx() ctx: AppContext) {
    return ctx.services.apiKeys.list(args);
  }

  @Authorized('user.manage')
  @Mutation(() => CreatedApiKey)
  createOneApiKey(
    @Arg('input', () => CreateOneApiKeyInput) input: CreateOneApiKeyInput,
    @Ctx() ctx: AppContext,
  ) {
    return ctx.services.apiKeys.create(ctx, input.apiKey);
  }

  @Authorized('user.manage')
  @Mutation(() => ApiKey)
  revokeApiKey(@Arg('id', () => ID) id: string, @Ctx() ctx: AppContext) {
    return ctx.services.apiKeys.revoke(ctx, parseId(id));
  }

  @FieldResolver(() => Role, { nullable: true })
  role(@Root() key: ApiKey, @Ctx() ctx: AppContext) {
    return ctx.loaders.roleById.load(key.roleId);
  }

  @FieldResolver(() => Department, { nullable: true })
  department(@Root() key: ApiKey, @Ctx() ctx: AppContext) {
    return key.departmentId ? ctx.loaders.departmentById.load(key.departmentId) : null;
  }
}
