import {
  DICT,
  PATTERN_EXAMPLES,
  isValidCreditCode,
  isValidDate,
  isValidResidentId,
  type CustomerKind,
} from '@dossier/shared';
import { unscoped } from '../access/scoped-reads';
import type { EntityManager } from 'typeorm';
import type { InputProblems } from '../../common/errors/app-error';
import { toCanonicalId } from '../../common/ids';
import type { Locale } from '@dossier/shared';
import { Customer } from '../customer/customer.entity';
import { CustomerFieldValue } from '../customer/customer-field-value.entity';
import type { DictionarySnapshot } from '../dictionary/dictionary.snapshot';
import { User } from '../user/user.entity';
import type { SensitiveUniqueProbe } from '../customer/unique-probe';
import {
  ACCEPTED,
  charLength,
  decimalMaxText,
  INT_MAX,
  INT_MIN,
  isInt32,
  numberFitsDecimal,
  TEXT_CHARS,
  TEXT_MAX_CHARS,
  textFitsDecimal,
  VARCHAR,
} from '../../common/limits';
import { BUILT_IN_BY_KEY } from './built-in-fields';
import type { FieldDefinition } from './field-definition.entity';

/** A value ready to store: item ids for selects, strings for text/money/dates, numbers, booleans. */
export type StoredValue = string | number | boolean | number[] | null;

export interface CardInput {
  kind: CustomerKind;
  /** Field key → value as sent (item codes for selects). Only keys present are checked on update. */
  values: Record<string, unknown>;
  /** The stored values of the record being updated (field key → stored value). */
  current?: { customerId: number; values: Record<string, StoredValue> };
  /** Where the values sit in the input, e.g. `customer` or `update`. */
  path: string;
  locale: Locale;
  /** Rate limit and record of uniqueness failures on sensitive fields (see `unique-probe.ts`). */
  uniqueProbe?: SensitiveUniqueProbe;
}

/**
 * The one validation of customer card values, used by every write path. Returns the values
 * to store by field key and adds every problem, keyed by field path, to `problems`.
 */
