import type { DataSource } from 'typeorm';
import type { Logger } from 'pino';
import mysql2 from 'mysql2';

/** The one character set and collation of every MySQL/MariaDB table (see docs/operations.md). */
export const MYSQL_CHARSET = 'utf8mb4';
export const MYSQL_COLLATION = 'utf8mb4_unicode_ci';
/** Table options every MySQL `CREATE TABLE` ends with. */
export const MYSQL_TABLE_OPTIONS = `ENGINE=InnoDB DEFAULT CHARSET=${MYSQL_CHARSET} COLLATE=${MYSQL_COLLATION}`;

/**
 * The session `sql_mode` of every pooled connection: strict, so a value the column cannot hold
 * is an error instead of being truncated or stored as `???`.
 */
export const SESSION_SQL_MODE =
  'STRICT_TRANS_TABLES,NO_ZERO_IN_DATE,NO_ZERO_DATE,ERROR_FOR_DIVISION_BY_ZERO,NO_ENGINE_SUBSTITUTION';

interface PoolLike {
  on(event: 'connection', listener: (conn: { query(sql: string): unknown }) => void): void;
}

/**
 * mysql2 with a pool that sets the strict session `sql_mode` on each new connection before it
 * runs anything else (mysql2 runs a connection's commands in order).
 */
export const strictMysql2 = {
  ...mysql2,
  createPool(options: Parameters<typeof mysql2.createPool>[0]) {
    const pool = mysql2.createPool(options);
    (pool as unknown as PoolLike).on('connection', (conn) => {
      conn.query(`SET SESSION sql_mode = '${SESSION_SQL_MODE}'`);
    });
    return pool;
  },
};

export class CharsetError extends Error {}

interface CharsetState {
  database: string;
  charsetDatabase: string;
  collationDatabase: string;
  charsetConnection: string;
  charsetClient: string;
  charsetResults: string | null;
  sqlMode: string;
  tables: number;
}

async function readCharsetState(dataSource: DataSource): Promise<CharsetState> {
  const [row] = (await dataSource.query(
    `SELECT DATABASE() AS db, @@character_set_database AS charsetDatabase,
            @@collation_database AS collationDatabase,
            @@character_set_connection AS charsetConnection,
            @@character_set_client AS charsetClient,
            @@character_set_results AS charsetResults, @@SESSION.sql_mode AS sqlMode,
            (SELECT COUNT(*) FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE()) AS tables`,
  )) as Record<string, string | null>[];
  return {
    database: String(row.db),
    charsetDatabase: String(row.charsetDatabase),
    collationDatabase: String(row.collationDatabase),
    charsetConnection: String(row.charsetConnection),
    charsetClient: String(row.charsetClient),
    charsetResults: row.charsetResults,
    sqlMode: String(row.sqlMode ?? ''),
    tables: Number(row.tables),
  };
}

/**
 * MySQL/MariaDB only, before any migration runs. Refuses to start when the connection does not
 * talk utf8mb4 or the session is not strict (Chinese text would be lost or turned into `???`).
 * A database whose default is not utf8mb4 is accepted: every table declares utf8mb4 itself and
 * migration 1767900000000 converts tables created earlier; a warning names the fix.
 */
export async function checkMysqlCharset(dataSource: DataSource, log: Logger): Promise<void> {
  const s = await readCharsetState(dataSource);
  const problems: string[] = [];
  for (const [name, value] of [
    ['character_set_connection', s.charsetConnection],
    ['character_set_client', s.charsetClient],
    ['character_set_results', s.charsetResults ?? MYSQL_CHARSET],
  ] as const) {
    if (value !== MYSQL_CHARSET)
      problems.push(
        `the connection's ${name} is ${value}, not ${MYSQL_CHARSET} (is the server started with skip-character-set-client-handshake? remove it, or set character-set-server=${MYSQL_CHARSET})`,
      );
  }
  if (!/\bSTRICT_(TRANS|ALL)_TABLES\b/.test(s.sqlMode))
    problems.push(
      `the session sql_mode "${s.sqlMode}" is not strict and could not be made strict (does the user lack the right to set sql_mode?)`,
    );
  if (problems.length > 0)
    throw new CharsetError(
      `Database ${s.database} cannot be used: ${problems.join('; ')}. Nothing was created.`,
    );
  if (s.charsetDatabase !== MYSQL_CHARSET)
    log.warn(
      `database ${s.database} defaults to ${s.charsetDatabase} (${s.collationDatabase}); Dossier's tables declare ${MYSQL_CHARSET} themselves${s.tables > 0 ? ' and existing ones are converted by a migration' : ''}. To make the default match: ALTER DATABASE \`${s.database}\` CHARACTER SET ${MYSQL_CHARSET} COLLATE ${MYSQL_COLLATION}`,
    );
}
