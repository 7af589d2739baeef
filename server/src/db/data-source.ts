import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Logger as PinoLogger } from 'pino';
import { DataSource, type DataSourceOptions } from 'typeorm';
import type { DatabaseConfig } from '../config';
import { sqliteBusyTimeoutMs, statementTimeoutSql } from '../common/db-dialect';
import { ENTITIES } from './entities';
import { MYSQL_MIGRATIONS, SQLITE_MIGRATIONS } from './migrations';
import { StatementLogger } from './statement-logger';
import { MYSQL_COLLATION, strictMysql2 } from './charset';

/** Builds the TypeORM data source for either dialect. `synchronize` is always off. */
export function createDataSource(
  db: DatabaseConfig,
  log: PinoLogger,
  options: { statementTimeoutMs?: number } = {},
): DataSource {
  const common = {
    entities: ENTITIES,
    synchronize: false,
    migrationsRun: false,
    logging: true,
    logger: new StatementLogger(log),
    maxQueryExecutionTime: 1000,
  } as const;

  let dataSourceOptions: DataSourceOptions;
  if (db.dialect === 'sqlite') {
    if (db.sqlitePath && db.sqlitePath !== ':memory:')
      mkdirSync(path.dirname(db.sqlitePath), { recursive: true });
    const busyTimeout = sqliteBusyTimeoutMs(options.statementTimeoutMs ?? 5000);
    dataSourceOptions = {
      ...common,
      type: 'better-sqlite3',
      database: db.sqlitePath!,
      migrations: SQLITE_MIGRATIONS,
      prepareDatabase: (conn: { pragma(sql: string): unknown }) => {
        conn.pragma('journal_mode = WAL');
        conn.pragma(`busy_timeout = ${busyTimeout}`);
        conn.pragma('foreign_keys = ON');
      },
    };
  } else {
    dataSourceOptions = {
      ...common,
      type: db.flavor === 'mariadb' ? 'mariadb' : 'mysql',
      url: db.url.replace(/^mariadb:/, 'mysql:'),
      // mysql2 with a strict session sql_mode; the handshake makes the connection utf8mb4.
      driver: strictMysql2,
      connectorPackage: 'mysql2',
      charset: MYSQL_COLLATION,
      timezone: 'Z',
      dateStrings: false,
      supportBigNumbers: true,
      bigNumberStrings: true,
      migrations: MYSQL_MIGRATIONS,
      extra: { connectionLimit: 20 },
    };
  }
  return new DataSource(dataSourceOptions);
}

interface PooledConnection {
  query(sql: string, cb: (err: Error | null) => void): void;
  _handshakePacket?: { serverVersion?: string };
  dossierStatementTimeout?: boolean;
}

/**
 * Caps every statement on the database side (MariaDB `max_statement_time`, MySQL
 * `MAX_EXECUTION_TIME`), set once on each pooled connection the first time it is handed out, so
 * it also covers connections the pool opens again after an outage. Called after the migrations,
 * which may legitimately run longer.
 */
export function limitStatementTime(dataSource: DataSource, ms: number, log: PinoLogger): void {
  const pool = (dataSource.driver as unknown as { pool?: NodeJS.EventEmitter }).pool;
  if (!pool) return;
  pool.on('acquire', (conn: PooledConnection) => {
    if (conn.dossierStatementTimeout) return;
    conn.dossierStatementTimeout = true;
    const sql = statementTimeoutSql(conn._handshakePacket?.serverVersion ?? '', ms);
    // Queued ahead of the statement the connection was acquired for.
    conn.query(sql, (err) => {
      if (err) log.warn({ err: err.message }, 'could not set the statement timeout');
    });
  });
}

/**
 * Runs start-up work (migrations, seeding) while holding a MySQL named lock for this database,
 * so servers started together on a fresh database migrate one after the other. SQLite needs none:
 * one process owns the file.
 */
export async function underStartupLock<T>(ds: DataSource, work: () => Promise<T>): Promise<T> {
  if (ds.options.type === 'better-sqlite3') return work();
  const runner = ds.createQueryRunner();
  await runner.connect();
  try {
    const [{ db }] = await runner.query('SELECT DATABASE() AS db');
    const name = `dossier-startup:${db}`.slice(0, 64);
    const [{ locked }] = await runner.query('SELECT GET_LOCK(?, 600) AS locked', [name]);
    if (Number(locked) !== 1)
      throw new Error('another server held the start-up lock for 10 minutes');
    try {
      return await work();
    } finally {
      await runner.query('SELECT RELEASE_LOCK(?)', [name]);
    }
  } finally {
    await runner.release();
  }
}
