import { Arg, Authorized, Ctx, Int, Query, Resolver } from 'type-graphql';
import type { AppContext } from '../../common/context';
import { DEFAULT_SEARCH_LIMIT } from './search.service';
import { GlobalSearchResult } from './search.types';

@Resolver()
export class SearchResolver {
  @Authorized()
  @Query(() => GlobalSearchResult, {
    description:
      'Global search over customers and contacts the caller may read (the customer list’s quick search semantics)',
  })
  globalSearch(
    @Arg('query', () => String) query: string,
    @Arg('limit', () => Int, {
      nullable: true,
      defaultValue: DEFAULT_SEARCH_LIMIT,
      description: 'Hits per group, 1–20',
    })
    limit: number,
    @Ctx() ctx: AppContext,
  ) {
    return ctx.services.search.search(ctx, query, limit ?? DEFAULT_SEARCH_LIMIT);
  }
}
