import { Table, Typography } from 'antd';
import { useTranslate } from '@refinedev/core';
import { useFieldLabels } from '../../access/shared';
import { useGqlQuery } from '../../dictionaries/gql';
import { CUSTOMER_CARD_QUERY, CUSTOMER_OPTIONS_QUERY } from '../queries';
import { dateTime, type Customer, type Tabs } from './common';

/** A history value of a select field: its item codes as labels in the caller's language. */
function OptionText({ dictionaryCode, value }: { dictionaryCode: string; value: string }) {
  const options = useGqlQuery(CUSTOMER_OPTIONS_QUERY, { type: dictionaryCode });
  const byCode = new Map(
    (options.data?.dictionaryOptions ?? []).map((option) => [option.code, option.label]),
  );
  let codes: string[] = [value];
  if (value.startsWith('[')) {
    try {
      codes = (JSON.parse(value) as unknown[]).map(String);
    } catch {
      codes = [value];
    }
  }
  return <>{codes.map((code) => byCode.get(code) ?? code).join(', ')}</>;
}

export function HistoryTab({ customer, tabs }: { customer: Customer; tabs?: Tabs }) {
  const translate = useTranslate();
  const label = useFieldLabels();
  const card = useGqlQuery(CUSTOMER_CARD_QUERY, { kind: customer.kind });
  const selectDictionaries = new Map(
    (card.data?.dataCard ?? [])
      .filter(
        (field) =>
          (field.type === 'SELECT' || field.type === 'MULTI_SELECT') && field.dictionaryCode,
      )
      .map((field) => [field.key, field.dictionaryCode!]),
  );
  const value = (field: string, raw: string | null | undefined) => {
    if (raw === null || raw === undefined) return '∅';
    const dictionaryCode = selectDictionaries.get(field);
    return dictionaryCode ? <OptionText dictionaryCode={dictionaryCode} value={raw} /> : raw;
  };
  return (
    <Table
      rowKey="id"
      size="small"
      dataSource={tabs?.history ?? []}
      pagination={{ pageSize: 20 }}
      scroll={{ x: true }}
      data-testid="history-table"
      columns={[
        {
          key: 'at',
          title: translate('customers.history.at'),
          render: (_, row) => dateTime(row.at),
        },
        {
          key: 'field',
          title: translate('customers.history.field'),
          render: (_, row) => label(row.field, customer.kind),
        },
        {
          key: 'change',
          title: translate('customers.history.change'),
          render: (_, row) => (
            <span>
              <Typography.Text delete type="secondary">
                {value(row.field, row.oldValue)}
              </Typography.Text>{' '}
              → <Typography.Text>{value(row.field, row.newValue)}</Typography.Text>
            </span>
          ),
        },
        {
          key: 'actor',
          title: translate('customers.history.actor'),
          render: (_, row) => row.actorName ?? '—',
        },
        {
          key: 'reason',
          title: translate('customers.history.reason'),
          render: (_, row) => row.reason ?? '—',
        },
      ]}
    />
  );
}
