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

const RESIDENT_ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const RESIDENT_ID_CHECK = '10X98765432';
/** First two digits of a 身份证: provinces 11–65, Taiwan 71, Hong Kong 81, Macao 82, 83 and 91 (residence permits). */
const RESIDENT_ID_REGIONS = new Set([
  11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46, 50, 51, 52,
  53, 54, 61, 62, 63, 64, 65, 71, 81, 82, 83, 91,
]);

/** The ISO 7064 MOD 11-2 check character of the first 17 digits of a 身份证 number. */
export function residentIdCheckChar(body17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(body17[i]) * RESIDENT_ID_WEIGHTS[i];
  return RESIDENT_ID_CHECK[sum % 11];
}

/**
 * Resident identity number (居民身份证号码), GB 11643-1999: 18 characters, a plausible region
 * prefix, a real birth date not in the future, and the MOD 11-2 check character (`x` = `X`).
 */
export function isValidResidentId(value: string): boolean {
  const id = value.toUpperCase();
  if (!/^\d{17}[\dX]$/.test(id)) return false;
  if (!RESIDENT_ID_REGIONS.has(Number(id.slice(0, 2)))) return false;
  const birth = `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`;
  if (!isValidDate(birth) || birth < '1900-01-01' || birth > new Date().toISOString().slice(0, 10))
    return false;
  return residentIdCheckChar(id) === id[17];
}

/**
 * What a value of a built-in pattern field looks like, shown with "格式不正确" when a value does
 * not match (the pattern itself is never shown to users). Custom fields give theirs in
 * `validation.example`, or a whole sentence in `validation.patternMessage`.
 */
export const PATTERN_EXAMPLES: Readonly<Record<string, string>> = {
  email: 'name@example.com',
  phone: '0591-88886666',
  mobile: '13800138000',
  postcode: '350001',
  founded: '2015-06',
  creditCode: '91350100M000100Y43',
};

/** The longest `validation.example` / `validation.patternMessage` of a field definition. */
export const PATTERN_TEXT_MAX_LENGTH = 200;
