import { Arg, Args, Authorized, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { AppContext } from '../../common/context';
import { parseId } from '../../common/ids';
import { CustomerList, CustomerListArgs } from '../customer/customer.inputs';
import { AccessExplanation, CustomerSummary } from './access.types';

@Resolver()
export class AccessResolver {
  @Authorized('user.manage')
  @Query(() => AccessExplanation, {
    description:
      'Why a user can or cannot read and edit a customer (scope, owner, team, grant with expiry, territory rule), and which sensitive fields they see in clear',
  })
  explainAccess(
    @Arg('customerId', () => ID) customerId: string,
    @Arg('userId', () => ID) userId: string,
    @Ctx() ctx: AppContext,
  ) {
    return ctx.services.access.explain(
      ctx,
      parseId(customerId, 'customerId'),
      parseId(userId, 'userId'),
    );
  }

  @Authorized('user.manage')
  @Query(() => CustomerList.Connection, {
    description:
      '"Act as": the customers a given user would see, with the same filters, search and paging',
  })
  previewCustomersAs(
    @Arg('userId', () => ID) userId: string,
    @Args(() => CustomerListArgs) args: CustomerListArgs,
    @Ctx() ctx: AppContext,
  ) {
    return ctx.services.access.previewAs(ctx, parseId(userId, 'userId'), args);
  }

  @Authorized('access.request')
  @Query(() => [CustomerSummary], {
    description:
      'Customers you cannot read but may request: number prefix or name contains (≥ 2 characters), number and masked name only, at most 20',
  })
  customerDirectory(@Arg('search', () => String) search: string, @Ctx() ctx: AppContext) {
    return ctx.services.access.directory(ctx, search);
  }
}
