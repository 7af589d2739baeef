import type { DataSource, InsertResult } from 'typeorm';

/** Dialect differences, one small function per concern. */
export type DialectName = 'sqlite' | 'mysql';

export function dialectOf(dataSource: DataSource): DialectName {
  return dataSource.options.type === 'mysql' || dataSource.options.type === 'mariadb'
    ? 'mysql'
    : 'sqlite';
}

/** A value as the driver can bind it: booleans as 1/0, dates as the stored UTC text on SQLite. */
export function toDbValue(value: unknown, dialect: DialectName): unknown {
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (value instanceof Date)
    return dialect === 'sqlite' ? value.toISOString().replace('T', ' ').replace('Z', '') : value;
  return value;
}

/** The id the database gave the one row an INSERT added: mysql2's `insertId`, better-sqlite3's `lastInsertRowid`. */
export function insertedId(result: InsertResult): number {
  const raw = result.raw as { insertId?: number } | number | bigint;
  return Number(typeof raw === 'object' ? raw.insertId : raw);
}

/** Case-insensitive LIKE: LOWER() on both sides works the same on both dialects. */
export function caseInsensitiveLike(expression: string, param: string, negate = false): string {
  return `LOWER(${expression}) ${negate ? 'NOT LIKE' : 'LIKE'} LOWER(:${param})`;
}

interface DriverError {
  code?: string;
  errno?: number;
  driverError?: { code?: string; errno?: number };
}

function driverCode(err: unknown): string | undefined {
  const e = err as DriverError;
  return e?.driverError?.code ?? e?.code;
}

/** A unique-key violation on either dialect. */
export function isUniqueViolation(err: unknown): boolean {
  const code = driverCode(err);
  return (
    code === 'ER_DUP_ENTRY' ||
    code === 'SQLITE_CONSTRAINT_UNIQUE' ||
    code === 'SQLITE_CONSTRAINT_PRIMARYKEY'
  );
}

/** A foreign-key violation (referenced row missing, or row still referenced) on either dialect. */
export function isForeignKeyViolation(err: unknown): boolean {
  const code = driverCode(err);
  if (
    code === 'ER_ROW_IS_REFERENCED_2' ||
    code === 'ER_NO_REFERENCED_ROW_2' ||
    code === 'SQLITE_CONSTRAINT_FOREIGNKEY'
  )
    return true;
  // SQLite reports ON DELETE RESTRICT as a trigger constraint.
  return code === 'SQLITE_CONSTRAINT_TRIGGER' && /FOREIGN KEY/.test(String((err as Error).message));
}

/** Escapes LIKE wildcards with `!`, which needs no quoting on either dialect (used with ESCAPE '!'). */
export function escapeLike(text: string): string {
  return text.replace(/[!%_]/g, (c) => `!${c}`);
}
