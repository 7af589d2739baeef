import { graphql } from '../../graphql';

export const DICTIONARY_TYPES_QUERY = graphql(`
  query DictionaryTypes($paging: OffsetPaging, $sorting: [DictionaryTypeSort!]) {
    dictionaryTypes(paging: $paging, sorting: $sorting) {
      totalCount
      nodes {
        id
        code
        name
        nameZh
        nameEn
        description
        system
        hierarchical
        itemCount
        controllingType {
          id
          code
          name
        }
      }
    }
  }
`);

export const DICTIONARY_TREE_ITEM_FRAGMENT = graphql(`
  fragment DictionaryTreeItemFields on DictionaryItem {
    id
    code
    labelZh
    labelEn
    label
    enabled
    color
    sortOrder
    usageCount
    attributes
    version
    parentId
    controllingItemId
    controllingItem {
      id
      code
      label
    }
  }
`);

export const DICTIONARY_QUERY = graphql(`
  query Dictionary($code: String!) {
    dictionary(code: $code) {
      id
      version
      code
      name
      nameZh
      nameEn
      description
      system
      hierarchical
      itemCount
      controllingType {
        id
        code
        name
      }
      tree(includeDisabled: true) {
        ...DictionaryTreeItemFields
        children {
          ...DictionaryTreeItemFields
          children {
            ...DictionaryTreeItemFields
            children {
              ...DictionaryTreeItemFields
            }
          }
        }
      }
    }
  }
`);

/**
 * The attribute schema on its own: the server currently answers null (an error
 * on a non-null field) for types without attributes, which must not take the
 * tree down with it; such an error reads as "no attributes".
 */
export const DICTIONARY_SCHEMA_QUERY = graphql(`
  query DictionarySchema($code: String!) {
    dictionary(code: $code) {
      id
      attributeSchema {
        key
        type
        required
        labelZh
        labelEn
      }
    }
  }
`);

export const DICTIONARY_OPTIONS_QUERY = graphql(`
  query DictionaryOptions($type: String!, $controllingItem: String, $includeDisabled: Boolean) {
    dictionaryOptions(type: $type, controllingItem: $controllingItem, includeDisabled: $includeDisabled, flat: true) {
      id
      code
      label
      enabled
      parentId
    }
  }
`);

export const UPDATE_DICTIONARY_TYPE_MUTATION = graphql(`
  mutation UpdateDictionaryType($input: UpdateOneDictionaryTypeInput!) {
    updateOneDictionaryType(input: $input) {
      id
      code
      version
    }
  }
`);

export const DELETE_DICTIONARY_TYPE_MUTATION = graphql(`
  mutation DeleteDictionaryType($input: DeleteOneInput!) {
    deleteOneDictionaryType(input: $input) {
      id
    }
  }
`);

export const CREATE_DICTIONARY_TYPE_MUTATION = graphql(`
  mutation CreateDictionaryType($input: CreateOneDictionaryTypeInput!) {
    createOneDictionaryType(input: $input) {
      id
      code
    }
  }
`);

export const CREATE_DICTIONARY_ITEM_MUTATION = graphql(`
  mutation CreateDictionaryItem($input: CreateOneDictionaryItemInput!) {
    createOneDictionaryItem(input: $input) {
      id
      code
    }
  }
`);

export const UPDATE_DICTIONARY_ITEM_MUTATION = graphql(`
  mutation UpdateDictionaryItem($input: UpdateOneDictionaryItemInput!) {
    updateOneDictionaryItem(input: $input) {
      id
      version
      enabled
    }
  }
`);

export const DELETE_DICTIONARY_ITEM_MUTATION = graphql(`
  mutation DeleteDictionaryItem($input: DeleteOneInput!) {
    deleteOneDictionaryItem(input: $input) {
      id
    }
  }
`);

export const MERGE_DICTIONARY_ITEM_MUTATION = graphql(`
  mutation MergeDictionaryItem($from: ID!, $into: ID!) {
    mergeDictionaryItem(from: $from, into: $into) {
      rewritten
      into {
        id
        code
        usageCount
      }
    }
  }
`);

export const REORDER_DICTIONARY_ITEMS_MUTATION = graphql(`
  mutation ReorderDictionaryItems($typeCode: String!, $orderedIds: [ID!]!) {
    reorderDictionaryItems(typeCode: $typeCode, orderedIds: $orderedIds) {
      id
      sortOrder
    }
  }
`);

/** Enabled items of a hierarchical dictionary as a tree, for cascaders and tree selects (card form, territory rules). */
export const ENABLED_TREE_QUERY = graphql(`
  query EnabledDictionaryTree($code: String!) {
    dictionary(code: $code) {
      id
      code
      name
      tree(includeDisabled: false) {
        code
        label
        children {
          code
          label
          children {
            code
            label
            children {
              code
              label
              children {
                code
                label
              }
            }
          }
        }
      }
    }
  }
`);
