import { badInput } from './errors/app-error';

/** Parses a GraphQL ID into a database id, or refuses it as bad input on `field`. */
export function parseId(value: string | number, field = 'id'): number {
  const id = typeof value === 'number' ? value : Number(value);
  if (!Number.isSafeInteger(id) || id <= 0) throw badInput(field, 'invalidId', { value });
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
