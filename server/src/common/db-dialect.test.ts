import { describe, expect, it } from 'vitest';
import { isOutageError, statementTimeoutSql } from './db-dialect';

describe('statementTimeoutSql', () => {
  it('uses max_statement_time (seconds) on MariaDB and MAX_EXECUTION_TIME (ms) on MySQL', () => {
    expect(statementTimeoutSql('5.5.5-10.11.19-MariaDB-0+deb12u1', 1500)).toBe(
      'SET SESSION max_statement_time = 1.500',
    );
    expect(statementTimeoutSql('8.4.3', 1500)).toBe('SET SESSION MAX_EXECUTION_TIME = 1500');
  });
});

describe('isOutageError', () => {
  it('recognises connection, timeout, lock and busy errors from either driver, wrapped or not', () => {
    expect(isOutageError(Object.assign(new Error('connect'), { code: 'ECONNREFUSED' }))).toBe(true);
    expect(isOutageError({ message: 'x', driverError: { code: 'ER_LOCK_WAIT_TIMEOUT' } })).toBe(
      true,
    );
    expect(isOutageError({ message: 'x', driverError: { errno: 1969 } })).toBe(true);
    expect(isOutageError(Object.assign(new Error('busy'), { code: 'SQLITE_BUSY' }))).toBe(true);
    expect(isOutageError(new Error('Pool is closed.'))).toBe(true);
    expect(isOutageError(new AggregateError([{ code: 'ECONNREFUSED' }]))).toBe(true);
  });

  it('leaves other errors alone', () => {
    expect(isOutageError({ message: 'dup', driverError: { code: 'ER_DUP_ENTRY' } })).toBe(false);
    expect(isOutageError(new TypeError('x is undefined'))).toBe(false);
    expect(isOutageError(null)).toBe(false);
  });
});
