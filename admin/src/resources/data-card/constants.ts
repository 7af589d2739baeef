import type { CustomerKind, FieldGroup, FieldType } from '../../graphql/graphql';

export const CUSTOMER_KINDS: CustomerKind[] = ['ENTERPRISE', 'INDIVIDUAL'];
export const FIELD_GROUPS: FieldGroup[] = ['BASIC', 'CONTACT', 'BACKGROUND', 'NEEDS', 'REMARKS'];
export const FIELD_TYPES: FieldType[] = [
  'TEXT',
  'LONG_TEXT',
  'NUMBER',
  'MONEY',
  'DATE',
  'BOOLEAN',
  'SELECT',
  'MULTI_SELECT',
  'USER',
  'RATING',
];

export function isSelectType(type: FieldType | undefined | null): boolean {
  return type === 'SELECT' || type === 'MULTI_SELECT';
}

/** `validation` of a field definition: `{ min, max, maxLength, pattern }`. */
export interface FieldValidation {
  min?: number | null;
  max?: number | null;
  maxLength?: number | null;
  pattern?: string | null;
  /** Shown when a value does not match `pattern` (else 格式不正确 with `example`). */
  patternMessage?: string | null;
  example?: string | null;
}

export function validationOf(value: unknown): FieldValidation {
  return value && typeof value === 'object' ? (value as FieldValidation) : {};
}

/** The empty entries left out; null when nothing is left. */
export function cleanValidation(value: FieldValidation | undefined): FieldValidation | null {
  const result: FieldValidation = {};
  if (typeof value?.min === 'number') result.min = value.min;
  if (typeof value?.max === 'number') result.max = value.max;
  if (typeof value?.maxLength === 'number') result.maxLength = value.maxLength;
  if (value?.pattern?.trim()) result.pattern = value.pattern.trim();
  if (value?.patternMessage?.trim()) result.patternMessage = value.patternMessage.trim();
  if (value?.example?.trim()) result.example = value.example.trim();
  return Object.keys(result).length > 0 ? result : null;
}
