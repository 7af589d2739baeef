import type { AttributeDefinition } from '@dossier/shared';
import { CODE_FORMAT_HINTS, isValidCode } from '@dossier/shared';
import { unscoped } from '../access/scoped-reads';
import type { DataSource, EntityManager } from 'typeorm';
import type { AppContext } from '../../common/context';
import { isForeignKeyViolation } from '../../common/db-dialect';
import { AppError, conflict, InputProblems, notFound } from '../../common/errors/app-error';
import {
  ATTRIBUTE_LABEL_MAX,
  ATTRIBUTE_TEXT_MAX,
  ATTRIBUTES_MAX,
  checkLength,
  JSON_MAX_BYTES,
  jsonBytes,
  VARCHAR,
} from '../../common/limits';
import { parseOptionalId } from '../../common/ids';
import { listConnection } from '../../common/pagination/apply-list';
import type { ListArgsShape } from '../../common/pagination/list-types';
import { RevisionedCache } from '../../common/revisioned-cache';
import { subtreeIds } from '../../common/tree';
import { updateVersioned } from '../../common/transaction';
import { diffChanges } from '../audit/audit.service';
import { CustomerFieldValue } from '../customer/customer-field-value.entity';
import { DictionaryItem } from './dictionary-item.entity';
import { DictionaryType } from './dictionary-type.entity';
import { countUsage, referencesFor } from './dictionary-usage';
import type {
  CreateDictionaryItemInput,
  CreateDictionaryTypeInput,
  DictionaryOptionsArgs,
  UpdateDictionaryItemInput,
  UpdateDictionaryTypeInput,
} from './dictionary.inputs';
import { DictionaryItemList, DictionaryTypeList } from './dictionary.inputs';
import { DictionarySnapshot } from './dictionary.snapshot';

export const DICTIONARY_CACHE = 'dictionary';
const COLOR_PATTERN = /^#[0-9a-fA-F]{6}$/;
const ITEM_AUDITED = [
  'code',
  'labelZh',
  'labelEn',
  'sortOrder',
  'enabled',
  'color',
  'parentId',
  'controllingItemId',
  'attributes',
];
const TYPE_AUDITED = [
  'code',
  'nameZh',
  'nameEn',
  'description',
  'hierarchical',
  'controllingTypeId',
  'attributeSchema',
];

export class DictionaryService {
  readonly cache: RevisionedCache<DictionarySnapshot>;

  constructor(private readonly ds: DataSource) {
    this.cache = new RevisionedCache(ds, DICTIONARY_CACHE, DictionarySnapshot.load);
  }

  snapshot(): Promise<DictionarySnapshot> {
    return this.cache.get();
  }

  listTypes(args: ListArgsShape) {
    return listConnection(
      this.ds.getRepository(DictionaryType).createQueryBuilder('t'),
      args,
      DictionaryTypeList.spec,
      { property: 'code', direction: 'ASC' },
    );
  }

  listItems(args: ListArgsShape) {
    const qb = this.ds.getRepository(DictionaryItem).createQueryBuilder('i');
    return listConnection(
      qb,
      {
        ...args,
        sorting: args.sorting?.length
          ? args.sorting
          : [{ field: 'sortOrder', direction: 'ASC' as never }],
      },
      DictionaryItemList.spec,
    );
  }

  async typeByCode(code: string): Promise<DictionaryType> {
    const type = (await this.snapshot()).typeByCode.get(code);
    if (!type) throw notFound('DictionaryType', code);
    return type;
  }

  /** Options for a form: enabled items (unless asked), filtered by controlling item and level. */
  async options(args: DictionaryOptionsArgs): Promise<DictionaryItem[]> {
    const snap = await this.snapshot();
    const type = snap.typeByCode.get(args.type);
    if (!type) throw notFound('DictionaryType', args.type);
    let items = snap.itemsByType.get(type.id) ?? [];
    if (args.controllingItem) {
      const controllingType = type.controllingTypeId
        ? snap.typeById.get(type.controllingTypeId)
        : undefined;
      const controlling = controllingType
        ? snap.item(controllingType.code, args.controllingItem)
        : undefined;
      items = items.filter(
        (i) => i.controllingItemId === null || i.controllingItemId === controlling?.id,
      );
    }
    if (args.parent) {
      const parent = snap.item(type.code, args.parent);
      items = items.filter((i) => parent && i.parentId === parent.id);
    } else if (args.flat === false) {
      items = items.filter((i) => i.parentId === null);
    }
    if (!args.includeDisabled) items = items.filter((i) => snap.selectable(i.id));
    return items;
  }

