export interface TreeNode<T> {
  key: string;
  record: T;
  children?: TreeNode<T>[];
}

interface WithParent {
  id: string;
  parentId?: string | null;
}

/**
 * Arranges a flat department list into a forest by `parentId`. Rows whose parent
 * is missing from the list (filtered out or outside the caller's scope) become roots.
 */
export function buildTree<T extends WithParent>(
  rows: readonly T[],
): (T & { children?: (T & { children?: unknown })[] })[] {
  type Node = T & { children?: Node[] };
  const byId = new Map<string, Node>();
  for (const row of rows) byId.set(row.id, { ...row });
  const roots: Node[] = [];
  for (const node of byId.values()) {
    const parent = node.parentId ? byId.get(node.parentId) : undefined;
    if (parent && parent !== node) (parent.children ??= []).push(node);
    else roots.push(node);
  }
  return roots;
}

/** Ids of a department and everything under it (a department cannot move under itself). */
export function descendantIds<T extends WithParent>(
  rows: readonly T[],
  rootId: string,
): Set<string> {
  const result = new Set<string>([rootId]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const row of rows) {
      if (row.parentId && result.has(row.parentId) && !result.has(row.id)) {
        result.add(row.id);
        grew = true;
      }
    }
  }
  return result;
}
