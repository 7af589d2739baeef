/** The longest username (the `user.username` column). */
export const USERNAME_MAX_LENGTH = 64;
export const USERNAME_PATTERN = new RegExp(`^[A-Za-z0-9_.-]{3,${USERNAME_MAX_LENGTH}}$`);
export const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
export const MOBILE_PATTERN = /^1[3-9]\d{9}$/;
export const PASSWORD_MIN_LENGTH = 8;

export function isValidUsername(value: string): boolean {
  return USERNAME_PATTERN.test(value);
}
export function isValidEmail(value: string): boolean {
  return EMAIL_PATTERN.test(value);
}
/** Mainland China mobile number (11 digits starting with 1[3-9]). */
export function isValidMobile(value: string): boolean {
  return MOBILE_PATTERN.test(value);
}
export function isStrongEnoughPassword(value: string): boolean {
  return value.length >= PASSWORD_MIN_LENGTH && /[A-Za-z]/.test(value) && /\d/.test(value);
}

const CREDIT_CODE_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const CREDIT_CODE_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** Unified social credit code (统一社会信用代码), GB 32100-2015: 18 characters with a check character. */
export function isValidCreditCode(value: string): boolean {
  const code = value.toUpperCase();
  if (!/^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/.test(code)) return false;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += CREDIT_CODE_CHARS.indexOf(code[i]) * CREDIT_CODE_WEIGHTS[i];
  const check = (31 - (sum % 31)) % 31;
  return CREDIT_CODE_CHARS[check] === code[17];
}

/** Appends the check character to a 17-character credit code body (for tests and demo data). */
export function completeCreditCode(body17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++)
    sum += CREDIT_CODE_CHARS.indexOf(body17[i].toUpperCase()) * CREDIT_CODE_WEIGHTS[i];
  return body17.toUpperCase() + CREDIT_CODE_CHARS[(31 - (sum % 31)) % 31];
}

/** A real calendar day written `YYYY-MM-DD` (2024-02-29 yes, 2023-02-29 no). */
export function isValidDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const parsed = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === value;
}