  // ---- types ----

  createType(ctx: AppContext, input: CreateDictionaryTypeInput) {
    return this.cache.write(async (em) => {
      const problems = new InputProblems();
      const code = input.code?.trim() ?? '';
      if (!isValidCode('dictionaryType', code))
        problems.add('dictionaryType.code', 'codeFormat', {
          hint: CODE_FORMAT_HINTS.dictionaryType,
        });
      else if (await em.existsBy(DictionaryType, { code }))
        problems.add('dictionaryType.code', 'duplicate', { value: code });
      checkLabel(problems, 'dictionaryType.nameZh', input.nameZh, VARCHAR.dictionary_type.name_zh);
      checkLabel(problems, 'dictionaryType.nameEn', input.nameEn, VARCHAR.dictionary_type.name_en);
      let controllingTypeId: number | null = null;
      if (input.controllingTypeCode) {
        const controlling = await em.findOneBy(DictionaryType, { code: input.controllingTypeCode });
        if (!controlling)
          problems.add('dictionaryType.controllingTypeCode', 'unknownReference', {
            value: input.controllingTypeCode,
          });
        else controllingTypeId = controlling.id;
      }
      const schema = checkSchema(
        problems,
        'dictionaryType.attributeSchema',
        input.attributeSchema ?? [],
      );
      checkLength(
        problems,
        'dictionaryType.description',
        input.description?.trim(),
        VARCHAR.dictionary_type.description,
      );
      problems.throwIfAny();
      const type = await em.save(
        em.create(DictionaryType, {
          code,
          nameZh: input.nameZh.trim(),
          nameEn: input.nameEn.trim(),
          description: input.description?.trim() ?? '',
          hierarchical: input.hierarchical ?? false,
          system: false,
          controllingTypeId,
          attributeSchema: schema.length ? schema : null,
        }),
      );
      await ctx.services.audit.record(em, ctx, {
        action: 'dictionaryType.create',
        entity: 'DictionaryType',
        entityId: type.id,
        diff: diffChanges(null, type, TYPE_AUDITED),
      });
      return type;
    });
  }

  updateType(
    ctx: AppContext,
    id: number,
    version: number | undefined,
    input: UpdateDictionaryTypeInput,
  ) {
    return this.cache.write(async (em) => {
      const before = await em.findOneBy(DictionaryType, { id });
      if (!before) throw notFound('DictionaryType', id);
      const problems = new InputProblems();
      const changes: Partial<DictionaryType> = {};
      if (input.nameZh !== undefined)
        changes.nameZh = checkLabel(
          problems,
          'update.nameZh',
          input.nameZh,
          VARCHAR.dictionary_type.name_zh,
        );
      if (input.nameEn !== undefined)
        changes.nameEn = checkLabel(
          problems,
          'update.nameEn',
          input.nameEn,
          VARCHAR.dictionary_type.name_en,
        );
      if (input.description !== undefined) {
        changes.description = input.description?.trim() ?? '';
        checkLength(
          problems,
          'update.description',
          changes.description,
          VARCHAR.dictionary_type.description,
        );
      }
      if (input.attributeSchema !== undefined) {
        const schema = checkSchema(problems, 'update.attributeSchema', input.attributeSchema ?? []);
        changes.attributeSchema = schema.length ? schema : null;
      }
      problems.throwIfAny();
      await updateVersioned(em, DictionaryType, id, version ?? before.version, {
        ...changes,
        updatedAt: new Date(),
      });
      await ctx.services.audit.record(em, ctx, {
        action: 'dictionaryType.update',
        entity: 'DictionaryType',
        entityId: id,
        diff: diffChanges(before, { ...before, ...changes }, TYPE_AUDITED),
      });
      return (await em.findOneBy(DictionaryType, { id }))!;
    });
  }

