import type { QueryRunner } from 'typeorm';
import { matchKeysOf } from '../../modules/customer/customer-match-keys';

const PAGE = 2000;
const ROWS_PER_INSERT = 300;

/**
 * Fills customer_match_key from every customer's current and former names, phone and mobile
 * (customer-match-keys.ts), a page of customers at a time. Rows already there are left alone,
 * so it can run again over a partly filled table.
 */
export async function backfillMatchKeys(queryRunner: QueryRunner): Promise<void> {
  const q = (name: string) => queryRunner.connection.driver.escape(name);
  for (let after = 0; ;) {
    const customers: { id: number; name: string; phone: string | null; mobile: string | null }[] =
      await queryRunner.query(
        `SELECT ${q('id')} AS id, ${q('name')} AS name, ${q('phone')} AS phone, ${q('mobile')} AS mobile FROM ${q('customer')} WHERE ${q('id')} > ? ORDER BY ${q('id')} LIMIT ${PAGE}`,
        [after],
      );
    if (!customers.length) return;
    const last = Number(customers[customers.length - 1].id);
    const former: { id: number; name: string }[] = await queryRunner.query(
      `SELECT ${q('customer_id')} AS id, ${q('name')} AS name FROM ${q('customer_former_name')} WHERE ${q('customer_id')} > ? AND ${q('customer_id')} <= ?`,
      [after, last],
    );
    const formerNames = new Map<number, string[]>();
    for (const { id, name } of former)
      formerNames.set(Number(id), [...(formerNames.get(Number(id)) ?? []), name]);
    const present = new Set(
      (
        (await queryRunner.query(
          `SELECT ${q('kind')} AS kind, ${q('match_key')} AS matchKey, ${q('customer_id')} AS id FROM ${q('customer_match_key')} WHERE ${q('customer_id')} > ? AND ${q('customer_id')} <= ?`,
          [after, last],
        )) as { kind: string; matchKey: string; id: number }[]
      ).map((row) => `${row.id}:${row.kind}:${row.matchKey}`),
    );
    const values: unknown[] = [];
    for (const customer of customers) {
      const id = Number(customer.id);
      for (const key of matchKeysOf({ ...customer, formerNames: formerNames.get(id) ?? [] }))
        if (!present.has(`${id}:${key.kind}:${key.matchKey}`))
          values.push(key.kind, key.matchKey, id);
    }
    for (let i = 0; i < values.length; i += 3 * ROWS_PER_INSERT) {
      const chunk = values.slice(i, i + 3 * ROWS_PER_INSERT);
      await queryRunner.query(
        `INSERT INTO ${q('customer_match_key')} (${q('kind')}, ${q('match_key')}, ${q('customer_id')}) VALUES ${Array.from({ length: chunk.length / 3 }, () => '(?, ?, ?)').join(', ')}`,
        chunk,
      );
    }
    after = last;
  }
}
