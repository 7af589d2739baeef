export const USERNAME_PATTERN = /^[A-Za-z0-9_.-]{3,64}$/;
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
