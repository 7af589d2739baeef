import DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';
import { MAX_BATCH_SIZE } from '../../common/loaders';
import type { DictionaryService } from './dictionary.service';
import { DictionaryItem } from './dictionary-item.entity';
import type { DictionarySnapshot } from './dictionary.snapshot';

/** Per-request dictionary access: one pinned snapshot, item lookups from memory, batched usage counts. */
export function createDictionaryLoaders(ds: DataSource, dictionaries: DictionaryService) {
  let pinned: Promise<DictionarySnapshot> | undefined;
  const snapshot = () => (pinned ??= dictionaries.snapshot());
  return {
    dictionarySnapshot: snapshot,
    dictionaryItemById: new DataLoader<number, DictionaryItem | null>(
      async (ids) => {
        const snap = await snapshot();
        const missing = ids.filter((id) => !snap.itemById.has(id));
        const fetched = missing.length
          ? await ds.getRepository(DictionaryItem).findBy({ id: In([...missing]) })
          : [];
        const extra = new Map(fetched.map((i) => [i.id, i]));
        return ids.map((id) => snap.itemById.get(id) ?? extra.get(id) ?? null);
      },
      { maxBatchSize: MAX_BATCH_SIZE },
    ),
    dictionaryUsageByItemId: new DataLoader<number, number>(
      async (ids) => {
        const snap = await snapshot();
        const typeCodes = [
          ...new Set(
            ids
              .map((id) => snap.typeById.get(snap.itemById.get(id)?.typeId ?? -1)?.code)
              .filter((c): c is string => !!c),
          ),
        ];
        const counts = await dictionaries.usage(typeCodes, [...ids]);
        return ids.map((id) => counts.get(id) ?? 0);
      },
      { maxBatchSize: MAX_BATCH_SIZE },
    ),
  };
}
