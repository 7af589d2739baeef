import type { AppContext } from '../../common/context';
import { escapeLike } from '../../common/db-dialect';
import { badInput } from '../../common/errors/app-error';
import { MAX_SEARCH_LIMIT, MAX_SEARCH_QUERY } from '../../common/input-limits';
import { assertLength } from '../../common/limits';
import { scopedContacts } from '../access/scoped-reads';
import type { Contact } from '../contact/contact.entity';
import type { GlobalSearchResult } from './search.types';

export const DEFAULT_SEARCH_LIMIT = 5;

/** The console's global search (Ctrl-K): customers and contacts the caller may read. */
export class SearchService {
  async search(
    ctx: AppContext,
    query: string,
    limit: number = DEFAULT_SEARCH_LIMIT,
  ): Promise<GlobalSearchResult> {
    assertLength('query', query, MAX_SEARCH_QUERY);
    if (!Number.isInteger(limit) || limit < 1 || limit > MAX_SEARCH_LIMIT)
      throw badInput('limit', 'outOfRange', { min: 1, max: MAX_SEARCH_LIMIT });
    const search = query.trim();
    if (!search) return { customers: [], contacts: [] };
    const [customers, contacts] = await Promise.all([
      // The list's own quick search: same terms, same phone rule (a masked phone is not searchable).
      ctx.services.customers.list(ctx, {
        search,
        paging: { limit },
        sorting: null,
      }),
      this.contacts(ctx, search, limit),
    ]);
    return { customers: customers.nodes, contacts };
  }

  /** Contacts whose name contains `search` (their phones are always sensitive: never searched). */
  private async contacts(ctx: AppContext, search: string, limit: number): Promise<Contact[]> {
    return (await scopedContacts(ctx))
      .andWhere(`ct.name LIKE :contains ESCAPE '!'`, { contains: `%${escapeLike(search)}%` })
      .orderBy('ct.id', 'DESC')
      .limit(limit)
      .getMany();
  }
}
