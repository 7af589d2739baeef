import type { EntityManager } from 'typeorm';
import { dialectOf, toDbValue } from '../../common/db-dialect';
import type { InputProblems } from '../../common/errors/app-error';
import { TEXT_MAX_CHARS } from '../../common/limits';
import type { DictionarySnapshot } from '../dictionary/dictionary.snapshot';

/** Helpers shared by follow-ups and transactions (activity records hanging off a customer). */

/** Longest text accepted in a follow-up or transaction text field (fits MySQL TEXT in utf8mb4). */
export const MAX_TEXT = TEXT_MAX_CHARS;

/**
 * Takes the customer row's write lock before any activity row is written, so concurrent writers
 * of one customer queue up here instead of deadlocking on MySQL (the child INSERT's FK check takes
 * a shared lock on the parent; two of them would then both wait to UPDATE it). A no-op UPDATE: it
 * neither bumps `version` nor touches `updated_at`, so editors of the card see no conflict.
 */
export async function lockCustomerRow(em: EntityManager, customerId: number): Promise<void> {
  await em.query('UPDATE customer SET transaction_count = transaction_count WHERE id = ?', [
    customerId,
  ]);
}

/**
 * The customer row's write lock (as `lockCustomerRow`) and `last_followup_at` moved forward to `at`
 * in one statement: a new follow-up can only move it forward, so no MAX over the rows is needed.
 */
export async function lockAndAdvanceLastFollowup(
  em: EntityManager,
  customerId: number,
  at: Date,
): Promise<void> {
  const value = toDbValue(at, dialectOf(em.connection));
  await em.query(
    'UPDATE customer SET last_followup_at = CASE WHEN last_followup_at IS NULL OR last_followup_at < ? THEN ? ELSE last_followup_at END WHERE id = ?',
    [value, value, customerId],
  );
}

/**
 * Resolves an item code of dictionary `typeCode` to its id, refusing unknown and disabled
 * codes on `field`. `null`/empty clears the value; `undefined` leaves it out.
 */
export function dictionaryItemId(
  snap: DictionarySnapshot,
  typeCode: string,
  code: string | null | undefined,
  field: string,
  problems: InputProblems,
): number | null | undefined {
  if (code === undefined) return undefined;
  if (code === null || code.trim() === '') return null;
  const item = snap.item(typeCode, code.trim());
  if (!item) problems.add(field, 'unknownOption', { value: code, dictionary: typeCode });
  else if (!snap.selectable(item.id)) problems.add(field, 'disabledOption', { value: code });
  else return item.id;
  return undefined;
}

/** Optional text: trimmed, empty → null, refused when longer than `max` characters. */
export function optionalText(
  value: string | null | undefined,
  field: string,
  problems: InputProblems,
  max = MAX_TEXT,
): string | null | undefined {
  if (value === undefined) return undefined;
  if (value === null) return null;
  const text = value.trim();
  if (Array.from(text).length > max) {
    problems.add(field, 'tooLong', { max });
    return undefined;
  }
  return text || null;
}
