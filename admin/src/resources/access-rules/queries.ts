import { graphql } from '../../graphql';

export const ACCESS_RULES_QUERY = graphql(`
  query AccessRules {
    accessRules {
      id
      subjectType
      subjectId
      field
      level
      description
      createdAt
      items {
        id
        code
        labelZh
        labelEn
      }
    }
  }
`);

export const CREATE_ACCESS_RULE_MUTATION = graphql(`
  mutation CreateAccessRule($input: CreateOneAccessRuleInput!) {
    createOneAccessRule(input: $input) {
      id
    }
  }
`);

export const DELETE_ACCESS_RULE_MUTATION = graphql(`
  mutation DeleteAccessRule($input: DeleteOneInput!) {
    deleteOneAccessRule(input: $input) {
      id
    }
  }
`);
