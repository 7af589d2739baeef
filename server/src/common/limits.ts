import {
  CUSTOMER_NUMBER_MAX_LENGTH,
  NUMBER_PATTERN_MAX_LENGTH,
  USERNAME_MAX_LENGTH,
} from '@dossier/shared';
import { badInput, type InputProblems } from './errors/app-error';

/**
 * The one source of truth for how much every column holds. Entities declare their varchar
 * lengths from `VARCHAR`; services and the card validator check input against the same
 * numbers, so nothing that passes validation can overflow a column on SQLite or MySQL.
 * `limits.test.ts` walks the entity metadata and fails when a column is missing here.
 *
 * Lengths are in characters (MySQL varchar(n) and SQLite count characters; every MySQL
 * table is utf8mb4, up to 4 bytes a character).
 */

const FIELD_CHANGE = { field: 64, actor_name: 100, reason: 500 } as const;

/** varchar(n) columns by table and column name. */
export const VARCHAR = {
  access_request: { level: 8, reason_code: 64, reason: 500, status: 16, comment: 500 },
  access_rule: { subject_type: 16, field: 64, level: 8, description: 500 },
  api_key: { name: 100, prefix: 16, secret_hash: 64 },
  audit_log: { actor_name: 100, action: 64, entity: 64, entity_id: 64, ip: 64 },
  cache_revision: { name: 32 },
  idempotency_key: { caller: 64, key_hash: 64, operation: 64, request_hash: 64, result_id: 64 },
  saved_view: { resource: 32, name: 100 },
  change_request: { reason: 500, status: 16, comment: 500 },
  contact: {
    name: 100,
    title: 100,
    department_name: 100,
    mobile: 32,
    phone: 32,
    email: 200,
    wechat: 64,
    birthday: 10,
    native_place: 100,
    school: 100,
    major: 100,
  },
  /** Shared by customer_history and contact_history. */
  field_change: FIELD_CHANGE,
  customer_history: FIELD_CHANGE,
  contact_history: FIELD_CHANGE,
  customer_former_name: { name: 200, reason: 500 },
  customer_member: { level: 8 },
  customer_name_token: { token: 8 },
  customer_match_key: { kind: 8, match_key: 200 },
  customer: {
    kind: 16,
    number: CUSTOMER_NUMBER_MAX_LENGTH,
    name: 200,
    credit_code: 18,
    address: 300,
    phone: 32,
    mobile: 32,
    fax: 32,
    email: 200,
    postcode: 10,
    website: 200,
    founded: 7,
    birthday: 10,
    occupation: 100,
    id_number: 32,
    status: 16,
    first_transaction_on: 10,
    last_transaction_on: 10,
  },
  department: { name: 100 },
  dictionary_item: { code: 64, label_zh: 200, label_en: 200, color: 16 },
  dictionary_type: { code: 64, name_zh: 100, name_en: 100, description: 500 },
  customer_document: {
    file_name: 255,
    content_type: 100,
    storage_key: 100,
    sha256: 64,
    note: 500,
  },
  field_definition: {
    kind: 16,
    field_key: 64,
    label_zh: 100,
    label_en: 100,
    field_group: 16,
    field_type: 16,
    dictionary_code: 64,
    controlling_field: 64,
    help_zh: 500,
    help_en: 500,
  },
  followup: { next_date: 10 },
  customer_grant: { level: 8, reason: 500 },
  numbering_rule: { kind: 16, pattern: NUMBER_PATTERN_MAX_LENGTH },
  number_sequence: { kind: 16 },
  relationship: { from_kind: 8, to_kind: 8, since: 10, until: 10, note: 500 },
  role: { name: 100, description: 500, data_scope: 20, sensitive_level: 8 },
  customer_transaction: { occurred_on: 10, currency: 3, product: 200 },
  user: {
    username: USERNAME_MAX_LENGTH,
    display_name: 100,
    email: 200,
    mobile: 32,
    password_hash: 255,
  },
} as const;

