import { useState } from 'react';
import { Button, DatePicker, Form, Input, Modal, Select, Space, Statistic, Table } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslate } from '@refinedev/core';
import dayjs from 'dayjs';
import { useGqlMutation } from '../../dictionaries/gql';
import { formatMoney } from '../shared';
import { CREATE_TRANSACTION_MUTATION, DELETE_TRANSACTION_MUTATION } from './queries';
import { DeleteButton, showErrors, useOptions, type Customer, type Tabs } from './common';

type TransactionValues = {
  type: string;
  occurredOn: dayjs.Dayjs;
  amount: string;
  currency?: string;
  product?: string;
  note?: string;
};

export function TransactionsTab({
  customer,
  tabs,
  reload,
  canEdit,
}: {
  customer: Customer;
  tabs?: Tabs;
  reload: () => void;
  canEdit: boolean;
}) {
  const translate = useTranslate();
  const summary = customer.transactionSummary;
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<TransactionValues>();
  const types = useOptions('transaction_type');
  const create = useGqlMutation(CREATE_TRANSACTION_MUTATION);
  const remove = useGqlMutation(DELETE_TRANSACTION_MUTATION);
  const submit = async (values: TransactionValues) => {
    try {
      await create.run({
        input: {
          transaction: {
            customerId: customer.id,
            type: values.type,
            occurredOn: values.occurredOn?.format('YYYY-MM-DD') ?? '',
            amount: String(values.amount ?? '').trim(),
            currency: values.currency?.trim() || null,
            product: values.product?.trim() || null,
            note: values.note?.trim() || null,
          },
        },
      });
      setOpen(false);
      reload();
    } catch (error) {
      showErrors(form, error);
    }
  };
  return (
    <>
      <Space size={48} style={{ marginBottom: 16 }} wrap>
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
      {canEdit && (
        <div style={{ marginBottom: 12 }}>
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setOpen(true)}
            data-testid="add-transaction"
          >
            {translate('customerActions.transactions.add')}
          </Button>
        </div>
      )}
      <Table
        rowKey="id"
        size="small"
        dataSource={tabs?.transactions ?? []}
        pagination={{ pageSize: 20 }}
        scroll={{ x: true }}
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
          ...(canEdit
            ? [
                {
                  key: 'actions',
                  title: translate('customerActions.column'),
                  render: (_: unknown, row: Tabs['transactions'][number]) => (
                    <DeleteButton
                      label={translate('customerActions.transactions.delete', {
                        date: row.occurredOn,
                      })}
                      confirm={translate('customerActions.transactions.deleteConfirm')}
                      testId={`transaction-delete-${row.id}`}
                      onConfirm={async () => {
                        await remove.run({ id: row.id });
                        reload();
                      }}
                    />
                  ),
                },
              ]
            : []),
        ]}
      />
      <Modal
        open={open}
        title={translate('customerActions.transactions.add')}
        onCancel={() => setOpen(false)}
        onOk={() => form.submit()}
        confirmLoading={create.isPending}
        destroyOnHidden
      >
        <Form
          form={form}
          layout="vertical"
          onFinish={submit}
          initialValues={{ occurredOn: dayjs(), currency: 'CNY' }}
        >
          <Form.Item
            name="type"
            label={translate('customers.transactions.type')}
            rules={[{ required: true, message: translate('validation.required') }]}
          >
            <Select options={types} />
          </Form.Item>
          <Form.Item
            name="occurredOn"
            label={translate('customers.transactions.occurredOn')}
            rules={[{ required: true, message: translate('validation.required') }]}
          >
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item
            name="amount"
            label={translate('customers.transactions.amount')}
            rules={[{ required: true, message: translate('validation.required') }]}
          >
            <Input inputMode="decimal" />
          </Form.Item>
          <Form.Item name="currency" label={translate('customerActions.transactions.currency')}>
            <Input maxLength={3} />
          </Form.Item>
          <Form.Item name="product" label={translate('customers.transactions.product')}>
            <Input />
          </Form.Item>
          <Form.Item name="note" label={translate('customers.transactions.note')}>
            <Input.TextArea rows={2} />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
