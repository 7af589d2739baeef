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

/**
 * The statement that caps how long one statement may run on a MySQL-family connection, from the
 * server version the handshake reported: MariaDB's `max_statement_time` (seconds, every
 * statement), MySQL's `MAX_EXECUTION_TIME` (milliseconds, read-only SELECTs only).
 */
export function statementTimeoutSql(serverVersion: string, ms: number): string {
  return /mariadb/i.test(serverVersion)
    ? `SET SESSION max_statement_time = ${(ms / 1000).toFixed(3)}`
    : `SET SESSION MAX_EXECUTION_TIME = ${Math.round(ms)}`;
}

/** SQLite's busy wait (better-sqlite3 blocks the event loop meanwhile, hence the 5 s cap). */
export function sqliteBusyTimeoutMs(statementTimeoutMs: number): number {
  return Math.min(statementTimeoutMs, 5000);
}

/** Driver codes meaning "the database is unreachable, too slow or busy now": retrying later may work. */
const OUTAGE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EAI_AGAIN',
  'PROTOCOL_CONNECTION_LOST',
  'PROTOCOL_ENQUEUE_AFTER_FATAL_ERROR',
  'PROTOCOL_SEQUENCE_TIMEOUT',
  'ER_CON_COUNT_ERROR',
  'ER_SERVER_SHUTDOWN',
  'ER_CONNECTION_KILLED',
  'ER_LOCK_WAIT_TIMEOUT',
  'ER_LOCK_DEADLOCK',
  'ER_QUERY_INTERRUPTED',
  'ER_STATEMENT_TIMEOUT', // MariaDB max_statement_time
  'ER_QUERY_TIMEOUT', // MySQL MAX_EXECUTION_TIME
  'SQLITE_BUSY',
  'SQLITE_BUSY_SNAPSHOT',
  'SQLITE_BUSY_TIMEOUT',
  'SQLITE_LOCKED',
]);
// Raised by mysql2 and TypeORM without a code when the pool or connection is gone.
const OUTAGE_MESSAGES =
  /Pool is closed|Connection lost|Can't add new command when connection is in closed state|connection is not established|Query inactivity timeout|max_statement_time exceeded|database connection is not open/i;

/** Whether an error means the database is unavailable for now (down, frozen, overloaded, locked). */
export function isOutageError(err: unknown): boolean {
  if (!err || typeof err !== 'object') return false;
  const code = driverCode(err);
  if (code && OUTAGE_CODES.has(code)) return true;
  const errno = (err as DriverError).driverError?.errno ?? (err as DriverError).errno;
  if (errno === 1969 || errno === 3024) return true;
  if ((err as { name?: string }).name === 'CannotExecuteNotConnectedError') return true;
  const cause = (err as { cause?: unknown }).cause;
  if (cause && cause !== err && isOutageError(cause)) return true;
  const errors = (err as { errors?: unknown[] }).errors; // AggregateError from dual-stack connects
  if (Array.isArray(errors) && errors.some(isOutageError)) return true;
  return OUTAGE_MESSAGES.test(String((err as Error).message ?? ''));
}
