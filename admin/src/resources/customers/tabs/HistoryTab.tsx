import { Table, Typography } from 'antd';
import { useTranslate } from '@refinedev/core';
import { useFieldLabels } from '../../access/shared';
import { dateTime, type Customer, type Tabs } from './common';

export function HistoryTab({ customer, tabs }: { customer: Customer; tabs?: Tabs }) {
  const translate = useTranslate();
  const label = useFieldLabels();
  return (
    <Table
      rowKey="id"
      size="small"
      dataSource={tabs?.history ?? []}
      pagination={{ pageSize: 20 }}
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
                {row.oldValue ?? '∅'}
              </Typography.Text>{' '}
              → <Typography.Text>{row.newValue ?? '∅'}</Typography.Text>
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
