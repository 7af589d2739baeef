import type { CustomerKind } from '@dossier/shared';
import type { DataSource, EntityManager } from 'typeorm';
import type { AppContext } from '../../common/context';
import { checkLength, VALIDATION_PATTERN_MAX, VARCHAR } from '../../common/limits';
import { textStorageMax } from './card-validator';
import { conflict, InputProblems, notFound } from '../../common/errors/app-error';
import { listConnection } from '../../common/pagination/apply-list';
import type { ListArgsShape } from '../../common/pagination/list-types';
import { RevisionedCache } from '../../common/revisioned-cache';
import { updateVersioned } from '../../common/transaction';
import { diffChanges } from '../audit/audit.service';
import { CustomerFieldValue } from '../customer/customer-field-value.entity';
import { DictionaryType } from '../dictionary/dictionary-type.entity';
import { FieldDefinition } from './field-definition.entity';
import {
  FieldDefinitionList,
  type CreateFieldDefinitionInput,
  type UpdateFieldDefinitionInput,
} from './field-definition.inputs';

export const FIELD_CACHE = 'field_definition';
const AUDITED = [
  'kind',
  'key',
  'labelZh',
  'labelEn',
  'group',
  'type',
  'sortOrder',
  'dictionaryCode',
  'controllingField',
  'required',
  'unique',
  'sensitive',
  'protected',
  'active',
  'validation',
];
const SELECT_TYPES = new Set(['SELECT', 'MULTI_SELECT']);

/** The data-card templates: field definitions per customer kind, cached like dictionaries. */
export class FieldDefinitionService {
  readonly cache: RevisionedCache<FieldDefinition[]>;

  constructor(private readonly ds: DataSource) {
    this.cache = new RevisionedCache(ds, FIELD_CACHE, (d) =>
      d.getRepository(FieldDefinition).find({ order: { sortOrder: 'ASC', id: 'ASC' } }),
    );
  }

  async forKind(kind: CustomerKind, includeInactive = false): Promise<FieldDefinition[]> {
    return (await this.cache.get()).filter((f) => f.kind === kind && (includeInactive || f.active));
  }

  list(args: ListArgsShape) {
    const sorting = args.sorting?.length
      ? args.sorting
      : [{ field: 'sortOrder', direction: 'ASC' as never }];
    return listConnection(
      this.ds.getRepository(FieldDefinition).createQueryBuilder('f'),
      { ...args, sorting },
      FieldDefinitionList.spec,
    );
  }

  create(ctx: AppContext, input: CreateFieldDefinitionInput) {
    return this.cache.write(async (em) => {
      const problems = new InputProblems();
      const key = input.key?.trim() ?? '';
      if (!/^[a-z][A-Za-z0-9_]{0,63}$/.test(key))
        problems.add('fieldDefinition.key', 'invalidFormat');
      else if (await em.existsBy(FieldDefinition, { kind: input.kind, key }))
        problems.add('fieldDefinition.key', 'duplicate', { value: key });
      await checkDefinition(em, problems, 'fieldDefinition', input);
      problems.throwIfAny();
      const sortOrder =
        input.sortOrder ??
        ((
          await em
            .createQueryBuilder(FieldDefinition, 'f')
            .select('MAX(f.sortOrder)', 'max')
            .where('f.kind = :kind', { kind: input.kind })
            .getRawOne()
        )?.max ?? 0) + 10;
      const def = await em.save(
        em.create(FieldDefinition, {
          ...input,
          key,
          sortOrder: Number(sortOrder),
          dictionaryCode: SELECT_TYPES.has(input.type) ? input.dictionaryCode! : null,
          controllingField: input.controllingField ?? null,
          required: !!input.required,
          unique: !!input.unique,
          sensitive: !!input.sensitive,
          protected: !!input.protected,
          active: input.active ?? true,
          builtIn: false,
          helpZh: input.helpZh ?? '',
          helpEn: input.helpEn ?? '',
          validation: input.validation ?? null,
        }),
      );
      await ctx.services.audit.record(em, ctx, {
        action: 'fieldDefinition.create',
        entity: 'FieldDefinition',
        entityId: def.id,
        diff: diffChanges(null, def, AUDITED),
      });
      return def;
    });
  }

