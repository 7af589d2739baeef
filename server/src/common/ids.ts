import { badInput } from './errors/app-error';
import { MAX_ID_LIST } from './input-limits';

/** The one accepted spelling of an id: a positive decimal integer without sign, padding or leading zeros. */
const CANONICAL_ID = /^[1-9][0-9]{0,15}$/;

/** The id `value` spells canonically (`"25"` or 25), or null for `" 25 "`, `"+25"`, `"0x19"`, `"00025"`, `"1e3"`… */
export function toCanonicalId(value: unknown): number | null {
  const text =
    typeof value === 'string' ? value : typeof value === 'number' ? String(value) : undefined;
  if (text === undefined || !CANONICAL_ID.test(text)) return null;
  const id = Number(text);
  return Number.isSafeInteger(id) ? id : null;
}

/** Parses a GraphQL ID into a database id, or refuses it as bad input on `field`. */
export function parseId(value: string | number, field = 'id'): number {
  const id = toCanonicalId(value);
  if (id === null) throw badInput(field, 'invalidId', { value: shortened(value) });
  return id;
}

export function parseOptionalId(
  value: string | number | null | undefined,
  field: string,
): number | null | undefined {
  if (value === undefined) return undefined;
  if (value === null || value === '') return null;
  return parseId(value, field);
}

/**
 * A list of ids: each parsed strictly, duplicates folded, at most `max` distinct ids
 * (larger lists are refused before any query is built from them).
 */
export function parseIdList(
  values: readonly (string | number)[],
  field: string,
  max = MAX_ID_LIST,
) {
  if (values.length > max) throw badInput(field, 'tooManyItems', { max });
  return [...new Set(values.map((v) => parseId(v, field)))];
}

/** The value as the caller sent it, cut short for an error message. */
export function shortened(value: unknown, max = 40): string {
  const text = String(value);
  return text.length > max ? `${text.slice(0, max)}…` : text;
}