/** MySQL TEXT holds 65,535 bytes; a utf8mb4 character takes up to 4. */
export const TEXT_BYTES = 65_535;
/** The longest free text accepted for any TEXT column: 5,000 characters (≤ 20,000 bytes). */
export const TEXT_MAX_CHARS = 5000;

/** TEXT columns taking free text, with the characters each accepts. */
export const TEXT_CHARS = {
  customer: {
    main_business: TEXT_MAX_CHARS,
    hobbies: TEXT_MAX_CHARS,
    consumption_habits: TEXT_MAX_CHARS,
    remarks: TEXT_MAX_CHARS,
    special_requirements: TEXT_MAX_CHARS,
    risk_notes: TEXT_MAX_CHARS,
  },
  customer_field_value: { text_value: TEXT_MAX_CHARS },
  customer_history: { old_value: TEXT_MAX_CHARS, new_value: TEXT_MAX_CHARS },
  contact_history: { old_value: TEXT_MAX_CHARS, new_value: TEXT_MAX_CHARS },
  contact: { hobbies: 2000, personal_notes: 2000 },
  followup: { content: TEXT_MAX_CHARS, feedback: TEXT_MAX_CHARS, next_step: TEXT_MAX_CHARS },
  customer_transaction: { note: TEXT_MAX_CHARS },
  /** A saved view's state, as JSON text. */
  saved_view: { state: 8000 },
} as const;

/**
 * JSON kept in TEXT columns (`simple-json`): the serialized form must stay under the bytes
 * below; inputs are bounded by entry counts so that it does.
 */
export const JSON_MAX_BYTES = 60_000;
export const JSON_COLUMNS = {
  audit_log: ['diff'],
  change_request: ['proposed', 'diff'],
  contact: ['important_dates'],
  dictionary_item: ['attributes'],
  dictionary_type: ['attribute_schema'],
  field_definition: ['validation'],
  role: ['permissions'],
} as const;

/** A contact's important dates: at most this many, each label at most IMPORTANT_DATE_LABEL characters. */
export const IMPORTANT_DATES_MAX = 50;
export const IMPORTANT_DATE_LABEL = 100;
/** Attributes of a dictionary item / type: entry counts and string sizes. */
export const ATTRIBUTES_MAX = 50;
export const ATTRIBUTE_TEXT_MAX = 500;
export const ATTRIBUTE_LABEL_MAX = 100;
/** A field definition's `validation.pattern`. */
export const VALIDATION_PATTERN_MAX = 500;

/** Audit diffs: each string kept up to this many characters (the full values live in history). */
export const AUDIT_VALUE_MAX_CHARS = 500;

/** 32-bit signed `int` columns. */
export const INT_MIN = -2_147_483_648;
export const INT_MAX = 2_147_483_647;

export interface DecimalLimit {
  precision: number;
  scale: number;
}

/** decimal(p, s) columns by table and column. */
export const DECIMAL = {
  customer: {
    registered_capital: { precision: 18, scale: 2 },
    total_amount: { precision: 18, scale: 2 },
  },
  customer_transaction: { amount: { precision: 18, scale: 2 } },
  customer_field_value: { number_value: { precision: 20, scale: 4 } },
} as const satisfies Record<string, Record<string, DecimalLimit>>;

/**
 * What input may hold: inside the columns above, and exact on SQLite too, whose decimals are
 * REALs (whole cents below 2^53 add up exactly; 15 significant digits round-trip).
 * - `amount`: a transaction, 10 integer digits (9,999,999,999.99), so 1,000 maximal amounts fit
 *   the kept total;
 * - `totalAmount`: the customer's kept total, 13 integer digits; a transaction that would take
 *   the total past it is refused (`totalTooLarge`);
 * - `money`: card amounts (registered capital, custom money fields), 13 integer digits;
 * - `customNumber`: custom number fields, 15 integer digits and 4 decimals.
 */