  deleteType(ctx: AppContext, id: number) {
    return this.cache.write(async (em) => {
      const type = await em.findOneBy(DictionaryType, { id });
      if (!type) throw notFound('DictionaryType', id);
      if (type.system) throw conflict('systemType');
      const items = await em.countBy(DictionaryItem, { typeId: id });
      if (items)
        throw conflict('inUse', { entity: 'DictionaryType', count: items }, { usageCount: items });
      await ctx.services.audit.record(em, ctx, {
        action: 'dictionaryType.delete',
        entity: 'DictionaryType',
        entityId: id,
        diff: diffChanges(type, {}, TYPE_AUDITED),
      });
      await em.delete(DictionaryType, { id });
      return type;
    });
  }

  // ---- items ----

  createItem(ctx: AppContext, input: CreateDictionaryItemInput) {
    return this.cache.write(async (em) => {
      const type = await em.findOneBy(DictionaryType, { code: input.typeCode });
      const problems = new InputProblems();
      if (!type)
        throw new AppError(
          'BAD_USER_INPUT',
          'unknownReference',
          { field: 'typeCode', value: input.typeCode },
          { field: 'dictionaryItem.typeCode' },
        );
      const code = input.code?.trim() ?? '';
      if (!isValidCode('dictionaryItem', code))
        problems.add('dictionaryItem.code', 'codeFormat', {
          hint: CODE_FORMAT_HINTS.dictionaryItem,
        });
      else if (await em.existsBy(DictionaryItem, { typeId: type.id, code }))
        problems.add('dictionaryItem.code', 'duplicate', { value: code });
      const draft = {
        labelZh: checkLabel(
          problems,
          'dictionaryItem.labelZh',
          input.labelZh,
          VARCHAR.dictionary_item.label_zh,
        ),
        labelEn: checkLabel(
          problems,
          'dictionaryItem.labelEn',
          input.labelEn,
          VARCHAR.dictionary_item.label_en,
        ),
        color: checkColor(problems, 'dictionaryItem.color', input.color),
        parentId: parseOptionalId(input.parentId, 'dictionaryItem.parentId') ?? null,
        controllingItemId:
          parseOptionalId(input.controllingItemId, 'dictionaryItem.controllingItemId') ?? null,
        attributes: checkAttributes(
          problems,
          'dictionaryItem.attributes',
          type.attributeSchema ?? [],
          input.attributes ?? {},
        ),
      };
      await this.checkLinks(
        em,
        problems,
        'dictionaryItem',
        type,
        null,
        draft.parentId,
        draft.controllingItemId,
      );
      problems.throwIfAny();
      const sortOrder = input.sortOrder ?? (await this.nextSortOrder(em, type.id, draft.parentId));
      const item = await em.save(
        em.create(DictionaryItem, {
          typeId: type.id,
          code,
          ...draft,
          sortOrder,
          enabled: input.enabled ?? true,
        }),
      );
      await ctx.services.audit.record(em, ctx, {
        action: 'dictionaryItem.create',
        entity: 'DictionaryItem',
        entityId: item.id,
        diff: { type: type.code, ...diffChanges(null, item, ITEM_AUDITED) },
      });
      return item;
    });
  }

  updateItem(
    ctx: AppContext,
    id: number,
    version: number | undefined,
    input: UpdateDictionaryItemInput,
  ) {
    return this.cache.write(async (em) => {
      const before = await em.findOneBy(DictionaryItem, { id });
      if (!before) throw notFound('DictionaryItem', id);
      const type = await em.findOneByOrFail(DictionaryType, { id: before.typeId });
      const problems = new InputProblems();
      const changes: Partial<DictionaryItem> = {};
      if (input.labelZh !== undefined)
        changes.labelZh = checkLabel(
          problems,
          'update.labelZh',
          input.labelZh,
          VARCHAR.dictionary_item.label_zh,
        );
      if (input.labelEn !== undefined)
        changes.labelEn = checkLabel(
          problems,
          'update.labelEn',
          input.labelEn,
          VARCHAR.dictionary_item.label_en,
        );
      if (input.sortOrder !== undefined && input.sortOrder !== null)
        changes.sortOrder = input.sortOrder;
      if (input.enabled !== undefined && input.enabled !== null) changes.enabled = input.enabled;
      if (input.color !== undefined)
        changes.color = checkColor(problems, 'update.color', input.color);
      if (input.attributes !== undefined)
        changes.attributes = checkAttributes(
          problems,
          'update.attributes',
          type.attributeSchema ?? [],
          input.attributes ?? {},
        );
      const parentId = parseOptionalId(input.parentId, 'update.parentId');
      const controllingItemId = parseOptionalId(
        input.controllingItemId,
        'update.controllingItemId',
      );
      if (parentId !== undefined) changes.parentId = parentId;
      if (controllingItemId !== undefined) changes.controllingItemId = controllingItemId;
      await this.checkLinks(
        em,
        problems,
        'update',
        type,
        id,
        parentId ?? null,
        controllingItemId ?? null,
      );
      problems.throwIfAny();
      await updateVersioned(em, DictionaryItem, id, version ?? before.version, {
        ...changes,
        updatedAt: new Date(),
      });
      await ctx.services.audit.record(em, ctx, {
        action: 'dictionaryItem.update',
        entity: 'DictionaryItem',
        entityId: id,
        diff: {
          type: type.code,
          code: before.code,
          ...diffChanges(before, { ...before, ...changes }, ITEM_AUDITED),
        },
      });
      return (await em.findOneBy(DictionaryItem, { id }))!;
    });
  }

