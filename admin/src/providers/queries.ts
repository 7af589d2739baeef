// The sign-in documents are parsed here rather than through the generated `graphql()` map, which
// would pull every operation of the console into the login route (admin/scripts/bundle-report.mjs).
// Codegen still reads them (the GraphQL comment tag) and generates their types.
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { parse } from 'graphql';
import type {
  LoginMutation,
  LoginMutationVariables,
  MeQuery,
  MeQueryVariables,
} from '../graphql/graphql';

export const LOGIN_MUTATION: TypedDocumentNode<LoginMutation, LoginMutationVariables> =
  parse(/* GraphQL */ `
    mutation Login($username: String!, $password: String!) {
      login(username: $username, password: $password) {
        token
        expiresAt
        user {
          id
          username
          displayName
          permissions
        }
      }
    }
  `);

export const ME_QUERY: TypedDocumentNode<MeQuery, MeQueryVariables> = parse(/* GraphQL */ `
  query Me {
    me {
      id
      username
      displayName
      permissions
    }
  }
`);
