import {
  Arg,
  Authorized,
  Ctx,
  FieldResolver,
  ID,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { OffsetPaging } from '../../common/pagination/comparisons';
import { unscoped } from '../access/scoped-reads';
import type { AppContext } from '../../common/context';
import { parseId } from '../../common/ids';
import { Customer } from '../customer/customer.entity';
import { User } from '../user/user.entity';
import { Department } from '../department/department.entity';
import { CustomerGrant } from './grant.entity';
import { GrantCustomerAccessInput, GranteeKind, GranteeList } from './grant.inputs';
import { searchGrantees } from './grantees';

@Resolver(() => CustomerGrant)
export class GrantResolver {
  @Authorized('access.grant')
  @Query(() => GranteeList, {
    description:
      'Users and departments the caller may grant access to (inside the reach of access.grant), by name or username',
  })
  async grantees(
    @Arg('search', () => String) search: string,
    @Arg('kind', () => GranteeKind, { nullable: true }) kind: GranteeKind | null,
    @Arg('paging', () => OffsetPaging, { nullable: true }) paging: OffsetPaging | null,
    @Ctx() ctx: AppContext,
  ) {
    // Users and departments are not customer-scoped: the grantee scope filters them.
    return searchGrantees(ctx, unscoped(ctx.dataSource).manager, search, kind, paging);
  }

  @Authorized('access.grant')
  @Mutation(() => [CustomerGrant], {
    description:
      'Grants READ or EDIT on customers to a user or a department until `expiresAt`; needs edit access to each customer',
  })
  grantCustomerAccess(
    @Arg('input', () => GrantCustomerAccessInput) input: GrantCustomerAccessInput,
    @Ctx() ctx: AppContext,
  ) {
    return ctx.services.grants.grant(ctx, input);
  }

  @Authorized('access.grant')
  @Mutation(() => CustomerGrant)
  revokeCustomerGrant(@Arg('id', () => ID) id: string, @Ctx() ctx: AppContext) {
    return ctx.services.grants.revoke(ctx, parseId(id));
  }

  @FieldResolver(() => Boolean, { description: 'Not revoked and not expired now' })
  active(@Root() g: CustomerGrant) {
    return !g.revokedAt && g.expiresAt.getTime() > Date.now();
  }

  @FieldResolver(() => User, { nullable: true })
  user(@Root() g: CustomerGrant, @Ctx() ctx: AppContext) {
    return g.userId ? ctx.loaders.userById.load(g.userId) : null;
  }

  @FieldResolver(() => Department, { nullable: true })
  department(@Root() g: CustomerGrant, @Ctx() ctx: AppContext) {
    return g.departmentId ? ctx.loaders.departmentById.load(g.departmentId) : null;
  }
}

/** The access tab of a customer: its grants, shown to those who may grant. */
@Resolver(() => Customer)
export class CustomerGrantsResolver {
  @Authorized('access.grant')
  @FieldResolver(() => [CustomerGrant], {
    description: 'Grants on this customer, newest first (needs access.grant)',
  })
  grants(@Root() c: Customer, @Ctx() ctx: AppContext) {
    return ctx.services.grants.forCustomers([c.id]);
  }
}
