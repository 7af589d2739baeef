import type {
  DictionaryQuery,
  DictionarySchemaQuery,
  DictionaryTreeItemFieldsFragment,
  DictionaryTypesQuery,
} from '../../graphql/graphql';

export type AttributeDefinition = DictionarySchemaQuery['dictionary']['attributeSchema'][number];
/** A dictionary with its tree and (separately loaded) attribute schema. */
export type DictionaryDetail = DictionaryQuery['dictionary'] & {
  attributeSchema: AttributeDefinition[];
};
export type DictionaryTypeRow = DictionaryTypesQuery['dictionaryTypes']['nodes'][number];

/** One item of `dictionary.tree`, at any depth. */
export type TreeItem = DictionaryTreeItemFieldsFragment & { children?: TreeItem[] };

/** The tree as returned (children arrays at every level), typed uniformly. */
export function treeOf(detail: DictionaryDetail | undefined): TreeItem[] {
  return (detail?.tree ?? []) as TreeItem[];
}

export function flatten(
  items: readonly TreeItem[],
  depth = 0,
  out: { item: TreeItem; depth: number }[] = [],
) {
  for (const item of items) {
    out.push({ item, depth });
    if (item.children?.length) flatten(item.children, depth + 1, out);
  }
  return out;
}

/** Ids of an item and everything under it. */
export function subtreeIds(item: TreeItem): Set<string> {
  const ids = new Set<string>();
  const walk = (node: TreeItem) => {
    ids.add(node.id);
    node.children?.forEach(walk);
  };
  walk(item);
  return ids;
}

export interface SelectTreeNode {
  value: string;
  title: string;
  disabled?: boolean;
  children?: SelectTreeNode[];
}

/** TreeSelect data of the items (codes shown next to labels), leaving out `exclude`. */
export function toSelectTree(
  items: readonly TreeItem[],
  exclude: Set<string> = new Set(),
): SelectTreeNode[] {
  return items
    .filter((item) => !exclude.has(item.id))
    .map((item) => ({
      value: item.id,
      title: `${item.label} (${item.code})`,
      children: item.children?.length ? toSelectTree(item.children, exclude) : undefined,
    }));
}

/** Attribute values as the form shows them / as the API wants them (empty ones left out). */
export function cleanAttributes(
  values: Record<string, unknown> | undefined,
  schema: readonly AttributeDefinition[],
) {
  const result: Record<string, unknown> = {};
  for (const def of schema) {
    const value = values?.[def.key];
    if (value === undefined || value === null || value === '') continue;
    if (Array.isArray(value) && value.length === 0) continue;
    result[def.key] = value;
  }
  return result;
}
