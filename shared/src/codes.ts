/**
 * Formats of the codes and keys people type in the console. One definition for the server's
 * check and the console's hint and rule: the hint is the message `codeFormats.<name>` (admin
 * i18n), the server refuses a new code that does not match with the error `codeFormat`, whose
 * message says the same sentence. Codes are fixed once created, so only new codes are checked
 * and existing ones keep working whatever they look like.
 */
export const CODE_FORMATS = {
  /** Dictionary type codes: `customer_kind`, `product_line`. */
  dictionaryType: /^[a-z][a-z0-9_]{0,63}$/,
  /** Dictionary item codes: `ENTERPRISE`, `east_china`, `B-9` (building numbers and standard codes). */
  dictionaryItem: /^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/,
  /** Field-definition keys (data card fields): `creditCode`, `license_no`. */
  fieldKey: /^[a-z][A-Za-z0-9_]{0,63}$/,
  /** Attribute keys of a dictionary type's items: `rate`, `isDefault`. */
  attributeKey: /^[A-Za-z][A-Za-z0-9_]{0,31}$/,
} as const;
export type CodeFormat = keyof typeof CODE_FORMATS;

/** The sentence describing each format, for server messages (the console has the same in i18n). */
export const CODE_FORMAT_HINTS: Record<CodeFormat, { 'zh-CN': string; en: string }> = {
  dictionaryType: {
    'zh-CN': '以小写字母开头，只能包含小写字母、数字和下划线，最多 64 个字符',
    en: 'starts with a lowercase letter and holds only lowercase letters, digits and underscores (at most 64 characters)',
  },
  dictionaryItem: {
    'zh-CN': '以字母或数字开头，只能包含字母、数字、下划线、连字符和点，最多 64 个字符',
    en: 'starts with a letter or digit and holds only letters, digits, underscores, hyphens and dots (at most 64 characters)',
  },
  fieldKey: {
    'zh-CN': '以小写字母开头，只能包含字母、数字和下划线，最多 64 个字符',
    en: 'starts with a lowercase letter and holds only letters, digits and underscores (at most 64 characters)',
  },
  attributeKey: {
    'zh-CN': '以字母开头，只能包含字母、数字和下划线，最多 32 个字符',
    en: 'starts with a letter and holds only letters, digits and underscores (at most 32 characters)',
  },
};

export function isValidCode(format: CodeFormat, value: string): boolean {
  return CODE_FORMATS[format].test(value);
}
