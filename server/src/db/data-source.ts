import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Logger as PinoLogger } from 'pino';
import { DataSource, type DataSourceOptions } from 'typeorm';
import type { DatabaseConfig } from '../config';
import { ENTITIES } from './entities';
import { MYSQL_MIGRATIONS, SQLITE_MIGRATIONS } from './migrations';
import { StatementLogger } from './statement-logger';
import { MYSQL_COLLATION, strictMysql2 } from './charset';

/** Builds the TypeORM data source for either dialect. `synchronize` is always off. */
export function createDataSource(db: DatabaseConfig, log: PinoLogger): DataSource {
  const common = {
    entities: ENTITIES,
    synchronize: false,
    migrationsRun: false,
    logging: true,
    logger: new StatementLogger(log),
    maxQueryExecutionTime: 1000,
  } as const;

  let options: DataSourceOptions;
  if (db.dialect === 'sqlite') {
    if (db.sqlitePath && db.sqlitePath !== ':memory:')
      mkdirSync(path.dirname(db.sqlitePath), { recursive: true });
    options = {
      ...common,
      type: 'better-sqlite3',
      database: db.sqlitePath!,
      migrations: SQLITE_MIGRATIONS,
      prepareDatabase: (conn: { pragma(sql: string): unknown }) => {
        conn.pragma('journal_mode = WAL');
        conn.pragma('busy_timeout = 5000');
        conn.pragma('foreign_keys = ON');
      },
    };
  } else {
    options = {
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
  return new DataSource(options);
}

/** Whether the database answers a trivial statement. */
export async function pingDatabase(dataSource: DataSource): Promise<boolean> {
  if (!dataSource.isInitialized) return false;
  try {
    await dataSource.query('SELECT 1');
    return true;
  } catch {
    return false;
  }
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
