import { graphql } from '../../graphql';

export const DATA_CARD_QUERY = graphql(`
  query DataCard($kind: CustomerKind!, $includeInactive: Boolean!) {
    dataCard(kind: $kind, includeInactive: $includeInactive) {
      id
      key
      kind
      label
      labelZh
      labelEn
      group
      type
      dictionaryCode
      controllingField
      required
      unique
      sensitive
      protected
      active
      builtIn
      help
      helpZh
      helpEn
      validation
      sortOrder
      version
    }
  }
`);

export const CARD_DICTIONARY_TYPES_QUERY = graphql(`
  query CardDictionaryTypes($paging: OffsetPaging) {
    dictionaryTypes(paging: $paging) {
      nodes {
        id
        code
        name
        hierarchical
      }
    }
  }
`);

export const CARD_OPTIONS_QUERY = graphql(`
  query CardOptions($type: String!, $controllingItem: String) {
    dictionaryOptions(type: $type, controllingItem: $controllingItem, flat: true) {
      id
      code
      label
    }
  }
`);

export const CARD_USERS_QUERY = graphql(`
  query CardUsers($paging: OffsetPaging) {
    users(paging: $paging) {
      nodes {
        id
        username
        displayName
      }
    }
  }
`);

export const CREATE_FIELD_DEFINITION_MUTATION = graphql(`
  mutation CreateFieldDefinition($input: CreateOneFieldDefinitionInput!) {
    createOneFieldDefinition(input: $input) {
      id
      key
    }
  }
`);

export const UPDATE_FIELD_DEFINITION_MUTATION = graphql(`
  mutation UpdateFieldDefinition($input: UpdateOneFieldDefinitionInput!) {
    updateOneFieldDefinition(input: $input) {
      id
      version
      active
    }
  }
`);
