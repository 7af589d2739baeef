import { Alert, Button, Space, Typography } from 'antd';
import { useTranslate } from '@refinedev/core';
import { useGqlQuery } from '../../dictionaries/gql';
import { CUSTOMER_PENDING_CHANGES_QUERY } from '../queries';
import { dateTime as accessDateTime, diffFieldLabels, useFieldLabels } from '../../access/shared';
import type { Customer } from './common';

/** A notice over the tabs while changes to protected fields of this customer await approval. */
export function PendingChanges({
  customerId,
  kind,
  onOpen,
}: {
  customerId: string;
  kind: Customer['kind'];
  onOpen: () => void;
}) {
  const translate = useTranslate();
  const label = useFieldLabels();
  const query = useGqlQuery(CUSTOMER_PENDING_CHANGES_QUERY, { id: customerId });
  const pending = (query.data?.customer.changeRequests ?? []).filter(
    (request) => request.status === 'PENDING',
  );
  if (pending.length === 0) return null;
  return (
    <Alert
      type="warning"
      showIcon
      style={{ marginBottom: 16 }}
      data-testid="pending-changes"
      message={translate('customers.pendingChanges.title', { count: pending.length })}
      description={
        <Space direction="vertical" size={0}>
          {pending.map((request) => (
            <Typography.Text key={request.id}>
              {translate('customers.pendingChanges.item', {
                fields: diffFieldLabels(
                  request.diff,
                  (key) => label(key, kind),
                  translate('common.listSeparator'),
                ),
                name: request.requester?.displayName ?? '—',
                at: accessDateTime(request.createdAt),
                approver: request.approver?.displayName ?? translate('access.adminsDecide'),
              })}
            </Typography.Text>
          ))}
        </Space>
      }
      action={
        <Button size="small" onClick={onOpen} data-testid="pending-changes-open">
          {translate('customers.pendingChanges.open')}
        </Button>
      }
    />
  );
}
