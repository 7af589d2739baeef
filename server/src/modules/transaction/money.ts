/** Exact money: amounts travel as strings and are summed by the database, never by JS floats. */

import { ACCEPTED } from '../../common/limits';

/** A transaction amount: at most ACCEPTED.amount's integer digits and two decimals. */
export const MONEY_PATTERN = new RegExp(
  `^-?\\d{1,${ACCEPTED.amount.precision - ACCEPTED.amount.scale}}(\\.\\d{1,${ACCEPTED.amount.scale}})?$`,
);

/**
 * A stored decimal(18,2) as a string with exactly two decimals. mysql2 hands decimals over as
 * strings (kept digit for digit); SQLite keeps values of up to 15 significant digits as REAL, which
 * `toFixed(2)` renders back to the same two-decimal text (formatting only, no arithmetic).
 */
export function formatMoney(value: unknown): string {
  if (value === null || value === undefined || value === '') return '0.00';
  if (typeof value === 'number') return value.toFixed(2).replace(/^-(0\.00)$/, '$1');
  const text = String(value).trim();
  const m = /^(-?)(\d*)(?:\.(\d*))?$/.exec(text);
  if (!m) return text;
  const [, sign, int, frac = ''] = m;
  const out = `${int.replace(/^0+(?=\d)/, '') || '0'}.${(frac + '00').slice(0, 2)}`;
  return sign && /[1-9]/.test(out) ? `-${out}` : out;
}
