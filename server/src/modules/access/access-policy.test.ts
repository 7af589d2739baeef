import 'reflect-metadata';
import Database from 'better-sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Caller, CallerRole } from '../../common/auth/caller';
import {
  contactScopePredicate,
  customerListScopePredicate,
  customerScopePredicate,
  OWN_ACCESS_PATHS,
  type AccessMode,
  type CompiledRule,
  type PolicyScope,
  type SqlPredicate,
} from './access-policy';

// The predicate builder evaluated on a real (in-memory SQLite) database: each test asks which
// customer ids a predicate admits, so it checks behaviour, not SQL text.
const db = new Database(':memory:');
const departments = [
  { id: 1, parentId: null },
  { id: 2, parentId: 1 },
  { id: 3, parentId: 2 },
  { id: 4, parentId: 1 },
];
const scope = (rules: CompiledRule[] = []): PolicyScope => ({ departments, rules });

beforeAll(() => {
  db.exec(`
    CREATE TABLE customer (id INTEGER PRIMARY KEY, department_id INT, owner_id INT, region_id INT, deleted_at TEXT);
    CREATE TABLE customer_member (customer_id INT, user_id INT, level TEXT);
    CREATE TABLE customer_grant (customer_id INT, user_id INT, department_id INT, level TEXT, revoked_at TEXT, expires_at TEXT);
    CREATE TABLE customer_contact (customer_id INT, contact_id INT);
    CREATE TABLE contact (id INTEGER PRIMARY KEY);
  `);
  const customers: [number, number, number | null, number | null][] = [
    // id, department, owner, region
    [1, 1, 100, null],
    [2, 2, 101, 50],
    [3, 3, 102, 51],
    [4, 4, 103, null],
    [5, 2, 7, null], // owned by user 7
    [6, 4, 103, 50], // region 50
    [7, 4, 103, null], // team READ for user 7
    [8, 4, 103, null], // team EDIT for user 7
    [9, 4, 103, null], // live grant READ to user 7
    [10, 4, 103, null], // expired grant to user 7
    [11, 4, 103, null], // grant EDIT to department 2
  ];
  const insert = db.prepare(
    'INSERT INTO customer (id, department_id, owner_id, region_id) VALUES (?, ?, ?, ?)',
  );
  for (const c of customers) insert.run(...c);
  db.exec(`
    INSERT INTO customer_member VALUES (7, 7, 'READ'), (8, 7, 'EDIT');
    INSERT INTO customer_grant VALUES (9, 7, NULL, 'READ', NULL, '2999-01-01 00:00:00.000');
    INSERT INTO customer_grant VALUES (10, 7, NULL, 'EDIT', NULL, '2000-01-01 00:00:00.000');
    INSERT INTO customer_grant VALUES (11, NULL, 2, 'EDIT', NULL, '2999-01-01 00:00:00.000');
    INSERT INTO contact VALUES (1), (2);
    INSERT INTO customer_contact VALUES (5, 1), (4, 2);
  `);
});

function role(id: number, dataScope: CallerRole['dataScope'], permissions: string[]): CallerRole {
  return { id, dataScope, permissions: new Set(permissions) };
}

function caller(roles: CallerRole[], overrides: Partial<Caller> = {}): Caller {
  return {
    kind: 'user',
    userId: 7,
    apiKeyId: null,
    name: 'u7',
    departmentId: 2,
    roleIds: roles.map((r) => r.id),
    roles,
    permissions: new Set(roles.flatMap((r) => [...r.permissions])),
    sensitiveLevel: null,
    ...overrides,
  };
}

/** TypeORM-style named parameters (`:name`, `:...list`) to positional ones, then run. */
function ids(table: 'customer' | 'contact', alias: string, predicate: SqlPredicate): number[] {
  const values: unknown[] = [];
  const sql =
    `SELECT ${alias}.id AS id FROM ${table} ${alias} WHERE ${predicate.sql} ORDER BY ${alias}.id`.replace(
      /:(\.\.\.)?([A-Za-z0-9_]+)/g,
      (_, spread: string | undefined, name: string) => {
        const value = predicate.params[name];
        if (spread) {
          values.push(...(value as unknown[]));
          return (value as unknown[]).map(() => '?').join(', ');
        }
        values.push(value);
        return '?';
      },
    );
  return (db.prepare(sql).all(...values) as { id: number }[]).map((r) => r.id);
}

const customers = (c: Caller | null, mode: AccessMode = 'read', rules: CompiledRule[] = []) =>
  ids('customer', 'c', customerScopePredicate(c, 'c', scope(rules), mode));
const listed = (c: Caller | null, mode: AccessMode = 'read', rules: CompiledRule[] = []) =>
  ids('customer', 'c', customerListScopePredicate(c, 'c', scope(rules), mode));

