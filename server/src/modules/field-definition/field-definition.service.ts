import type { CustomerKind } from '@dossier/shared';
import { CODE_FORMAT_HINTS, isValidCode, PATTERN_TEXT_MAX_LENGTH } from '@dossier/shared';
import { unscoped } from '../access/scoped-reads';
import type { DataSource, EntityManager } from 'typeorm';
import type { AppContext } from '../../common/context';
import { checkLength, VALIDATION_PATTERN_MAX, VARCHAR } from '../../common/limits';
import { textStorageMax } from './card-validator';
import { conflict, InputProblems, notFound } from '../../common/errors/app-error';
import { shortened } from '../../common/ids';
import { FORBIDDEN_JSON_KEYS, MAX_VALIDATION_PATTERN } from '../../common/input-limits';
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
      if (!isValidCode('fieldKey', key))
        problems.add('fieldDefinition.key', 'codeFormat', { hint: CODE_FORMAT_HINTS.fieldKey });
      else if (FORBIDDEN_JSON_KEYS.has(key)) problems.add('fieldDefinition.key', 'invalidFormat');
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
        // Whether any customer holds a value (field managers change the card for everyone).
        const count = await unscoped(em).countBy(CustomerFieldValue, { fieldId: id });
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

const VALIDATION_KEYS = new Set([
  'min',
  'max',
  'maxLength',
  'pattern',
  'patternMessage',
  'example',
]);

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
  const control = input.controllingField;
  if (control && control !== 'kind') {
    const controlling =
      control === input.key
        ? null
        : await em.findOneBy(FieldDefinition, { kind: input.kind, key: control });
    if (!controlling || !SELECT_TYPES.has(controlling.type))
      problems.add(`${path}.controllingField`, 'unknownControllingField', {
        value: shortened(control),
      });
  }
  // A text field's maximum cannot promise more than its column holds.
  const storage = textStorageMax({
    key: input.key,
    builtIn: !!(input as { builtIn?: boolean }).builtIn,
  });
  checkValidation(problems, `${path}.validation`, input.validation, storage);
}

const VALIDATION_NUMBERS = ['min', 'max', 'maxLength'] as const;
/** The pattern, and the words users see when a value does not match it (never the pattern). */
const VALIDATION_TEXTS = ['pattern', 'patternMessage', 'example'] as const;

/** `validation` is `{ min?, max?, maxLength?, pattern? }`: nothing else, no nesting, a compilable pattern. */
function checkValidation(problems: InputProblems, path: string, v: unknown, storage: number) {
  if (v === undefined || v === null) return;
  if (typeof v !== 'object' || Array.isArray(v)) {
    problems.add(path, 'invalidFormat');
    return;
  }
  const record = v as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    if (FORBIDDEN_JSON_KEYS.has(key)) problems.add(path, 'forbiddenKey', { value: key });
    else if (
      !(VALIDATION_TEXTS as readonly string[]).includes(key) &&
      !(VALIDATION_NUMBERS as readonly string[]).includes(key)
    )
      problems.add(`${path}.${shortened(key)}`, 'unknownField', { field: shortened(key) });
  }
  const pattern = record.pattern;
  if (pattern !== undefined) {
    if (typeof pattern !== 'string' || pattern.length > MAX_VALIDATION_PATTERN)
      problems.add(`${path}.pattern`, 'invalidFormat');
    else {
      try {
        new RegExp(pattern);
      } catch {
        problems.add(`${path}.pattern`, 'invalidFormat');
      }
    }
  }
  for (const k of ['patternMessage', 'example'] as const) {
    const text = record[k];
    if (text !== undefined && (typeof text !== 'string' || text.length > PATTERN_TEXT_MAX_LENGTH))
      problems.add(`${path}.${k}`, 'tooLong', { max: PATTERN_TEXT_MAX_LENGTH });
  }
  for (const k of VALIDATION_NUMBERS) {
    const n = record[k];
    if (n === undefined) continue;
    if (
      typeof n !== 'number' ||
      !Number.isFinite(n) ||
      (k === 'maxLength' && !(Number.isInteger(n) && n >= 0))
    )
      problems.add(`${path}.${k}`, 'notNumber', { field: k });
    else if (k === 'maxLength' && (n < 1 || n > storage))
      problems.add(`${path}.maxLength`, 'outOfRange', { field: 'maxLength', min: 1, max: storage });
  }
}