export async function validateCard(
  em: EntityManager,
  snap: DictionarySnapshot,
  defs: FieldDefinition[],
  input: CardInput,
  problems: InputProblems,
): Promise<Map<string, StoredValue>> {
  const byKey = new Map(defs.map((d) => [d.key, d]));
  const out = new Map<string, StoredValue>();
  const creating = !input.current;
  const label = (d: FieldDefinition) => (input.locale === 'en' ? d.labelEn : d.labelZh);

  for (const key of Object.keys(input.values)) {
    if (!byKey.has(key)) problems.add(`${input.path}.${key}`, 'unknownField', { field: key });
  }

  for (const def of defs) {
    const present = Object.prototype.hasOwnProperty.call(input.values, def.key);
    if (!present && !creating) continue;
    const field = `${input.path}.${def.key}`;
    const raw = input.values[def.key];
    const empty =
      raw === undefined || raw === null || raw === '' || (Array.isArray(raw) && raw.length === 0);
    if (empty) {
      if (def.required) problems.add(field, 'required', { field: label(def) });
      else if (present) out.set(def.key, def.type === 'MULTI_SELECT' ? [] : null);
      continue;
    }
    const v = def.validation ?? {};
    const params = { field: label(def) };
    switch (def.type) {
      case 'TEXT':
      case 'LONG_TEXT': {
        if (typeof raw !== 'string') {
          problems.add(field, 'notText', params);
          break;
        }
        // Codes are stored upper-case, so `x` and `X` are the same number for patterns and uniqueness.
        const text = UPPER_CASE_KEYS.has(def.key) ? raw.trim().toUpperCase() : raw.trim();
        const maxLength = Math.min(v.maxLength ?? Infinity, textStorageMax(def));
        if (charLength(text) > maxLength)
          problems.add(field, 'tooLong', { ...params, max: maxLength });
        else if (v.pattern && !new RegExp(v.pattern).test(text))
          // A sentence, never the pattern: the field's own, else 格式不正确 with an example.
          problems.add(field, ...patternProblem(def.key, v, params));
        else if (def.key === 'creditCode' && !isValidCreditCode(text))
          problems.add(field, 'invalidCreditCode', params);
        else out.set(def.key, text);
        break;
      }
      case 'NUMBER':
      case 'RATING': {
        const n = typeof raw === 'number' ? raw : Number.NaN;
        if (!Number.isFinite(n) || (def.type === 'RATING' && !Number.isInteger(n)))
          problems.add(field, 'notNumber', params);
        else if (!numberFits(def, n)) {
          const builtIn = def.builtIn && BUILT_IN_BY_KEY.has(def.key);
          const max = builtIn ? INT_MAX : decimalMaxText(ACCEPTED.customNumber);
          problems.add(field, 'outOfRange', { ...params, min: builtIn ? INT_MIN : `-${max}`, max });
        } else if (!inRange(n, def.type === 'RATING' ? { min: v.min ?? 1, max: v.max ?? 5 } : v))
          problems.add(field, 'outOfRange', {
            ...params,
            min: v.min ?? (def.type === 'RATING' ? 1 : '−∞'),
            max: v.max ?? (def.type === 'RATING' ? 5 : '∞'),
          });
        else out.set(def.key, n);
        break;
      }
      case 'MONEY': {
        const text =
          typeof raw === 'number' ? String(raw) : typeof raw === 'string' ? raw.trim() : '';
        // Built-in amounts are decimal(18,2); custom ones are kept as text of the same shape.
        const money = ACCEPTED.money;
        if (!/^-?\d+(\.\d{1,2})?$/.test(text) || !textFitsDecimal(text, money))
          problems.add(field, 'notMoney', params);
        else if (!inRange(Number(text), v))
          problems.add(field, 'outOfRange', { ...params, min: v.min ?? '−∞', max: v.max ?? '∞' });
        else out.set(def.key, text);
        break;
      }
      case 'DATE': {
        if (typeof raw !== 'string' || !isValidDate(raw)) problems.add(field, 'notDate', params);
        else out.set(def.key, raw);
        break;
      }
      case 'BOOLEAN':
        if (typeof raw !== 'boolean') problems.add(field, 'notBoolean', params);
        else out.set(def.key, raw);
        break;
      case 'USER': {
        const id = toCanonicalId(raw);
        if (id === null || !(await em.existsBy(User, { id, active: true })))
          problems.add(field, 'unknownUser', params);
        else out.set(def.key, id);
        break;
      }
      case 'SELECT':
      case 'MULTI_SELECT': {
        const codes = def.type === 'SELECT' ? [raw] : raw;
        if (!Array.isArray(codes) || codes.some((c) => typeof c !== 'string')) {
          problems.add(field, def.type === 'SELECT' ? 'notText' : 'notList', params);
          break;
        }
        const currentIds = toIds(input.current?.values[def.key]);
        const ids: number[] = [];
        let bad = false;
        for (const code of new Set(codes as string[])) {
          const item = snap.item(def.dictionaryCode!, code);
          bad = true;
          if (!item)
            problems.add(field, 'unknownOption', {
              ...params,
              value: code,
              dictionary: def.dictionaryCode,
            });
          // A disabled item stays acceptable only where the record already holds it.
          else if (!snap.selectable(item.id) && !currentIds.includes(item.id))
            problems.add(field, 'disabledOption', { ...params, value: code });
          else {
            bad = false;
            ids.push(item.id);
          }
        }
        if (!bad && ids.length === new Set(codes as string[]).size)
          out.set(def.key, def.type === 'SELECT' ? ids[0] : ids);
        break;
      }
    }
  }

  checkResidentId(snap, byKey, input, out, problems, label);
  checkDependents(snap, defs, input, out, problems, label);
  await checkUnique(em, defs, input, out, problems, label);
  return out;
}

const UPPER_CASE_KEYS = new Set(['creditCode', 'idNumber']);

/**
 * An ID number of an individual whose ID type is the resident identity card (or not given) must
 * be a valid 身份证 number (GB 11643-1999). Checked when either field changes.
 */
function checkResidentId(
  snap: DictionarySnapshot,
  byKey: Map<string, FieldDefinition>,
  input: CardInput,
  out: Map<string, StoredValue>,
  problems: InputProblems,
  label: (d: FieldDefinition) => string,
) {
  const def = byKey.get('idNumber');
  if (!def || (!out.has('idNumber') && !out.has('idType'))) return;
  const valueOf = (key: string) => (out.has(key) ? out.get(key) : input.current?.values[key]);
  const number = valueOf('idNumber');
  if (typeof number !== 'string' || !number) return;
  const type = valueOf('idType');
  const residentType = snap.item(DICT.idType, 'resident_id')?.id;
  if (type !== null && type !== undefined && type !== residentType) return;
  if (!isValidResidentId(number))
    problems.add(`${input.path}.idNumber`, 'invalidResidentId', { field: label(def) });
}

type Columns = Record<string, number | undefined>;

/** The most characters a text field's value can hold: its `customer` column, or a custom value's TEXT. */
export function textStorageMax(def: Pick<FieldDefinition, 'key' | 'builtIn'>): number {
  const builtIn = def.builtIn ? BUILT_IN_BY_KEY.get(def.key) : undefined;
  if (!builtIn) return TEXT_CHARS.customer_field_value.text_value;
  return (
    (VARCHAR.customer as Columns)[builtIn.column] ??
    (TEXT_CHARS.customer as Columns)[builtIn.column] ??
    TEXT_MAX_CHARS
  );
}

/**
 * Whether a number fits where the field stores it: built-in numbers live in `int` columns,
 * custom ones in decimal(20,4).
 */
