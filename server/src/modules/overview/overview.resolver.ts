import { Authorized, Ctx, Query, Resolver } from 'type-graphql';
import type { AppContext } from '../../common/context';
import { CustomerOverview } from './overview.types';

@Resolver(() => CustomerOverview)
export class OverviewResolver {
  @Authorized()
  @Query(() => CustomerOverview, {
    description:
      'Customer counts by kind, status, grade, category and region, within the caller’s scope',
  })
  customerOverview(@Ctx() ctx: AppContext) {
    return ctx.services.overview.customerOverview(ctx);
  }
}
