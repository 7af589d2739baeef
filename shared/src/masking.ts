/** Masks a phone number, keeping the first 3 and last 4 digits: 138****1234. */
export function maskPhone(value: string): string {
  if (value.length <= 7) return value.slice(0, 1) + '*'.repeat(Math.max(value.length - 1, 0));
  return value.slice(0, 3) + '*'.repeat(value.length - 7) + value.slice(-4);
}

/**
 * Masks a name to a fixed shape, the first character and two stars (张**), so the mask does not
 * tell the name's length. A one-character name keeps no character (***).
 */
export function maskName(value: string): string {
  const chars = Array.from(value);
  if (chars.length <= 1) return '***';
  return chars[0] + '**';
}

/** Masks an identity number, keeping the first 6 and last 4: 110105********1234. */
export function maskIdNumber(value: string): string {
  if (value.length <= 10) return '*'.repeat(value.length);
  return value.slice(0, 6) + '*'.repeat(value.length - 10) + value.slice(-4);
}

/** Masks an e-mail address, keeping the first character of the local part. */
export function maskEmail(value: string): string {
  const at = value.indexOf('@');
  if (at <= 0) return maskText(value);
  return value[0] + '***' + value.slice(at);
}

/** Masks free text, keeping only the first two characters. */
export function maskText(value: string): string {
  const chars = Array.from(value);
  if (chars.length <= 2) return '*'.repeat(chars.length);
  return chars.slice(0, 2).join('') + '*'.repeat(Math.min(chars.length - 2, 8));
}
