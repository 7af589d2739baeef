import { graphql } from '../graphql';

export const LOGIN_MUTATION = graphql(`
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

export const ME_QUERY = graphql(`
  query Me {
    me {
      id
      username
      displayName
      permissions
    }
  }
`);
