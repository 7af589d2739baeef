import { Arg, Args, Authorized, Ctx, Query, Resolver } from 'type-graphql';
import type { AppContext } from '../../common/context';
import {
  DuplicateCandidate,
  DuplicateCheckInput,
  DuplicateGroupConnection,
  DuplicateGroupsArgs,
} from './duplicates.types';

@Resolver()
export class DuplicatesResolver {
  @Authorized()
  @Query(() => [DuplicateCandidate], {
    description:
      'Possible duplicates of a record being entered, over the whole archive (needs customer.create or customer.update); hidden ones without details. Matches on a hidden ID number or phone count on the unique-probe limit (RATE_LIMITED when used up)',
  })
  customerDuplicates(
    @Arg('input', () => DuplicateCheckInput) input: DuplicateCheckInput,
    @Ctx() ctx: AppContext,
  ) {
    return ctx.services.duplicates.check(ctx, input);
  }

  @Authorized('customer.merge')
  @Query(() => DuplicateGroupConnection, {
    description: 'Groups of readable customers sharing a key (at least two readable members)',
  })
  duplicateGroups(
    @Args(() => DuplicateGroupsArgs) args: DuplicateGroupsArgs,
    @Ctx() ctx: AppContext,
  ) {
    return ctx.services.duplicates.groups(ctx, args.kind, args.paging);
  }
}
