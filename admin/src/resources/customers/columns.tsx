import type { ReactNode } from 'react';
import { Tag } from 'antd';
import type { CustomersListQuery } from '../../graphql/graphql';
import { useGqlQuery } from '../dictionaries/gql';
import { CUSTOMER_OPTIONS_QUERY } from './queries';
import { DictTag, formatMoney, type CustomerCardField } from './shared';

export type CustomerRow = CustomersListQuery['customers']['nodes'][number];

/** Server-side sortable fields (CustomerSort); a column's key must be its sort field. */
export const SORTABLE_FIELDS = new Set([
  'number',
  'name',
  'creditCode',
  'ownerId',
  'status',
  'createdAt',
  'lastTransactionOn',
]);

/** Columns that are not card fields. */
export const SYSTEM_COLUMNS = [
  'number',
  'status',
  'ownerId',
  'lastTransactionOn',
  'totalAmount',
  'createdAt',
] as const;

/** What a new user sees before choosing columns. */
export const DEFAULT_COLUMNS = [
  'number',
  'name',
  'category',
  'grade',
  'region',
  'ownerId',
  'status',
  'lastTransactionOn',
  'totalAmount',
];

/** Card fields that make sense as a column: everything but long texts (and the always-shown name). */
export function listableFields(fields: readonly CustomerCardField[]): CustomerCardField[] {
  return fields
    .filter((field) => field.active !== false && field.type !== 'LONG_TEXT' && field.key !== 'name')
    .slice()
    .sort((a, b) => a.sortOrder - b.sortOrder);
}

export function CustomOptionLabels({
  dictionaryCode,
  codes,
}: {
  dictionaryCode: string;
  codes: string[];
}) {
  const options = useGqlQuery(CUSTOMER_OPTIONS_QUERY, { type: dictionaryCode });
  const byCode = new Map(
    (options.data?.dictionaryOptions ?? []).map((option) => [option.code, option]),
  );
  return (
    <>
      {codes.map((code) => {
        const option = byCode.get(code);
        return (
          <Tag key={code} color={option?.color || undefined}>
            {option?.label ?? code}
          </Tag>
        );
      })}
    </>
  );
}

function plain(value: unknown, yes: string, no: string): ReactNode {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'boolean') return value ? yes : no;
  if (Array.isArray(value)) return value.join(', ');
  return String(value);
}

/** A card field's value in a list cell: items as tags, money formatted, ratings as stars. */
export function renderCardValue(
  field: CustomerCardField,
  record: CustomerRow,
  yesNo: [string, string],
): ReactNode {
  const source = field.builtIn
    ? (record as unknown as Record<string, unknown>)[field.key]
    : (record.customFields as Record<string, unknown> | null | undefined)?.[field.key];
  if (source === null || source === undefined || source === '') return '—';
  switch (field.type) {
    case 'SELECT':
    case 'MULTI_SELECT':
      if (field.builtIn)
        return <DictTag item={source as { label: string; color?: string | null }} />;
      return field.dictionaryCode ? (
        <CustomOptionLabels
          dictionaryCode={field.dictionaryCode}
          codes={(Array.isArray(source) ? source : [source]).map(String)}
        />
      ) : (
        plain(source, ...yesNo)
      );
    case 'MONEY':
      return formatMoney(String(source));
    case 'RATING':
      return <span style={{ color: '#fadb14' }}>{'★'.repeat(Number(source) || 0)}</span>;
    default:
      return plain(source, ...yesNo);
  }
}
