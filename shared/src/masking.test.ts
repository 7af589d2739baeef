import { describe, expect, it } from 'vitest';
import { maskIdNumber, maskName, maskPhone } from './masking';
import { pickLocale } from './locale';
import { widestScope } from './permissions';

describe('masking', () => {
  it('masks phones, names and id numbers the way the brief shows', () => {
    expect(maskPhone('13812341234')).toBe('138****1234');
    expect(maskName('张三')).toBe('张**');
    // Fixed shape: the mask does not tell the length.
    expect(maskName('华东示范科技有限公司')).toBe('华**');
    expect(maskName('张')).toBe('***');
    expect(maskIdNumber('110105199001011234')).toBe('110105********1234');
  });
});

describe('pickLocale', () => {
  it('honours quality values and defaults to zh-CN', () => {
    expect(pickLocale('en-US,en;q=0.9')).toBe('en');
    expect(pickLocale('fr;q=1, zh-TW;q=0.8')).toBe('zh-CN');
    expect(pickLocale(undefined)).toBe('zh-CN');
  });
});

describe('widestScope', () => {
  it('picks the widest of several roles', () => {
    expect(widestScope(['SELF', 'DEPT'])).toBe('DEPT');
    expect(widestScope([])).toBe('SELF');
  });
});

import { completeCreditCode, isValidCreditCode } from './validation';
describe('credit code checksum (GB 32100)', () => {
  it('accepts a published code and refuses a changed check character', () => {
    expect(isValidCreditCode('91350100M000100Y43')).toBe(true);
    expect(isValidCreditCode('91350100M000100Y44')).toBe(false);
    expect(isValidCreditCode(completeCreditCode('91110000100000000'))).toBe(true);
    expect(isValidCreditCode('short')).toBe(false);
  });
});
