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
import { User } from '../user/user.entity';
import { Department } from './department.entity';
import {
  CreateOneDepartmentInput,
  DepartmentList,
  UpdateOneDepartmentInput,
} from './department.inputs';

@Resolver(() => Department)
export class DepartmentResolver {
  @Authorized()
  @Query(() => DepartmentList.Connection)
  departments(@Args(() => DepartmentList.Args) args: ListArgsShape, @Ctx() ctx: AppContext) {
    return ctx.services.departments.list(args);
  }

  @Authorized()
  @Query(() => Department)
  department(@Arg('id', () => ID) id: string, @Ctx() ctx: AppContext) {
    return ctx.services.departments.get(parseId(id));
  }

  @Authorized('user.manage')
  @Mutation(() => Department)
  createOneDepartment(
    @Arg('input', () => CreateOneDepartmentInput) input: CreateOneDepartmentInput,
    @Ctx() ctx: AppContext,
  ) {
    return ctx.services.departments.create(ctx, input.department);
  }

  @Authorized('user.manage')
  @Mutation(() => Department)
  updateOneDepartment(
    @Arg('input', () => UpdateOneDepartmentInput) input: UpdateOneDepartmentInput,
    @Ctx() ctx: AppContext,
  ) {
    return ctx.services.departments.update(
      ctx,
      parseId(input.id, 'input.id'),
      input.version,
      input.update,
    );
  }

  @Authorized('user.manage')
  @Mutation(() => Department)
  deleteOneDepartment(
    @Arg('input', () => DeleteOneInput) input: DeleteOneInput,
    @Ctx() ctx: AppContext,
  ) {
    return ctx.services.departments.delete(ctx, parseId(input.id, 'input.id'));
  }

  @FieldResolver(() => Department, { nullable: true })
  parent(@Root() d: Department, @Ctx() ctx: AppContext) {
    return d.parentId ? ctx.loaders.departmentById.load(d.parentId) : null;
  }

  @FieldResolver(() => [Department])
  children(@Root() d: Department, @Ctx() ctx: AppContext) {
    return ctx.loaders.departmentsByParentId.load(d.id);
  }

  @FieldResolver(() => User, { nullable: true })
  manager(@Root() d: Department, @Ctx() ctx: AppContext) {
    return d.managerId ? ctx.loaders.userById.load(d.managerId) : null;
  }
}