  /** Refused with CONFLICT and the usage count while any record, child or dependent item uses it. */
  async deleteItem(ctx: AppContext, id: number) {
    try {
      return await this.cache.write(async (em) => {
        const item = await em.findOneBy(DictionaryItem, { id });
        if (!item) throw notFound('DictionaryItem', id);
        const type = await em.findOneByOrFail(DictionaryType, { id: item.typeId });
        const usage = (await countUsage(em, [type.code], [id])).get(id) ?? 0;
        const dependents =
          (await em.countBy(DictionaryItem, { parentId: id })) +
          (await em.countBy(DictionaryItem, { controllingItemId: id }));
        if (usage + dependents > 0)
          throw conflict(
            'inUse',
            { entity: 'DictionaryItem', count: usage + dependents },
            { usageCount: usage, dependentItems: dependents },
          );
        await ctx.services.audit.record(em, ctx, {
          action: 'dictionaryItem.delete',
          entity: 'DictionaryItem',
          entityId: id,
          diff: { type: type.code, ...diffChanges(item, {}, ITEM_AUDITED) },
        });
        await em.delete(DictionaryItem, { id });
        return item;
      });
    } catch (err) {
      if (isForeignKeyViolation(err))
        throw conflict('inUse', { entity: 'DictionaryItem', count: '≥1' });
      throw err;
    }
  }

  /**
   * Rewrites every record, custom value, child and dependent item that uses `fromId` to use
   * `intoId`, audits it and deletes `fromId` — all in one transaction.
   */
  merge(ctx: AppContext, fromId: number, intoId: number) {
    return this.cache.write(async (em) => {
      const from = await em.findOneBy(DictionaryItem, { id: fromId });
      const into = await em.findOneBy(DictionaryItem, { id: intoId });
      if (!from) throw notFound('DictionaryItem', fromId);
      if (!into) throw notFound('DictionaryItem', intoId);
      const type = await em.findOneByOrFail(DictionaryType, { id: from.typeId });
      if (into.typeId !== from.typeId)
        throw new AppError(
          'BAD_USER_INPUT',
          'wrongDictionary',
          { field: 'into', dictionary: type.code },
          { field: 'into' },
        );
      const all = await em.find(DictionaryItem, {
        where: { typeId: type.id },
        select: { id: true, parentId: true },
      });
      if (subtreeIds(all, fromId).includes(intoId))
        throw new AppError('BAD_USER_INPUT', 'mergeSame', {}, { field: 'into' });

      const rewritten: Record<string, number> = {};
      const q = (name: string) => em.connection.driver.escape(name);
      for (const ref of referencesFor(type.code)) {
        const before = await em.query(
          `SELECT COUNT(*) AS n FROM ${q(ref.table)} WHERE ${q(ref.column)} = ?`,
          [fromId],
        );
        await em.query(
          `UPDATE ${q(ref.table)} SET ${q(ref.column)} = ? WHERE ${q(ref.column)} = ?`,
          [intoId, fromId],
        );
        rewritten[`${ref.table}.${ref.column}`] = Number(before[0].n);
      }
      // Multi-selects that already hold `into` just drop `from`; the rest are repointed.
      // A merge rewrites every record that holds the item, readable or not.
      const duplicates = await unscoped(em)
        .createQueryBuilder(CustomerFieldValue, 'v')
        .select('v.id', 'id')
        .where('v.item_id = :fromId', { fromId })
        .andWhere(
          'EXISTS (SELECT 1 FROM customer_field_value w WHERE w.customer_id = v.customer_id AND w.field_id = v.field_id AND w.item_id = :intoId)',
          { intoId },
        )
        .getRawMany<{ id: number }>();
      if (duplicates.length)
        await em.delete(
          CustomerFieldValue,
          duplicates.map((d) => Number(d.id)),
        );
      const values = await em
        .createQueryBuilder()
        .update(CustomerFieldValue)
        .set({ itemId: intoId })
        .where('item_id = :fromId', { fromId })
        .execute();
      rewritten['customer_field_value'] = (values.affected ?? 0) + duplicates.length;
      rewritten['children'] =
        (await em.update(DictionaryItem, { parentId: fromId }, { parentId: intoId })).affected ?? 0;
      rewritten['dependentItems'] =
        (
          await em.update(
            DictionaryItem,
            { controllingItemId: fromId },
            { controllingItemId: intoId },
          )
        ).affected ?? 0;

      await ctx.services.audit.record(em, ctx, {
        action: 'dictionaryItem.merge',
        entity: 'DictionaryItem',
        entityId: fromId,
        diff: {
          type: type.code,
          from: { id: fromId, code: from.code, labelZh: from.labelZh },
          into: { id: intoId, code: into.code, labelZh: into.labelZh },
          rewritten,
        },
      });
      await em.delete(DictionaryItem, { id: fromId });
      return { into, rewritten: Object.values(rewritten).reduce((a, b) => a + b, 0) };
    });
  }

