/** Ids of `rootId` and every node beneath it, from a flat `{ id, parentId }` list (departments, dictionary items). */
export function subtreeIds(
  nodes: { id: number; parentId: number | null }[],
  rootId: number,
): number[] {
  const children = new Map<number, number[]>();
  for (const d of nodes) {
    if (d.parentId === null) continue;
    const list = children.get(d.parentId);
    if (list) list.push(d.id);
    else children.set(d.parentId, [d.id]);
  }
  const result: number[] = [];
  const stack = [rootId];
  const seen = new Set<number>();
  while (stack.length) {
    const id = stack.pop()!;
    if (seen.has(id)) continue;
    seen.add(id);
    result.push(id);
    stack.push(...(children.get(id) ?? []));
  }
  return result;
}
