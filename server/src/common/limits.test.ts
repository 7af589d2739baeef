import 'reflect-metadata';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENTITIES } from '../db/entities';
import {
  ACCEPTED,
  DECIMAL,
  JSON_COLUMNS,
  JSON_MAX_BYTES,
  TEXT_BYTES,
  TEXT_CHARS,
  VARCHAR,
  AUDIT_VALUE_MAX_CHARS,
  boundAuditDiff,
  charLength,
  jsonBytes,
  numberFitsDecimal,
  textFitsDecimal,
  truncateChars,
} from './limits';

type Registry = Record<string, Record<string, unknown>>;

describe('column limits: one source of truth', () => {
  let ds: DataSource;
  beforeAll(async () => {
    ds = new DataSource({ type: 'better-sqlite3', database: ':memory:', entities: ENTITIES });
    await ds.initialize();
  });
  afterAll(() => ds.destroy());

  const columns = () =>
    ds.entityMetadatas.flatMap((m) =>
      m.columns.map((c) => ({ table: m.tableName, name: c.databaseName, column: c })),
    );

  it('every varchar column has a registered length equal to its declared length', () => {
    const missing: string[] = [];
    for (const { table, name, column } of columns()) {
      if (column.type !== 'varchar') continue;
      const limit = (VARCHAR as Registry)[table]?.[name];
      if (limit === undefined) missing.push(`${table}.${name}`);
      else expect(Number(column.length), `${table}.${name}`).toBe(limit);
    }
    expect(missing).toEqual([]);
  });

  it('every text column is registered as free text (fitting in TEXT bytes) or as bounded JSON', () => {
    const missing: string[] = [];
    for (const { table, name, column } of columns()) {
      if (column.type !== 'text' && column.type !== 'simple-json') continue;
      const chars = (TEXT_CHARS as Registry)[table]?.[name] as number | undefined;
      const json = ((JSON_COLUMNS as Record<string, readonly string[]>)[table] ?? []).includes(
        name,
      );
      if (chars !== undefined)
        expect(chars * 4, `${table}.${name}`).toBeLessThanOrEqual(TEXT_BYTES);
      else if (!json) missing.push(`${table}.${name}`);
    }
    expect(missing).toEqual([]);
    expect(JSON_MAX_BYTES).toBeLessThanOrEqual(TEXT_BYTES);
  });

  it('every decimal column has its registered precision and scale', () => {
    const missing: string[] = [];
    for (const { table, name, column } of columns()) {
      if (column.type !== 'decimal') continue;
      const limit = (DECIMAL as Registry)[table]?.[name] as
        { precision: number; scale: number } | undefined;
      if (!limit) missing.push(`${table}.${name}`);
      else expect({ precision: column.precision, scale: column.scale }).toEqual(limit);
    }
    expect(missing).toEqual([]);
  });

  it('no registry entry names a column that does not exist', () => {
    const existing = new Set(columns().map((c) => `${c.table}.${c.name}`));
    const stale: string[] = [];
    for (const [table, cols] of Object.entries(VARCHAR as Registry)) {
      if (table === 'field_change') continue;
      for (const col of Object.keys(cols))
        if (!existing.has(`${table}.${col}`)) stale.push(`${table}.${col}`);
    }
    expect(stale).toEqual([]);
  });
});

describe('accepted numbers sit inside their columns', () => {
  const inside = (a: { precision: number; scale: number }, c: typeof a) =>
    a.precision - a.scale <= c.precision - c.scale && a.scale <= c.scale;
  it.each([
    ['amount', ACCEPTED.amount, DECIMAL.customer_transaction.amount],
    ['totalAmount', ACCEPTED.totalAmount, DECIMAL.customer.total_amount],
    ['money', ACCEPTED.money, DECIMAL.customer.registered_capital],
    ['customNumber', ACCEPTED.customNumber, DECIMAL.customer_field_value.number_value],
  ])('%s', (_, accepted, column) => expect(inside(accepted, column)).toBe(true));

  it('1,000 maximal amounts fit the kept total', () => {
    const amountDigits = ACCEPTED.amount.precision - ACCEPTED.amount.scale;
    const totalDigits = ACCEPTED.totalAmount.precision - ACCEPTED.totalAmount.scale;
    expect(totalDigits - amountDigits).toBeGreaterThanOrEqual(3);
    // Whole cents of the largest total stay exact in a double (SQLite REAL).
    expect(10 ** ACCEPTED.totalAmount.precision).toBeLessThanOrEqual(2 ** 53);
  });
});

describe('decimal fit', () => {
  const amount = DECIMAL.customer_transaction.amount;
  const custom = DECIMAL.customer_field_value.number_value;
  it('checks integer digits and scale', () => {
    expect(textFitsDecimal('9999999999999999.99', amount)).toBe(true);
    expect(textFitsDecimal('10000000000000000.00', amount)).toBe(false);
    expect(textFitsDecimal('1.234', amount)).toBe(false);
    expect(numberFitsDecimal(1e15, custom)).toBe(true);
    expect(numberFitsDecimal(1e16, custom)).toBe(false);
    expect(numberFitsDecimal(1e17, custom)).toBe(false);
    expect(numberFitsDecimal(0.12345, custom)).toBe(false);
    expect(numberFitsDecimal(-3.1415, custom)).toBe(true);
  });
});

describe('MySQL migrations', () => {
  it('every CREATE TABLE declares utf8mb4 with utf8mb4_unicode_ci', () => {
    const dir = path.join(__dirname, '../db/migrations/mysql');
    const bad: string[] = [];
    for (const file of readdirSync(dir)) {
      const text = readFileSync(path.join(dir, file), 'utf8');
      for (const m of text.matchAll(/CREATE TABLE \\?`[^\n]*/g))
        if (!m[0].includes('ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci'))
          bad.push(`${file}: ${m[0].slice(0, 60)}`);
    }
    expect(bad).toEqual([]);
  });
});

describe('bounded writes by the server', () => {
  it('cuts by characters, never inside a 4-byte character', () => {
    const text = '𠀀'.repeat(10);
    const cut = truncateChars(text, 5);
    expect(charLength(cut)).toBe(5);
    expect(cut).toBe('𠀀'.repeat(4) + '…');
    expect(truncateChars('短', 5)).toBe('短');
  });

  it('keeps audit diffs within their column', () => {
    const long = '档'.repeat(30_000);
    const small = boundAuditDiff({ note: { from: null, to: long } })!;
    expect(charLength((small.note as { to: string }).to)).toBe(AUDIT_VALUE_MAX_CHARS);
    const wide = Object.fromEntries(
      Array.from({ length: 200 }, (_, i) => [`f${i}`, { from: long, to: long }]),
    );
    const bounded = boundAuditDiff(wide)!;
    expect(bounded.truncated).toBe(true);
    expect(jsonBytes(bounded)).toBeLessThanOrEqual(JSON_MAX_BYTES);
    expect(boundAuditDiff(null)).toBeNull();
  });
});