  /** Sets the sort order of siblings to their position in `orderedIds` (drag to reorder). */
  reorder(ctx: AppContext, typeCode: string, orderedIds: number[]) {
    return this.cache.write(async (em) => {
      const type = await em.findOneBy(DictionaryType, { code: typeCode });
      if (!type) throw notFound('DictionaryType', typeCode);
      const items = await em.findBy(DictionaryItem, { typeId: type.id });
      const byId = new Map(items.map((i) => [i.id, i]));
      const problems = new InputProblems();
      const parents = new Set(orderedIds.map((id) => byId.get(id)?.parentId));
      if (orderedIds.some((id) => !byId.has(id)))
        problems.add('orderedIds', 'unknownReference', {
          value: orderedIds.filter((id) => !byId.has(id)).join(', '),
        });
      else if (parents.size > 1) problems.add('orderedIds', 'invalidFormat');
      problems.throwIfAny();
      for (const [index, id] of orderedIds.entries()) {
        if (byId.get(id)!.sortOrder !== (index + 1) * 10)
          await em.update(DictionaryItem, { id }, { sortOrder: (index + 1) * 10 });
      }
      await ctx.services.audit.record(em, ctx, {
        action: 'dictionaryItem.reorder',
        entity: 'DictionaryType',
        entityId: type.id,
        diff: { orderedIds },
      });
      return em.find(DictionaryItem, {
        where: { typeId: type.id },
        order: { sortOrder: 'ASC', id: 'ASC' },
      });
    });
  }

  usage(typeCodes: string[], itemIds: number[]) {
    return countUsage(this.ds.manager, typeCodes, itemIds);
  }

  private async nextSortOrder(
    em: EntityManager,
    typeId: number,
    parentId: number | null,
  ): Promise<number> {
    const row = await em
      .createQueryBuilder(DictionaryItem, 'i')
      .select('MAX(i.sortOrder)', 'max')
      .where('i.typeId = :typeId', { typeId })
      .andWhere(parentId === null ? 'i.parentId IS NULL' : 'i.parentId = :parentId', { parentId })
      .getRawOne<{ max: number | null }>();
    return Number(row?.max ?? 0) + 10;
  }

