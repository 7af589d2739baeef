import { Space, Statistic, Table } from 'antd';
import { useTranslate } from '@refinedev/core';
import { formatMoney } from '../shared';
import type { Customer, Tabs } from './common';

export function TransactionsTab({ customer, tabs }: { customer: Customer; tabs?: Tabs }) {
  const translate = useTranslate();
  const summary = customer.transactionSummary;
  return (
    <>
      <Space size={48} style={{ marginBottom: 16 }}>
        <Statistic title={translate('customers.transactions.count')} value={summary.count} />
        <Statistic
          title={translate('customers.transactions.total')}
          value={formatMoney(summary.totalAmount)}
        />
        <Statistic
          title={translate('customers.transactions.first')}
          value={summary.firstOn ?? '—'}
        />
        <Statistic title={translate('customers.transactions.last')} value={summary.lastOn ?? '—'} />
      </Space>
      <Table
        rowKey="id"
        size="small"
        dataSource={tabs?.transactions ?? []}
        pagination={{ pageSize: 20 }}
        columns={[
          {
            key: 'occurredOn',
            dataIndex: 'occurredOn',
            title: translate('customers.transactions.occurredOn'),
          },
          {
            key: 'type',
            title: translate('customers.transactions.type'),
            render: (_, row) => row.type?.label ?? '—',
          },
          {
            key: 'product',
            dataIndex: 'product',
            title: translate('customers.transactions.product'),
          },
          {
            key: 'amount',
            align: 'right',
            title: translate('customers.transactions.amount'),
            render: (_, row) => `${formatMoney(row.amount)} ${row.currency}`,
          },
          { key: 'note', dataIndex: 'note', title: translate('customers.transactions.note') },
        ]}
      />
    </>
  );
}
