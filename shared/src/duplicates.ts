/**
 * Keys that make two customer records look like the same party (duplicate detection): equal keys
 * mean "probably the same", whatever the spelling of forms, widths, brackets and spaces.
 */

// Longest first, so 股份有限公司 is removed whole rather than leaving 股份.
const COMPANY_FORMS = ['股份有限公司', '有限责任公司', '有限公司', '分公司', '集团'];
const ENGLISH_FORM_SUFFIX = /(?:co)?(?:ltd|limited|inc|corp|corporation|company)$/;
const COUNTRY_MARKS = ['(中国)', '(china)'];

/**
 * A company name reduced to what tells companies apart: width and case folded (NFKC), the
 * "(中国)" mark, brackets, spaces and punctuation dropped, and legal forms (有限公司,
 * 有限责任公司, 股份有限公司, 集团, 分公司; Co., Ltd., Inc. at the end) removed. Empty when
 * nothing is left.
 */
export function companyNameKey(name: string): string {
  let text = name.normalize('NFKC').toLowerCase();
  for (const mark of COUNTRY_MARKS) text = text.split(mark).join('');
  text = text.replace(/[\s()[\]{}【】〔〕「」『』<>《》.,，。、·・\-_'"&/]+/g, '');
  for (const form of COMPANY_FORMS) text = text.split(form).join('');
  for (let previous = ''; previous !== text;) {
    previous = text;
    text = text.replace(ENGLISH_FORM_SUFFIX, '');
  }
  return text;
}

/**
 * A phone number as digits only, without the +86 / 0086 country prefix and leading zeros:
 * `+86 138-0013-8000`, `008613800138000` and `13800138000` are the same key; `010-12345678`
 * becomes `1012345678`. Empty when fewer than 5 digits remain (not a number worth comparing).
 */
export function phoneKey(phone: string): string {
  let digits = phone.normalize('NFKC').replace(/\D+/g, '');
  if (digits.startsWith('0086')) digits = digits.slice(4);
  else if (digits.startsWith('86') && digits.length === 13) digits = digits.slice(2);
  digits = digits.replace(/^0+/, '');
  return digits.length >= 5 ? digits : '';
}
