import type { EntityManager } from 'typeorm';
import { BUILT_IN_BY_KEY, BUILT_IN_FIELDS } from '../field-definition/built-in-fields';
import { RULE_FIELDS } from '../access-rule/access-rule.inputs';

/** A column that stores dictionary item ids of one dictionary type. */
export interface DictionaryReference {
  table: string;
  column: string;
  typeCode: string;
}

/**
 * Every column holding item ids, by dictionary type. Built-in customer fields come from their
 * definitions; other modules add theirs to EXTRA_REFERENCES. Custom select values live in
 * `customer_field_value.item_id` and are handled alongside.
 */
export const EXTRA_REFERENCES: DictionaryReference[] = [
  { table: 'followup', column: 'method_id', typeCode: 'followup_method' },
  { table: 'followup', column: 'milestone_id', typeCode: 'followup_milestone' },
  { table: 'customer_transaction', column: 'type_id', typeCode: 'transaction_type' },
  { table: 'customer_document', column: 'type_id', typeCode: 'document_type' },
  // Territory rules name items of their field's dictionary; merging rewrites them, deleting counts them.
  ...RULE_FIELDS.map((key) => ({
    table: 'access_rule_item',
    column: 'item_id',
    typeCode: BUILT_IN_BY_KEY.get(key)!.dictionary!,
  })),
];

export function referencesFor(typeCode: string): DictionaryReference[] {
  const builtIn = BUILT_IN_FIELDS.filter((f) => f.dictionary === typeCode).map((f) => ({
    table: 'customer',
    column: f.column,
    typeCode,
  }));
  return [...builtIn, ...EXTRA_REFERENCES.filter((r) => r.typeCode === typeCode)];
}

/** How many records use each item: one UNION ALL statement for all the given items. */
export async function countUsage(
  em: EntityManager,
  typeCodes: string[],
  itemIds: number[],
): Promise<Map<number, number>> {
  const counts = new Map<number, number>();
  if (!itemIds.length) return counts;
  const refs = [
    ...new Map(typeCodes.flatMap(referencesFor).map((r) => [`${r.table}.${r.column}`, r])).values(),
  ];
  const q = (name: string) => em.connection.driver.escape(name);
  const ids = itemIds.map((id) => Number(id)).filter(Number.isInteger);
  const list = ids.join(', ');
  const parts = [
    ...refs.map(
      (r) => `SELECT ${q(r.column)} AS ref_id FROM ${q(r.table)} WHERE ${q(r.column)} IN (${list})`,
    ),
    `SELECT item_id AS ref_id FROM customer_field_value WHERE item_id IN (${list})`,
  ];
  const rows: { ref_id: number | string; n: number | string }[] = await em.query(
    `SELECT ref_id, COUNT(*) AS n FROM (${parts.join(' UNION ALL ')}) u GROUP BY ref_id`,
  );
  for (const row of rows) counts.set(Number(row.ref_id), Number(row.n));
  return counts;
}
