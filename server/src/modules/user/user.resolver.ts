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
import { DeleteOneInput } from '../../common/graphql/delete-input';
import { parseId } from '../../common/ids';
import type { ListArgsShape } from '../../common/pagination/list-types';
import { Department } from '../department/department.entity';
import { Role } from '../role/role.entity';
import { User } from './user.entity';
import { CreateOneUserInput, UpdateOneUserInput, UserList } from './user.inputs';

@Resolver(() => User)
export class UserResolver {
  @Authorized('user.manage')
  @Query(() => UserList.Connection)
  users(@Args(() => UserList.Args) args: ListArgsShape, @Ctx() ctx: AppContext) {
    return ctx.services.users.list(args);
  }

  @Authorized('user.manage')
  @Query(() => User)
  user(@Arg('id', () => ID) id: string, @Ctx() ctx: AppContext) {
    return ctx.services.users.get(parseId(id));
  }

  @Authorized('user.manage')
  @Mutation(() => User)
  createOneUser(
    @Arg('input', () => CreateOneUserInput) input: CreateOneUserInput,
    @Ctx() ctx: AppContext,
  ) {
    return ctx.services.users.create(ctx, input.user);
  }

  @Authorized('user.manage')
  @Mutation(() => User)
  updateOneUser(
    @Arg('input', () => UpdateOneUserInput) input: UpdateOneUserInput,
    @Ctx() ctx: AppContext,
  ) {
    return ctx.services.users.update(
      ctx,
      parseId(input.id, 'input.id'),
      input.version,
      input.update,
    );
  }

  @Authorized('user.manage')
  @Mutation(() => User)
  deleteOneUser(@Arg('input', () => DeleteOneInput) input: DeleteOneInput, @Ctx() ctx: AppContext) {
    return ctx.services.users.delete(ctx, parseId(input.id, 'input.id'));
  }

  @FieldResolver(() => Department, { nullable: true })
  department(@Root() user: User, @Ctx() ctx: AppContext) {
    return user.departmentId ? ctx.loaders.departmentById.load(user.departmentId) : null;
  }

  @FieldResolver(() => [Role])
  roles(@Root() user: User, @Ctx() ctx: AppContext) {
    return ctx.loaders.rolesByUserId.load(user.id);
  }

  @FieldResolver(() => [String], { description: 'Union of the permissions of the user’s roles' })
  async permissions(@Root() user: User, @Ctx() ctx: AppContext) {
    const roles = await ctx.loaders.rolesByUserId.load(user.id);
    return [...new Set(roles.flatMap((r) => r.permissions))].sort();
  }
}
