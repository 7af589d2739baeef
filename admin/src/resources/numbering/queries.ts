import { graphql } from '../../graphql';

export const NUMBERING_RULES_QUERY = graphql(`
  query NumberingRules {
    numberingRules {
      kind
      pattern
      updatedAt
      version
    }
  }
`);

export const UPDATE_NUMBERING_RULE_MUTATION = graphql(`
  mutation UpdateNumberingRule($kind: CustomerKind!, $pattern: String!) {
    updateNumberingRule(kind: $kind, pattern: $pattern) {
      kind
      pattern
      updatedAt
      version
    }
  }
`);
