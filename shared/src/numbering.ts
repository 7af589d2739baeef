/** Customer number rules: `客户-{yyyy}-{seq:3}` → `客户-2026-015`. Used by the server and the console's preview. */
export const NUMBER_PATTERN_MAX_LENGTH = 100;
/** The longest customer number the `customer.number` column holds (characters). */
export const CUSTOMER_NUMBER_MAX_LENGTH = 40;
/** The largest counter value (`number_sequence.value` is a 32-bit int). */
const SEQ_MAX = 2_147_483_647;
const SEQ = /\{seq(?::(\d{1,2}))?\}/;

/** A rule needs a `{seq}` (or `{seq:N}`) placeholder and at most 100 characters. */
export function isValidNumberPattern(pattern: string): boolean {
  const trimmed = pattern.trim();
  return SEQ.test(trimmed) && trimmed.length <= NUMBER_PATTERN_MAX_LENGTH;
}

/** Fills `{yyyy}`, `{yy}` and `{seq:N}` (zero-padded to N digits). */
export function formatNumber(pattern: string, year: number, seq: number): string {
  return pattern
    .replace('{yyyy}', String(year))
    .replace('{yy}', String(year).slice(-2))
    .replace(SEQ, (_, width?: string) => String(seq).padStart(Number(width ?? 1), '0'));
}

/** The length (characters) of the longest number a rule can produce: year 9999, the largest counter. */
export function longestNumberLength(pattern: string): number {
  return Array.from(formatNumber(pattern.trim(), 9999, SEQ_MAX)).length;
}
