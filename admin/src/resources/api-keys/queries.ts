import { graphql } from '../../graphql';

export const API_KEYS_LIST_QUERY = graphql(`
  query ApiKeysList($filter: ApiKeyFilter, $sorting: [ApiKeySort!], $paging: OffsetPaging) {
    apiKeys(filter: $filter, sorting: $sorting, paging: $paging) {
      totalCount
      nodes {
        id
        name
        prefix
        roleId
        role {
          id
          name
        }
        departmentId
        department {
          id
          name
        }
        createdAt
        lastUsedAt
        revokedAt
      }
    }
  }
`);

export const CREATE_API_KEY_MUTATION = graphql(`
  mutation CreateApiKey($input: CreateOneApiKeyInput!) {
    createOneApiKey(input: $input) {
      secret
      apiKey {
        id
        name
        prefix
      }
    }
  }
`);

export const REVOKE_API_KEY_MUTATION = graphql(`
  mutation RevokeApiKey($id: ID!) {
    revokeApiKey(id: $id) {
      id
      revokedAt
    }
  }
`);
