import { describe, expect, it } from 'vitest';
import { isValidCode } from './codes';

describe('code formats', () => {
  it('dictionary type codes: lowercase letters, digits and underscores', () => {
    expect(isValidCode('dictionaryType', 'product_line')).toBe(true);
    expect(isValidCode('dictionaryType', 'customer_kind')).toBe(true);
    expect(isValidCode('dictionaryType', 'Product-Line')).toBe(false);
    expect(isValidCode('dictionaryType', 'product line')).toBe(false);
    expect(isValidCode('dictionaryType', '1st')).toBe(false);
  });
  it('item codes allow standard codes and building numbers', () => {
    for (const code of ['ENTERPRISE', 'A', 'east_china', 'MS-B9', '3.1'])
      expect(isValidCode('dictionaryItem', code)).toBe(true);
    for (const code of ['', '-a', 'a b', '产品'])
      expect(isValidCode('dictionaryItem', code)).toBe(false);
  });
  it('field keys start with a lowercase letter', () => {
    expect(isValidCode('fieldKey', 'creditCode')).toBe(true);
    expect(isValidCode('fieldKey', 'CreditCode')).toBe(false);
    expect(isValidCode('fieldKey', 'credit-code')).toBe(false);
  });
});
