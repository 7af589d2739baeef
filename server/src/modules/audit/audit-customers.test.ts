import 'reflect-metadata';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SQLITE_MIGRATIONS } from '../../db/migrations';

// The migration that adds `audit_log_customer`, run on a real SQLite file holding entries written
// the old way (no join rows; `customer_id` only on customer entries and access requests).
const dir = mkdtempSync(path.join(tmpdir(), 'dossier-audit-backfill-'));
const file = path.join(dir, 'db.sqlite');
const open = (migrations: typeof SQLITE_MIGRATIONS) =>
  new DataSource({
    type: 'better-sqlite3',
    database: file,
    migrations,
    logging: false,
  }).initialize();

let ds: DataSource;

/** Inserts a row, filling the table's other required columns with placeholders. */
async function row(table: string, values: Record<string, unknown>): Promise<number> {
  const columns = (await ds.query(`PRAGMA table_info("${table}")`)) as {
    name: string;
    type: string;
    notnull: number;
    dflt_value: unknown;
    pk: number;
  }[];
  const all: Record<string, unknown> = {};
  for (const c of columns)
    if (c.notnull && c.dflt_value === null && !c.pk)
      all[c.name] = /int|decimal|numeric|boolean/i.test(c.type)
        ? 1
        : /date|time/i.test(c.type)
          ? '2026-01-01 00:00:00'
          : 'x';
  Object.assign(all, values);
  const names = Object.keys(all);
  await ds.query(
    `INSERT INTO "${table}" (${names.map((n) => `"${n}"`).join(', ')}) VALUES (${names.map(() => '?').join(', ')})`,
    names.map((n) => all[n]),
  );
  return Number((await ds.query('SELECT last_insert_rowid() AS id'))[0].id);
}

const audit = (entity: string, entityId: string, diff: unknown = null, customerId?: number) =>
  row('audit_log', {
    at: '2026-01-01 00:00:00',
    action: `${entity.toLowerCase()}.x`,
    entity,
    entity_id: entityId,
    diff: diff === null ? null : JSON.stringify(diff),
    customer_id: customerId ?? null,
  });

const ids: Record<string, number> = {};

beforeAll(async () => {
  // Every migration before the one under test.
  const upTo = SQLITE_MIGRATIONS.findIndex((m) => m.name.startsWith('AuditLogCustomers'));
  ds = await open(SQLITE_MIGRATIONS.slice(0, upTo));
  await ds.runMigrations();
  await ds.query('PRAGMA foreign_keys = OFF');
  for (const c of [1, 2, 3]) await row('customer_contact', { customer_id: c, contact_id: 10 + c });
  await row('customer_contact', { customer_id: 2, contact_id: 11 }); // contact 11: customers 1 and 2
  const followup = await row('followup', { customer_id: 1 });
  const transaction = await row('customer_transaction', { customer_id: 2 });
  const document = await row('customer_document', { customer_id: 3 });
  const grantA = await row('customer_grant', { customer_id: 1 });
  const grantB = await row('customer_grant', { customer_id: 3 });
  const request = await row('access_request', { customer_id: 2 });
  const edge = await row('relationship', {
    from_kind: 'CONTACT',
    from_id: 13,
    to_kind: 'CUSTOMER',
    to_id: 2,
  });
  ids.customer = await audit('Customer', '1', null, 1);
  ids.contact = await audit('Contact', '11', { mobile: { to: '13900001111' } });
  ids.followup = await audit('Followup', String(followup));
  ids.transaction = await audit('Transaction', String(transaction));
  ids.document = await audit('Document', String(document));
  ids.grants = await audit('CustomerGrant', `${grantA},${grantB}`);
  ids.request = await audit('AccessRequest', String(request), null, 2);
  ids.edge = await audit('Relationship', String(edge));
  // Records deleted since: what the diff names.
  ids.goneFollowup = await audit('Followup', '999', { customerId: { to: 3 } });
  ids.goneEdge = await audit('Relationship', '998', { from: 'CUSTOMER:1', to: 'CONTACT:12' });
  ids.goneGrant = await audit('CustomerGrant', '997', { customerIds: [2, 3] });
  // Nothing left to tell: stays customer-less.
  ids.lost = await audit('Followup', '996', { content: { to: '…' } });
  ids.user = await audit('User', '1', { username: { to: 'u' } });
  await ds.destroy();
  ds = await open(SQLITE_MIGRATIONS);
  await ds.runMigrations();
});
afterAll(async () => {
  await ds?.destroy();
  rmSync(dir, { recursive: true, force: true });
});

describe('AuditLogCustomers migration (SQLite)', () => {
  const customersOf = async (auditId: number) =>
    (
      (await ds.query(
        'SELECT customer_id FROM audit_log_customer WHERE audit_id = ? ORDER BY customer_id',
        [auditId],
      )) as { customer_id: number }[]
    ).map((r) => Number(r.customer_id));
  const firstCustomer = async (auditId: number) =>
    (await ds.query('SELECT customer_id FROM audit_log WHERE id = ?', [auditId]))[0].customer_id;

  it('derives each entry’s customers from its record', async () => {
    expect(await customersOf(ids.customer)).toEqual([1]);
    expect(await customersOf(ids.contact)).toEqual([1, 2]);
    expect(await customersOf(ids.followup)).toEqual([1]);
    expect(await customersOf(ids.transaction)).toEqual([2]);
    expect(await customersOf(ids.document)).toEqual([3]);
    expect(await customersOf(ids.grants)).toEqual([1, 3]);
    expect(await customersOf(ids.request)).toEqual([2]);
    expect(await customersOf(ids.edge)).toEqual([2, 3]);
  });

  it('falls back on the diff when the record is gone, else leaves the entry customer-less', async () => {
    expect(await customersOf(ids.goneFollowup)).toEqual([3]);
    expect(await customersOf(ids.goneEdge)).toEqual([1, 2]);
    expect(await customersOf(ids.goneGrant)).toEqual([2, 3]);
    expect(await customersOf(ids.lost)).toEqual([]);
    expect(await customersOf(ids.user)).toEqual([]);
    expect(await firstCustomer(ids.lost)).toBeNull();
  });

  it('fills audit_log.customer_id with the first customer where it was empty', async () => {
    expect(await firstCustomer(ids.contact)).toBe(1);
    expect(await firstCustomer(ids.edge)).toBe(2);
    expect(await firstCustomer(ids.customer)).toBe(1);
  });
});
