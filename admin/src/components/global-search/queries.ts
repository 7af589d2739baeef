import { graphql } from '../../graphql';

export const GLOBAL_SEARCH_QUERY = graphql(`
  query GlobalSearch($query: String!, $limit: Int) {
    globalSearch(query: $query, limit: $limit) {
      customers {
        id
        number
        name
        kind
      }
      contacts {
        id
        name
        title
        customers {
          id
          number
          name
        }
      }
    }
  }
`);
