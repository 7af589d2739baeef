import { describe, expect, it } from 'vitest';
import { nameTokens, queryTokens } from './search-tokens';

describe('name search tokens', () => {
  it('cuts a name into overlapping pairs, without whitespace, lower-cased and once each', () => {
    expect(nameTokens('福州 Ab科技')).toEqual(['福州', '州a', 'ab', 'b科', '科技']);
    expect(nameTokens('哈哈哈')).toEqual(['哈哈']);
    expect(nameTokens('福')).toEqual([]);
    expect(nameTokens('Café ＡＢ')).toEqual(['ca', 'af', 'fe', 'ea', 'ab']);
  });

  it('every piece of a query is a piece of any name that contains it', () => {
    const name = '上海浦东新区星辰贸易有限公司';
    for (const query of ['星辰贸易', '浦东 新区', '有限公司', '上海浦东新区星辰贸易有限公司']) {
      const pieces = new Set(nameTokens(name));
      expect(queryTokens(query).every((t) => pieces.has(t))).toBe(true);
    }
  });

  it('looks up at most four pieces, keeping the first and last', () => {
    const pieces = queryTokens('上海浦东新区星辰贸易');
    expect(pieces).toHaveLength(4);
    expect(pieces[0]).toBe('上海');
    expect(pieces[3]).toBe('贸易');
    expect(queryTokens('新')).toEqual([]);
  });
});
