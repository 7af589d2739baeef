import type { DataSource } from 'typeorm';
import { DictionaryItem } from './dictionary-item.entity';
import { DictionaryType } from './dictionary-type.entity';

/** Every dictionary type and item, indexed for lookups without SQL. */
export class DictionarySnapshot {
  readonly typeByCode = new Map<string, DictionaryType>();
  readonly typeById = new Map<number, DictionaryType>();
  readonly itemById = new Map<number, DictionaryItem>();
  readonly itemsByType = new Map<number, DictionaryItem[]>();
  readonly childrenOf = new Map<number, DictionaryItem[]>();
  private readonly byTypeAndCode = new Map<string, DictionaryItem>();

  constructor(types: DictionaryType[], items: DictionaryItem[]) {
    for (const t of types) {
      this.typeByCode.set(t.code, t);
      this.typeById.set(t.id, t);
      this.itemsByType.set(t.id, []);
    }
    const sorted = [...items].sort((a, b) => a.sortOrder - b.sortOrder || a.id - b.id);
    for (const item of sorted) {
      this.itemById.set(item.id, item);
      this.itemsByType.get(item.typeId)?.push(item);
      this.byTypeAndCode.set(`${item.typeId}:${item.code}`, item);
      if (item.parentId !== null) {
        const siblings = this.childrenOf.get(item.parentId);
        if (siblings) siblings.push(item);
        else this.childrenOf.set(item.parentId, [item]);
      }
    }
  }

  static async load(ds: DataSource): Promise<DictionarySnapshot> {
    const [types, items] = await Promise.all([
      ds.getRepository(DictionaryType).find(),
      ds.getRepository(DictionaryItem).find(),
    ]);
    return new DictionarySnapshot(types, items);
  }

  item(typeCode: string, code: string): DictionaryItem | undefined {
    const type = this.typeByCode.get(typeCode);
    return type ? this.byTypeAndCode.get(`${type.id}:${code}`) : undefined;
  }

  /** The item and all its descendants, from memory. */
  subtreeIds(itemId: number): number[] {
    const out: number[] = [];
    const stack = [itemId];
    while (stack.length) {
      const id = stack.pop()!;
      out.push(id);
      for (const child of this.childrenOf.get(id) ?? []) stack.push(child.id);
    }
    return out;
  }

  /** Whether a form may still pick the item: it and every ancestor are enabled. */
  selectable(itemId: number): boolean {
    const path = this.path(itemId);
    return path.length > 0 && path.every((i) => i.enabled);
  }

  /** Ancestors from the root down to the item itself. */
  path(itemId: number): DictionaryItem[] {
    const out: DictionaryItem[] = [];
    let current = this.itemById.get(itemId);
    const seen = new Set<number>();
    while (current && !seen.has(current.id)) {
      seen.add(current.id);
      out.unshift(current);
      current = current.parentId === null ? undefined : this.itemById.get(current.parentId);
    }
    return out;
  }
}