  private async checkLinks(
    em: EntityManager,
    problems: InputProblems,
    path: string,
    type: DictionaryType,
    selfId: number | null,
    parentId: number | null,
    controllingItemId: number | null,
  ) {
    if (parentId !== null) {
      if (!type.hierarchical) problems.add(`${path}.parentId`, 'notHierarchical');
      else {
        const parent = await em.findOneBy(DictionaryItem, { id: parentId });
        if (!parent || parent.typeId !== type.id)
          problems.add(`${path}.parentId`, 'wrongDictionary', { dictionary: type.code });
        else if (selfId !== null) {
          const all = await em.find(DictionaryItem, {
            where: { typeId: type.id },
            select: { id: true, parentId: true },
          });
          if (subtreeIds(all, selfId).includes(parentId))
            problems.add(`${path}.parentId`, 'itemCycle');
        }
      }
    }
    if (controllingItemId !== null) {
      if (!type.controllingTypeId) problems.add(`${path}.controllingItemId`, 'noControllingType');
      else {
        const controlling = await em.findOneBy(DictionaryItem, { id: controllingItemId });
        if (!controlling || controlling.typeId !== type.controllingTypeId) {
          const controllingType = await em.findOneBy(DictionaryType, {
            id: type.controllingTypeId,
          });
          problems.add(`${path}.controllingItemId`, 'wrongDictionary', {
            dictionary: controllingType?.code,
          });
        }
      }
    }
  }
}

function checkLabel(
  problems: InputProblems,
  field: string,
  value: string | null | undefined,
  max: number,
): string {
  const label = value?.trim() ?? '';
  if (!label) problems.add(field, 'required');
  else checkLength(problems, field, label, max);
  return label;
}

function checkColor(
  problems: InputProblems,
  field: string,
  value: string | null | undefined,
): string | null {
  if (!value) return null;
  if (!COLOR_PATTERN.test(value)) problems.add(field, 'invalidFormat');
  return value;
}

function checkSchema(
  problems: InputProblems,
  field: string,
  schema: AttributeDefinition[],
): AttributeDefinition[] {
  const keys = new Set<string>();
  if (schema.length > ATTRIBUTES_MAX) problems.add(field, 'tooMany', { max: ATTRIBUTES_MAX });
  for (const [i, def] of schema.entries()) {
    checkLength(problems, `${field}.${i}.labelZh`, def.labelZh, ATTRIBUTE_LABEL_MAX);
    checkLength(problems, `${field}.${i}.labelEn`, def.labelEn, ATTRIBUTE_LABEL_MAX);
    if (!isValidCode('attributeKey', def.key))
      problems.add(`${field}.${i}.key`, 'codeFormat', { hint: CODE_FORMAT_HINTS.attributeKey });
    else if (keys.has(def.key)) problems.add(`${field}.${i}.key`, 'duplicate', { value: def.key });
    keys.add(def.key);
  }
  return schema.map((d) => ({
    key: d.key,
    type: d.type,
    required: !!d.required,
    ...(d.labelZh ? { labelZh: d.labelZh } : {}),
    ...(d.labelEn ? { labelEn: d.labelEn } : {}),
  }));
}

/** Validates item attributes against the type's schema; returns the cleaned object or null. */
export function checkAttributes(
  problems: InputProblems,
  field: string,
  schema: AttributeDefinition[],
  values: Record<string, unknown>,
): Record<string, unknown> | null {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(values))
    if (!schema.some((d) => d.key === key))
      problems.add(`${field}.${key}`, 'attributeUnknown', { key });
  for (const def of schema) {
    const value = values[def.key];
    if (value === undefined || value === null || value === '') {
      if (def.required) problems.add(`${field}.${def.key}`, 'attributeMissing', { key: def.key });
      continue;
    }
    const ok =
      def.type === 'INT'
        ? Number.isInteger(value)
        : def.type === 'DECIMAL'
          ? typeof value === 'number' && Number.isFinite(value)
          : def.type === 'STRING'
            ? typeof value === 'string'
            : def.type === 'BOOLEAN'
              ? typeof value === 'boolean'
              : Array.isArray(value) && value.every((v) => typeof v === 'string');
    if (!ok) problems.add(`${field}.${def.key}`, 'attributeType', { key: def.key, type: def.type });
    else if (Array.isArray(value) && value.length > ATTRIBUTES_MAX)
      problems.add(`${field}.${def.key}`, 'tooMany', { max: ATTRIBUTES_MAX });
    else if (
      [value]
        .flat()
        .every((v) =>
          checkLength(
            problems,
            `${field}.${def.key}`,
            typeof v === 'string' ? v : null,
            ATTRIBUTE_TEXT_MAX,
          ),
        )
    )
      out[def.key] = value;
  }
  if (jsonBytes(out) > JSON_MAX_BYTES) problems.add(field, 'tooLarge', { max: JSON_MAX_BYTES });
  return Object.keys(out).length ? out : null;
}
