import { Arg, Args, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { AppContext } from '../../common/context';
import { DeleteOneInput } from '../../common/graphql/delete-input';
import { parseId } from '../../common/ids';
import type { ListArgsShape } from '../../common/pagination/list-types';
import { Role } from './role.entity';
import { CreateOneRoleInput, RoleList, UpdateOneRoleInput } from './role.inputs';

@Resolver(() => Role)
export class RoleResolver {
  @Authorized('user.manage')
  @Query(() => RoleList.Connection)
  roles(@Args(() => RoleList.Args) args: ListArgsShape, @Ctx() ctx: AppContext) {
    return ctx.services.roles.list(args);
  }

  @Authorized('user.manage')
  @Query(() => Role)
  role(@Arg('id', () => ID) id: string, @Ctx() ctx: AppContext) {
    return ctx.services.roles.get(parseId(id));
  }

  @Authorized('user.manage')
  @Mutation(() => Role)
  createOneRole(
    @Arg('input', () => CreateOneRoleInput) input: CreateOneRoleInput,
    @Ctx() ctx: AppContext,
  ) {
    return ctx.services.roles.create(ctx, input.role);
  }

  @Authorized('user.manage')
  @Mutation(() => Role)
  updateOneRole(
    @Arg('input', () => UpdateOneRoleInput) input: UpdateOneRoleInput,
    @Ctx() ctx: AppContext,
  ) {
    return ctx.services.roles.update(
      ctx,
      parseId(input.id, 'input.id'),
      input.version,
      input.update,
    );
  }

  @Authorized('user.manage')
  @Mutation(() => Role)
  deleteOneRole(@Arg('input', () => DeleteOneInput) input: DeleteOneInput, @Ctx() ctx: AppContext) {
    return ctx.services.roles.delete(ctx, parseId(input.id, 'input.id'));
  }
}
