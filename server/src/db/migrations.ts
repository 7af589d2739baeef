import { Init1763900000000 as MysqlInit } from './migrations/mysql/1763900000000-Init';
import { Init1763900000000 as SqliteInit } from './migrations/sqlite/1763900000000-Init';

/** Migrations per dialect, in order. Add new ones at the end of both lists. */
export const MYSQL_MIGRATIONS = [MysqlInit];
export const SQLITE_MIGRATIONS = [SqliteInit];
