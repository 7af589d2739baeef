import { Init1763900000000 as MysqlInit } from './migrations/mysql/1763900000000-Init';
import { Dictionaries1763990000000 as MysqlDictionaries } from './migrations/mysql/1763990000000-Dictionaries';
import { CustomerArchive1764000000000 as MysqlCustomerArchive } from './migrations/mysql/1764000000000-CustomerArchive';
import { CustomerArchive1764000000000 as SqliteCustomerArchive } from './migrations/sqlite/1764000000000-CustomerArchive';
import { Init1763900000000 as SqliteInit } from './migrations/sqlite/1763900000000-Init';
import { Dictionaries1763990000000 as SqliteDictionaries } from './migrations/sqlite/1763990000000-Dictionaries';
import { Activity1764100000000 as MysqlActivity } from './migrations/mysql/1764100000000-Activity';
import { Activity1764100000000 as SqliteActivity } from './migrations/sqlite/1764100000000-Activity';
import { People1764200000000 as MysqlPeople } from './migrations/mysql/1764200000000-People';
import { People1764200000000 as SqlitePeople } from './migrations/sqlite/1764200000000-People';
import { ArchiveDetails1764400000000 as MysqlArchiveDetails } from './migrations/mysql/1764400000000-ArchiveDetails';
import { ArchiveDetails1764400000000 as SqliteArchiveDetails } from './migrations/sqlite/1764400000000-ArchiveDetails';
import { Documents1764300000000 as MysqlDocuments } from './migrations/mysql/1764300000000-Documents';
import { Documents1764300000000 as SqliteDocuments } from './migrations/sqlite/1764300000000-Documents';

import { Grants1764500000000 as MysqlGrants } from './migrations/mysql/1764500000000-Grants';
import { Grants1764500000000 as SqliteGrants } from './migrations/sqlite/1764500000000-Grants';
import { Access1764600000000 as MysqlAccess } from './migrations/mysql/1764600000000-Access';
import { Access1764600000000 as SqliteAccess } from './migrations/sqlite/1764600000000-Access';
import { CustomerRegionLive1766000000000 as MysqlCustomerRegionLive } from './migrations/mysql/1766000000000-CustomerRegionLive';
import { CustomerRegionLive1766000000000 as SqliteCustomerRegionLive } from './migrations/sqlite/1766000000000-CustomerRegionLive';
import { CustomerNameTokens1766100000000 as MysqlCustomerNameTokens } from './migrations/mysql/1766100000000-CustomerNameTokens';
import { CustomerNameTokens1766100000000 as SqliteCustomerNameTokens } from './migrations/sqlite/1766100000000-CustomerNameTokens';
import { LoginLimit1767100000000 as MysqlLoginLimit } from './migrations/mysql/1767100000000-LoginLimit';
import { LoginLimit1767100000000 as SqliteLoginLimit } from './migrations/sqlite/1767100000000-LoginLimit';

import { CustomerReadPermission1767000000000 as CustomerReadPermission } from './migrations/1767000000000-CustomerReadPermission';
import { ApiKeyPrincipal1767700000000 as MysqlApiKeyPrincipal } from './migrations/mysql/1767700000000-ApiKeyPrincipal';
import { ApiKeyPrincipal1767700000000 as SqliteApiKeyPrincipal } from './migrations/sqlite/1767700000000-ApiKeyPrincipal';
import { AuditLogCustomers1767500000000 as MysqlAuditLogCustomers } from './migrations/mysql/1767500000000-AuditLogCustomers';
import { AuditLogCustomers1767500000000 as SqliteAuditLogCustomers } from './migrations/sqlite/1767500000000-AuditLogCustomers';
import { IdNumberUpperCase1767200000000 as IdNumberUpperCase } from './migrations/1767200000000-IdNumberUpperCase';
import { Utf8mb4Tables1767900000000 as MysqlUtf8mb4Tables } from './migrations/mysql/1767900000000-Utf8mb4Tables';
import { Utf8mb4Tables1767900000000 as SqliteUtf8mb4Tables } from './migrations/sqlite/1767900000000-Utf8mb4Tables';
import { IdempotencyKeys1767300000000 as MysqlIdempotencyKeys } from './migrations/mysql/1767300000000-IdempotencyKeys';
import { IdempotencyKeys1767300000000 as SqliteIdempotencyKeys } from './migrations/sqlite/1767300000000-IdempotencyKeys';
import { StaffSeesOwnSensitive1768030000000 as StaffSeesOwnSensitive } from './migrations/1768030000000-StaffSeesOwnSensitive';

import { CustomerMatchKeys1768000000000 as MysqlCustomerMatchKeys } from './migrations/mysql/1768000000000-CustomerMatchKeys';
import { CustomerMatchKeys1768000000000 as SqliteCustomerMatchKeys } from './migrations/sqlite/1768000000000-CustomerMatchKeys';
import { CustomerMergePermission1768100000000 as CustomerMergePermission } from './migrations/1768100000000-CustomerMergePermission';
import { SavedViews1768500000000 as MysqlSavedViews } from './migrations/mysql/1768500000000-SavedViews';
import { SavedViews1768500000000 as SqliteSavedViews } from './migrations/sqlite/1768500000000-SavedViews';

/** Migrations per dialect, in order. Add new ones at the end of both lists. */
export const MYSQL_MIGRATIONS = [
  MysqlInit,
  MysqlDictionaries,
  MysqlCustomerArchive,
  MysqlActivity,
  MysqlPeople,
  MysqlDocuments,
  MysqlArchiveDetails,
  MysqlGrants,
  MysqlAccess,
  MysqlCustomerRegionLive,
  MysqlCustomerNameTokens,
  CustomerReadPermission,
  MysqlLoginLimit,
  MysqlAuditLogCustomers,
  MysqlApiKeyPrincipal,
  IdNumberUpperCase,
  MysqlUtf8mb4Tables,
  MysqlIdempotencyKeys,
  MysqlCustomerMatchKeys,
  StaffSeesOwnSensitive,
  CustomerMergePermission,
  MysqlSavedViews,
];
export const SQLITE_MIGRATIONS = [
  SqliteInit,
  SqliteDictionaries,
  SqliteCustomerArchive,
  SqliteActivity,
  SqlitePeople,
  SqliteDocuments,
  SqliteArchiveDetails,
  SqliteGrants,
  SqliteAccess,
  SqliteCustomerRegionLive,
  SqliteCustomerNameTokens,
  CustomerReadPermission,
  SqliteLoginLimit,
  SqliteAuditLogCustomers,
  SqliteApiKeyPrincipal,
  IdNumberUpperCase,
  SqliteUtf8mb4Tables,
  SqliteIdempotencyKeys,
  SqliteCustomerMatchKeys,
  StaffSeesOwnSensitive,
  CustomerMergePermission,
  SqliteSavedViews,
];
