import { Alert, Space, Table, Tag, Typography } from 'antd';
import { useTranslate } from '@refinedev/core';
import type { CustomerRow } from '../columns';

/** One row of a bulk action's answer (the shape every bulk mutation returns). */
export interface BulkOutcome {
  id: string;
  ok: boolean;
  customer?: { id: string; submittedChangeRequest?: { id: string } | null } | null;
  error?: { code: string; message: string; path?: string | null } | null;
}

type Result = 'done' | 'approval' | 'failed';
const resultOf = (outcome: BulkOutcome): Result =>
  !outcome.ok ? 'failed' : outcome.customer?.submittedChangeRequest ? 'approval' : 'done';
const TAG_COLOR: Record<Result, string> = { done: 'success', approval: 'gold', failed: 'error' };

/** The per-customer outcome of a bulk action: number and name, then done / sent for approval / why not. */
export function BulkResults({
  outcomes,
  rows,
}: {
  outcomes: BulkOutcome[];
  rows: Pick<CustomerRow, 'id' | 'number' | 'name'>[];
}) {
  const translate = useTranslate();
  const byId = new Map(rows.map((row) => [row.id, row]));
  const counts = { done: 0, approval: 0, failed: 0 };
  for (const outcome of outcomes) counts[resultOf(outcome)] += 1;
  return (
    <Space direction="vertical" style={{ width: '100%' }} data-testid="customer-bulk-results">
      <Alert
        type={counts.failed ? 'warning' : 'success'}
        showIcon
        message={translate('customers.bulk.summary', counts)}
      />
      <Table<BulkOutcome>
        size="small"
        rowKey="id"
        pagination={outcomes.length > 10 ? { pageSize: 10, size: 'small' } : false}
        dataSource={outcomes}
        columns={[
          {
            key: 'customer',
            title: translate('customers.bulk.customer'),
            render: (_, outcome) => {
              const row = byId.get(outcome.id);
              return row ? (
                <Space direction="vertical" size={0}>
                  <Typography.Text type="secondary">{row.number ?? '—'}</Typography.Text>
                  <Typography.Text>{row.name}</Typography.Text>
                </Space>
              ) : (
                `#${outcome.id}`
              );
            },
          },
          {
            key: 'result',
            title: translate('customers.bulk.result'),
            render: (_, outcome) => {
              const result = resultOf(outcome);
              return (
                <Space direction="vertical" size={0} data-result={result}>
                  <Tag color={TAG_COLOR[result]}>
                    {translate(`customers.bulk.results.${result}`)}
                  </Tag>
                  {outcome.error && (
                    <Typography.Text type="danger">{outcome.error.message}</Typography.Text>
                  )}
                </Space>
              );
            },
          },
        ]}
      />
    </Space>
  );
}
