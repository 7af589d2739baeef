import type { EntityManager } from 'typeorm';
import { RevisionedCache } from '../../common/revisioned-cache';
import { BUILT_IN_FIELDS } from '../field-definition/built-in-fields';
import { FieldDefinition } from '../field-definition/field-definition.entity';
import { FIELD_CACHE } from '../field-definition/field-definition.service';
import { DictionaryItem } from './dictionary-item.entity';
import { DictionaryType } from './dictionary-type.entity';
import { DICTIONARY_SEED, type SeedItem } from './dictionary.seed-data';
import { DICTIONARY_CACHE } from './dictionary.service';

/**
 * Seeds the built-in dictionaries and the built-in card fields. A type's items are seeded only
 * when the type itself is created, and a field only when its key is missing, so an admin's
 * relabels, disables and deletions survive restarts.
 */
export async function seedDictionaries(
  em: EntityManager,
): Promise<{ types: number; items: number; fields: number }> {
  let types = 0;
  let items = 0;
  for (const seed of DICTIONARY_SEED) {
    if (await em.existsBy(DictionaryType, { code: seed.code })) continue;
    const controlling = seed.controllingType
      ? await em.findOneBy(DictionaryType, { code: seed.controllingType })
      : null;
    const type = await em.save(
      em.create(DictionaryType, {
        code: seed.code,
        nameZh: seed.zh,
        nameEn: seed.en,
        description: seed.description ?? '',
        hierarchical: !!seed.hierarchical,
        system: true,
        controllingTypeId: controlling?.id ?? null,
        attributeSchema: seed.attributeSchema ?? null,
      }),
    );
    types += 1;
    const insert = async (list: SeedItem[], parentId: number | null) => {
      for (const [index, item] of list.entries()) {
        const controllingItem =
          item.controlling && controlling
            ? await em.findOneBy(DictionaryItem, { typeId: controlling.id, code: item.controlling })
            : null;
        const saved = await em.save(
          em.create(DictionaryItem, {
            typeId: type.id,
            code: item.code,
            labelZh: item.zh,
            labelEn: item.en,
            sortOrder: (index + 1) * 10,
            enabled: true,
            color: item.color ?? null,
            parentId,
            controllingItemId: controllingItem?.id ?? null,
            attributes: item.attributes ?? null,
          }),
        );
        items += 1;
        if (item.children?.length) await insert(item.children, saved.id);
      }
    };
    await insert(seed.items, null);
  }

  let fields = 0;
  const existing = new Set(
    (await em.find(FieldDefinition, { select: { kind: true, key: true } })).map(
      (f) => `${f.kind}:${f.key}`,
    ),
  );
  for (const [index, f] of BUILT_IN_FIELDS.entries()) {
    for (const kind of f.kinds) {
      if (existing.has(`${kind}:${f.key}`)) continue;
      await em.insert(FieldDefinition, {
        kind,
        key: f.key,
        labelZh: f.labelZh,
        labelEn: f.labelEn,
        group: f.group,
        sortOrder: (index + 1) * 10,
        type: f.type,
        dictionaryCode: f.dictionary ?? null,
        controllingField: f.controllingField ?? null,
        required: !!f.required,
        unique: !!f.unique,
        sensitive: !!f.sensitive || !!f.sensitiveKinds?.includes(kind),
        protected: !!f.protected,
        active: true,
        builtIn: true,
        helpZh: '',
        helpEn: '',
        validation: f.validation ?? null,
      });
      fields += 1;
    }
  }
  if (types || items) await RevisionedCache.bump(em, DICTIONARY_CACHE);
  if (fields) await RevisionedCache.bump(em, FIELD_CACHE);
  return { types, items, fields };
}