export const ACCEPTED = {
  amount: { precision: 12, scale: 2 },
  totalAmount: { precision: 15, scale: 2 },
  money: { precision: 15, scale: 2 },
  customNumber: { precision: 19, scale: 4 },
} as const satisfies Record<string, DecimalLimit>;

/** The largest absolute value a decimal(p, s) column holds, as text (e.g. 9999999999999999.99). */
export function decimalMaxText(limit: DecimalLimit): string {
  const int = '9'.repeat(limit.precision - limit.scale);
  return limit.scale > 0 ? `${int}.${'9'.repeat(limit.scale)}` : int;
}

/** Whether a JS number fits decimal(p, s) exactly: integer digits within range, at most `scale` decimals. */
export function numberFitsDecimal(n: number, limit: DecimalLimit): boolean {
  if (!Number.isFinite(n)) return false;
  if (Math.abs(n) >= 10 ** (limit.precision - limit.scale)) return false;
  return Number(n.toFixed(limit.scale)) === n;
}

/** Whether decimal text (`-123.45`) fits decimal(p, s). */
export function textFitsDecimal(text: string, limit: DecimalLimit): boolean {
  const m = /^-?(\d+)(?:\.(\d+))?$/.exec(text);
  if (!m) return false;
  const int = m[1].replace(/^0+(?=\d)/, '');
  return int.length <= limit.precision - limit.scale && (m[2] ?? '').length <= limit.scale;
}

export function isInt32(n: number): boolean {
  return Number.isInteger(n) && n >= INT_MIN && n <= INT_MAX;
}

/** Length in characters (code points), as MySQL and SQLite count them. */
export function charLength(text: string): number {
  let n = 0;
  for (const _ of text) n++;
  return n;
}

/** Cuts a string to `max` characters (code points), ending with … when cut. */
export function truncateChars(text: string, max: number): string {
  if (text.length <= max) return text;
  const chars = Array.from(text);
  return chars.length <= max ? text : chars.slice(0, max - 1).join('') + '…';
}

/** Serialized JSON size in UTF-8 bytes. */
export function jsonBytes(value: unknown): number {
  return Buffer.byteLength(JSON.stringify(value ?? null), 'utf8');
}

/**
 * Adds `tooLong` when `text` has more than `max` characters; true when it fits. Callers pass
 * the column's registered length, e.g. `VARCHAR.role.description`.
 */
export function checkLength(
  problems: InputProblems,
  field: string,
  text: string | null | undefined,
  max: number,
): boolean {
  if (text == null || charLength(text) <= max) return true;
  problems.add(field, 'tooLong', { max });
  return false;
}

/**
 * An audit diff that fits its TEXT column: strings cut to AUDIT_VALUE_MAX_CHARS, lists to
 * ATTRIBUTES_MAX entries; if it is still too large, only the changed keys are kept.
 */
export function boundAuditDiff(
  diff: Record<string, unknown> | null | undefined,
): Record<string, unknown> | null {
  if (!diff) return null;
  const bound = (value: unknown): unknown => {
    if (typeof value === 'string') return truncateChars(value, AUDIT_VALUE_MAX_CHARS);
    if (Array.isArray(value)) return value.slice(0, ATTRIBUTES_MAX).map(bound);
    if (value && typeof value === 'object' && !(value instanceof Date))
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, bound(v)]));
    return value;
  };
  const out = bound(diff) as Record<string, unknown>;
  if (jsonBytes(out) <= JSON_MAX_BYTES) return out;
  return { truncated: true, keys: Object.keys(diff).slice(0, 500) };
}

/** Throws `BAD_USER_INPUT` (`tooLong`, on `field`) when `text` has more than `max` characters. */
export function assertLength(field: string, text: string | null | undefined, max: number): void {
  if (text != null && charLength(text) > max) throw badInput(field, 'tooLong', { max });
}

/** The longest reason kept with a change (history, former names, change requests). */
export const REASON_MAX = VARCHAR.field_change.reason;
