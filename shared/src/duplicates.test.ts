import { describe, expect, it } from 'vitest';
import { companyNameKey, phoneKey } from './duplicates';

describe('duplicate keys', () => {
  it('company names differing only in legal form, brackets, width and spaces share a key', () => {
    const key = companyNameKey('福州星辰科技有限公司');
    for (const variant of [
      '福州星辰科技有限责任公司',
      '福州星辰科技股份有限公司',
      '福州星辰科技（中国）有限公司',
      '福州星辰科技(中国)有限公司',
      ' 福州 星辰 科技 有限公司 ',
      '福州星辰科技集团有限公司',
      '【福州】星辰科技有限公司',
    ])
      expect(companyNameKey(variant), variant).toBe(key);
    expect(key).toBe('福州星辰科技');
    expect(companyNameKey('福州星辰贸易有限公司')).not.toBe(key);
  });

  it('folds full-width letters and English legal forms', () => {
    expect(companyNameKey('ＡＢＣ Trading Co., Ltd.')).toBe(companyNameKey('abc trading'));
    expect(companyNameKey('有限公司')).toBe('');
  });

  it('phone numbers lose the country prefix, punctuation and leading zeros', () => {
    for (const variant of [
      '+86 138-0013-8000',
      '008613800138000',
      '8613800138000',
      '138 0013 8000',
    ])
      expect(phoneKey(variant), variant).toBe('13800138000');
    expect(phoneKey('010-12345678')).toBe('1012345678');
    expect(phoneKey('（0591）8765 4321')).toBe('59187654321');
    expect(phoneKey('12')).toBe('');
  });
});
