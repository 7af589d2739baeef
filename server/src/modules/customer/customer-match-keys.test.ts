import { describe, expect, it } from 'vitest';
import { matchKeysOf } from './customer-match-keys';

describe('matchKeysOf', () => {
  it('keys current and former names, phone and mobile, without empties or repeats', () => {
    expect(
      matchKeysOf({
        name: '北京星辰科技有限公司',
        formerNames: ['北京星辰科技（中国）有限责任公司', '星辰集团', '有限公司'],
        phone: '+86 138-0013-8000',
        mobile: '13800138000',
      }),
    ).toEqual([
      { kind: 'name', matchKey: '北京星辰科技' },
      { kind: 'name', matchKey: '星辰' },
      { kind: 'phone', matchKey: '13800138000' },
    ]);
    expect(matchKeysOf({ name: '', phone: '123', mobile: null })).toEqual([]);
  });

  it('cuts keys to the column length', () => {
    const [key] = matchKeysOf({ name: '𠀀'.repeat(250) });
    expect(Array.from(key.matchKey)).toHaveLength(200);
  });
});
