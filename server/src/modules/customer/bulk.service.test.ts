import { describe, expect, it } from 'vitest';
import { AppError, notFound } from '../../common/errors/app-error';
import { bulkRows, eachRow } from './bulk.service';
import type { Customer } from './customer.entity';

const fieldOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (err) {
    return (err as AppError).extensions;
  }
  throw new Error('not refused');
};

describe('bulkRows', () => {
  it('parses ids strictly, folds duplicates and pairs versions by position', () => {
    expect(bulkRows(['3', '5', '3'], [1, null, 9])).toEqual([{ id: 3, version: 1 }, { id: 5 }]);
    expect(bulkRows(['7'], undefined)).toEqual([{ id: 7 }]);
  });

  it('refuses an empty list, more than 200 ids, bad ids and unpaired versions', () => {
    expect(fieldOf(() => bulkRows([], null))).toMatchObject({ field: 'customerIds' });
    const many = Array.from({ length: 201 }, (_, i) => String(i + 1));
    expect(fieldOf(() => bulkRows(many, null))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'customerIds',
    });
    expect(bulkRows(many.slice(0, 200), null)).toHaveLength(200);
    expect(fieldOf(() => bulkRows(['1', '01'], null))).toMatchObject({ field: 'customerIds' });
    expect(fieldOf(() => bulkRows(['1', '2'], [1]))).toMatchObject({ field: 'versions' });
  });
});

describe('eachRow', () => {
  it('reports coded errors per row and goes on; anything else ends the call', async () => {
    const done = { id: 1 } as Customer;
    const results = await eachRow([{ id: 1 }, { id: 2 }], async (row) => {
      if (row.id === 2) throw notFound('Customer', 2);
      return done;
    });
    expect(results).toEqual([
      { id: '1', ok: true, customer: done, error: null },
      { id: '2', ok: false, customer: null, error: expect.objectContaining({ code: 'NOT_FOUND' }) },
    ]);
    await expect(
      eachRow([{ id: 1 }], () => Promise.reject(new Error('connection lost'))),
    ).rejects.toThrow('connection lost');
    await expect(
      eachRow([{ id: 1 }], () => Promise.reject(new AppError('UNAVAILABLE', 'unavailable'))),
    ).rejects.toBeInstanceOf(AppError);
  });
});
