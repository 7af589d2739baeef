import DataLoader from 'dataloader';

/** Largest IN-list one batch sends. */
export const MAX_BATCH_SIZE = 200;

/** A per-request loader of rows by key; missing keys resolve to null. */
export function keyedLoader<K, V>(
  load: (keys: readonly K[]) => Promise<V[]>,
  keyOf: (row: V) => K,
): DataLoader<K, V | null> {
  return new DataLoader<K, V | null>(
    async (keys) => {
      const rows = await load(keys);
      const byKey = new Map(rows.map((row) => [keyOf(row), row]));
      return keys.map((key) => byKey.get(key) ?? null);
    },
    { maxBatchSize: MAX_BATCH_SIZE },
  );
}

/** A per-request loader of row lists grouped by a key (one-to-many). */
export function groupedLoader<K, V>(
  load: (keys: readonly K[]) => Promise<V[]>,
  keyOf: (row: V) => K,
): DataLoader<K, V[]> {
  return new DataLoader<K, V[]>(
    async (keys) => {
      const rows = await load(keys);
      const groups = new Map<K, V[]>();
      for (const row of rows) {
        const key = keyOf(row);
        const list = groups.get(key);
        if (list) list.push(row);
        else groups.set(key, [row]);
      }
      return keys.map((key) => groups.get(key) ?? []);
    },
    { maxBatchSize: MAX_BATCH_SIZE },
  );
}
