import { nameTokens } from '@dossier/shared';
import type { QueryRunner } from 'typeorm';

const PAGE = 2000;

/** Fills customer_name_token from every customer's current and former names, a page of customers at a time. */
export async function backfillNameTokens(queryRunner: QueryRunner): Promise<void> {
  const q = (name: string) => queryRunner.connection.driver.escape(name);
  for (let after = 0; ;) {
    const customers: { id: number; name: string }[] = await queryRunner.query(
      `SELECT ${q('id')} AS id, ${q('name')} AS name FROM ${q('customer')} WHERE ${q('id')} > ? ORDER BY ${q('id')} LIMIT ${PAGE}`,
      [after],
    );
    if (!customers.length) return;
    const last = Number(customers[customers.length - 1].id);
    const former: { id: number; name: string }[] = await queryRunner.query(
      `SELECT ${q('customer_id')} AS id, ${q('name')} AS name FROM ${q('customer_former_name')} WHERE ${q('customer_id')} > ? AND ${q('customer_id')} <= ?`,
      [after, last],
    );
    const rows = new Set<string>();
    const values: unknown[] = [];
    for (const { id, name } of [...customers, ...former]) {
      for (const token of nameTokens(name)) {
        const key = `${id}:${token}`;
        if (rows.has(key)) continue;
        rows.add(key);
        values.push(token, Number(id));
      }
    }
    for (let i = 0; i < values.length; i += 2 * 400) {
      const chunk = values.slice(i, i + 2 * 400);
      await queryRunner.query(
        `INSERT INTO ${q('customer_name_token')} (${q('token')}, ${q('customer_id')}) VALUES ${Array.from({ length: chunk.length / 2 }, () => '(?, ?)').join(', ')}`,
        chunk,
      );
    }
    after = last;
  }
}