  update(
    ctx: AppContext,
    id: number,
    version: number | undefined,
    input: UpdateFieldDefinitionInput,
  ) {
    return this.cache.write(async (em) => {
      const before = await em.findOneBy(FieldDefinition, { id });
      if (!before) throw notFound('FieldDefinition', id);
      const problems = new InputProblems();
      const typeChanges =
        (input.type !== undefined && input.type !== before.type) ||
        (input.dictionaryCode !== undefined && input.dictionaryCode !== before.dictionaryCode);
      if (before.builtIn && typeChanges)
        problems.add('update.type', 'builtInLocked', { field: 'type' });
      else if (typeChanges) {
        const count = await em.countBy(CustomerFieldValue, { fieldId: id });
        if (count)
          throw conflict('fieldTypeLocked', { count }, { usageCount: count, field: 'update.type' });
      }
      const merged = { ...before, ...stripUndefined(input) } as CreateFieldDefinitionInput;
      await checkDefinition(em, problems, 'update', merged);
      problems.throwIfAny();
      const changes = stripUndefined(input) as Partial<FieldDefinition>;
      await updateVersioned(em, FieldDefinition, id, version ?? before.version, {
        ...changes,
        updatedAt: new Date(),
      });
      await ctx.services.audit.record(em, ctx, {
        action: 'fieldDefinition.update',
        entity: 'FieldDefinition',
        entityId: id,
        diff: diffChanges(before, { ...before, ...changes }, AUDITED),
      });
      return (await em.findOneBy(FieldDefinition, { id }))!;
    });
  }
}

const VALIDATION_KEYS = new Set(['min', 'max', 'maxLength', 'pattern']);

function stripUndefined<T extends object>(input: T): Partial<T> {
  return Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined)) as Partial<T>;
}

async function checkDefinition(
  em: EntityManager,
  problems: InputProblems,
  path: string,
  input: CreateFieldDefinitionInput,
) {
  const labels = [
    ['labelZh', VARCHAR.field_definition.label_zh],
    ['labelEn', VARCHAR.field_definition.label_en],
  ] as const;
  for (const [label, max] of labels) {
    const value = input[label]?.trim();
    if (!value) problems.add(`${path}.${label}`, 'required');
    else checkLength(problems, `${path}.${label}`, value, max);
  }
  checkLength(problems, `${path}.helpZh`, input.helpZh, VARCHAR.field_definition.help_zh);
  checkLength(problems, `${path}.helpEn`, input.helpEn, VARCHAR.field_definition.help_en);
  checkLength(
    problems,
    `${path}.controllingField`,
    input.controllingField,
    VARCHAR.field_definition.controlling_field,
  );
  if (SELECT_TYPES.has(input.type)) {
    if (!input.dictionaryCode) problems.add(`${path}.dictionaryCode`, 'required');
    else if (!(await em.existsBy(DictionaryType, { code: input.dictionaryCode })))
      problems.add(`${path}.dictionaryCode`, 'unknownReference', { value: input.dictionaryCode });
  }
  const v = input.validation;
  if (v) {
    for (const k of Object.keys(v))
      if (!VALIDATION_KEYS.has(k))
        problems.add(`${path}.validation.${k}`, 'unknownField', { field: k });
    if (v.pattern !== undefined) {
      if (typeof v.pattern !== 'string') problems.add(`${path}.validation.pattern`, 'notText');
      else if (
        checkLength(problems, `${path}.validation.pattern`, v.pattern, VALIDATION_PATTERN_MAX)
      )
        try {
          new RegExp(v.pattern);
        } catch {
          problems.add(`${path}.validation.pattern`, 'invalidFormat');
        }
    }
    for (const k of ['min', 'max', 'maxLength'] as const)
      if (v[k] !== undefined && (typeof v[k] !== 'number' || !Number.isFinite(v[k])))
        problems.add(`${path}.validation.${k}`, 'notNumber', { field: k });
    // A text field's maximum cannot promise more than its column holds.
    const storage = textStorageMax({
      key: input.key,
      builtIn: !!(input as { builtIn?: boolean }).builtIn,
    });
    if (
      typeof v.maxLength === 'number' &&
      (!Number.isInteger(v.maxLength) || v.maxLength < 1 || v.maxLength > storage)
    )
      problems.add(`${path}.validation.maxLength`, 'outOfRange', {
        field: 'maxLength',
        min: 1,
        max: storage,
      });
  }
}