function numberFits(def: FieldDefinition, n: number): boolean {
  const builtIn = def.builtIn ? BUILT_IN_BY_KEY.get(def.key) : undefined;
  return builtIn ? isInt32(n) : numberFitsDecimal(n, ACCEPTED.customNumber);
}

function inRange(n: number, v: { min?: number; max?: number }): boolean {
  return (v.min === undefined || n >= v.min) && (v.max === undefined || n <= v.max);
}

function toIds(value: StoredValue | undefined): number[] {
  if (Array.isArray(value)) return value;
  return typeof value === 'number' ? [value] : [];
}

/** A dependent select must hold items that apply under its controlling field's value. */
function checkDependents(
  snap: DictionarySnapshot,
  defs: FieldDefinition[],
  input: CardInput,
  out: Map<string, StoredValue>,
  problems: InputProblems,
  label: (d: FieldDefinition) => string,
) {
  for (const def of defs) {
    if (!def.controllingField) continue;
    const changedSelf = out.has(def.key);
    const changedControl = def.controllingField !== 'kind' && out.has(def.controllingField);
    if (!changedSelf && !changedControl) continue;
    const ids = toIds(changedSelf ? out.get(def.key) : input.current?.values[def.key]);
    if (!ids.length) continue;
    let controllingId: number | undefined;
    let controllingLabel = def.controllingField;
    if (def.controllingField === 'kind') {
      controllingId = snap.item('customer_kind', input.kind)?.id;
      controllingLabel = input.locale === 'en' ? 'kind' : '客户类型';
    } else {
      const controlDef = defs.find((d) => d.key === def.controllingField);
      controllingId = toIds(
        out.has(def.controllingField)
          ? out.get(def.controllingField)
          : input.current?.values[def.controllingField],
      )[0];
      if (controlDef) controllingLabel = label(controlDef);
    }
    for (const id of ids) {
      const item = snap.itemById.get(id);
      if (item && item.controllingItemId !== null && item.controllingItemId !== controllingId) {
        problems.add(`${input.path}.${def.key}`, 'optionNotAllowed', {
          field: label(def),
          value: item.code,
          controlling: controllingLabel,
        });
      }
    }
  }
}

/**
 * Unique fields: no other live customer of the same kind holds the value. A clash on a sensitive
 * field never echoes the value (the caller may have guessed it from a mask), and goes through the
 * caller's probe: refused while rate limited, counted and audited when taken.
 */
async function checkUnique(
  em: EntityManager,
  defs: FieldDefinition[],
  input: CardInput,
  out: Map<string, StoredValue>,
  problems: InputProblems,
  label: (d: FieldDefinition) => string,
) {
  for (const def of defs) {
    if (!def.unique || !out.has(def.key)) continue;
    const value = out.get(def.key);
    if (value === null || value === undefined || Array.isArray(value)) continue;
    const selfId = input.current?.customerId ?? 0;
    if (def.sensitive) await input.uniqueProbe?.before();
    let taken: boolean;
    const builtIn = def.builtIn ? BUILT_IN_BY_KEY.get(def.key) : undefined;
    if (builtIn) {
      // Uniqueness holds across every customer of the kind, readable or not (the answer never names it).
      taken = await unscoped(em)
        .createQueryBuilder(Customer, 'c')
        .where(`c.${builtIn.property} = :value`, { value })
        .andWhere('c.kind = :kind AND c.id <> :selfId', { kind: input.kind, selfId })
        .getExists();
    } else {
      const column = typeof value === 'number' ? 'v.number_value' : 'v.text_value';
      taken = await unscoped(em)
        .createQueryBuilder(CustomerFieldValue, 'v')
        .innerJoin(Customer, 'c', 'c.id = v.customer_id')
        .where(`${column} = :value`, { value })
        .andWhere(
          'v.field_id = :fieldId AND c.kind = :kind AND c.id <> :selfId AND c.deleted_at IS NULL',
          { fieldId: def.id, kind: input.kind, selfId },
        )
        .getExists();
    }
    if (!taken) continue;
    if (def.sensitive) {
      problems.add(`${input.path}.${def.key}`, 'uniqueSensitiveTaken', { field: label(def) });
      input.uniqueProbe?.taken.push(def.key);
    } else problems.add(`${input.path}.${def.key}`, 'duplicate', { field: label(def), value });
  }
}

/** The problem of a value that does not match its field's pattern, in words. */
function patternProblem(
  key: string,
  v: { patternMessage?: string; example?: string },
  params: { field: string },
): ['patternMessage' | 'patternMismatchExample' | 'patternMismatch', Record<string, unknown>] {
  if (v.patternMessage?.trim()) return ['patternMessage', { ...params, message: v.patternMessage }];
  const example = v.example?.trim() || PATTERN_EXAMPLES[key];
  return example ? ['patternMismatchExample', { ...params, example }] : ['patternMismatch', params];
}