describe('customer predicate', () => {
  const staff = role(1, 'SELF', ['customer.read', 'customer.update']);

  it('admits nothing without a caller', () => {
    expect(customers(null)).toEqual([]);
  });

  it('SELF: owner, team, live grants to the user or their department', () => {
    expect(customers(caller([staff]))).toEqual([5, 7, 8, 9, 11]);
    // The list shape (UNION of index lookups) admits exactly the same rows.
    expect(listed(caller([staff]))).toEqual([5, 7, 8, 9, 11]);
  });

  it('edit mode: only EDIT members and grants', () => {
    expect(customers(caller([staff]), 'edit')).toEqual([5, 8, 11]);
  });

  it('DEPT, DEPT_AND_BELOW and ALL scopes', () => {
    const dept = role(2, 'DEPT', ['customer.read']);
    const below = role(3, 'DEPT_AND_BELOW', ['customer.read']);
    const all = role(4, 'ALL', ['customer.read']);
    expect(customers(caller([dept]))).toEqual([2, 5, 7, 8, 9, 11]);
    expect(customers(caller([below]))).toEqual([2, 3, 5, 7, 8, 9, 11]);
    expect(customers(caller([all]))).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(listed(caller([below]))).toEqual([2, 3, 5, 7, 8, 9, 11]);
  });

  it('per-permission scope: an ALL role without customer rights widens nothing but its own permission', () => {
    const auditor = role(5, 'ALL', ['audit.view']);
    const c = caller([staff, auditor]);
    expect(customers(c, 'read')).toEqual([5, 7, 8, 9, 11]);
    expect(customers(c, 'edit')).toEqual([5, 8, 11]);
    expect(customers(c, 'audit')).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
  });

  it('a read-only role with a wide scope does not widen editing', () => {
    const reader = role(6, 'DEPT_AND_BELOW', ['customer.read']);
    const c = caller([staff, reader]);
    expect(customers(c, 'read')).toEqual([2, 3, 5, 7, 8, 9, 11]);
    expect(customers(c, 'edit')).toEqual([5, 8, 11]);
  });

  it('territory rules: user and department rules always, a role rule only with that role’s permissions', () => {
    const userRule: CompiledRule = {
      id: 1,
      roleId: null,
      column: 'region_id',
      itemIds: [50],
      level: 'READ',
    };
    expect(customers(caller([staff]), 'read', [userRule])).toEqual([2, 5, 6, 7, 8, 9, 11]);
    expect(customers(caller([staff]), 'edit', [userRule])).toEqual([5, 8, 11]);
    const editRule: CompiledRule = { ...userRule, level: 'EDIT' };
    expect(customers(caller([staff]), 'edit', [editRule])).toEqual([2, 5, 6, 8, 11]);
    // A rule on the auditor role reaches audit entries, not customer reads.
    const auditor = role(5, 'SELF', ['audit.view']);
    const roleRule: CompiledRule = {
      id: 2,
      roleId: 5,
      column: 'region_id',
      itemIds: [51],
      level: 'READ',
    };
    expect(customers(caller([staff, auditor]), 'read', [roleRule])).toEqual([5, 7, 8, 9, 11]);
    expect(customers(caller([staff, auditor]), 'audit', [roleRule])).toEqual([3, 5, 7, 8, 9, 11]);
  });

  it('a rule on a NULL column is false, never NULL, under NOT', () => {
    const rule: CompiledRule = {
      id: 1,
      roleId: null,
      column: 'region_id',
      itemIds: [50],
      level: 'READ',
    };
    const p = customerScopePredicate(caller([staff]), 'c', scope([rule]));
    const complement = ids('customer', 'c', {
      sql: `(CASE WHEN ${p.sql} THEN 1 ELSE 0 END) = 0`,
      params: p.params,
    });
    expect(complement).toEqual([1, 3, 4, 10]);
  });

  it('own access for sharing: grants and team membership do not count', () => {
    const sharer = role(7, 'SELF', ['customer.read', 'access.grant']);
    expect(customers(caller([sharer]), 'grant')).toEqual([5, 8, 11]);
    const p = customerScopePredicate(caller([sharer]), 'c', scope(), 'grant', {
      paths: OWN_ACCESS_PATHS,
    });
    expect(ids('customer', 'c', p)).toEqual([5]);
    const manager = role(8, 'DEPT_AND_BELOW', ['access.grant']);
    const q = customerScopePredicate(caller([manager]), 'c', scope(), 'grant', {
      paths: OWN_ACCESS_PATHS,
    });
    expect(ids('customer', 'c', q)).toEqual([2, 3, 5]);
  });

  it('without any role granting the mode, only owner, team and grants remain', () => {
    const c = caller([role(9, 'ALL', ['audit.view'])]);
    expect(customers(c, 'read')).toEqual([5, 7, 8, 9, 11]);
    expect(customers(c, 'grant', [])).toEqual([5, 8, 11]);
  });

  it('contacts are reached through a readable, live customer', () => {
    expect(ids('contact', 'ct', contactScopePredicate(caller([staff]), 'ct', scope()))).toEqual([
      1,
    ]);
    db.exec('UPDATE customer SET deleted_at = 1 WHERE id = 5');
    expect(ids('contact', 'ct', contactScopePredicate(caller([staff]), 'ct', scope()))).toEqual([]);
    db.exec('UPDATE customer SET deleted_at = NULL WHERE id = 5');
  });
});
