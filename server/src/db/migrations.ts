import { Init1763900000000 as MysqlInit } from './migrations/mysql/1763900000000-Init';
import { Dictionaries1763990000000 as MysqlDictionaries } from './migrations/mysql/1763990000000-Dictionaries';
import { CustomerArchive1764000000000 as MysqlCustomerArchive } from './migrations/mysql/1764000000000-CustomerArchive';
import { CustomerArchive1764000000000 as SqliteCustomerArchive } from './migrations/sqlite/1764000000000-CustomerArchive';
import { Init1763900000000 as SqliteInit } from './migrations/sqlite/1763900000000-Init';
import { Dictionaries1763990000000 as SqliteDictionaries } from './migrations/sqlite/1763990000000-Dictionaries';
import { Activity1764100000000 as MysqlActivity } from './migrations/mysql/1764100000000-Activity';
import { Activity1764100000000 as SqliteActivity } from './migrations/sqlite/1764100000000-Activity';

/** Migrations per dialect, in order. Add new ones at the end of both lists. */
export const MYSQL_MIGRATIONS = [MysqlInit, MysqlDictionaries, MysqlCustomerArchive, MysqlActivity];
export const SQLITE_MIGRATIONS = [SqliteInit, SqliteDictionaries, SqliteCustomerArchive, SqliteActivity];
