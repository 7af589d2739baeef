import { Rate, Space, Table, Tag } from 'antd';
import { useTranslate } from '@refinedev/core';
import { Link } from 'react-router';
import { DeleteButton, type Tabs } from './common';

export function RelationshipsTable({
  edges,
  onDelete,
}: {
  edges: Tabs['relationships'];
  /** Shows a delete button per edge when given. */
  onDelete?: (relationshipId: string) => Promise<unknown>;
}) {
  const translate = useTranslate();
  return (
    <Table
      rowKey={(edge) => `${edge.relationship.id}-${edge.direction}`}
      size="small"
      pagination={false}
      scroll={{ x: true }}
      dataSource={edges}
      columns={[
        {
          key: 'label',
          title: translate('customers.relationships.label'),
          render: (_, edge) => <Tag color="geekblue">{edge.label}</Tag>,
        },
        {
          key: 'other',
          title: translate('customers.relationships.other'),
          render: (_, edge) => {
            const other = edge.other;
            if (!other) return '—';
            const isCustomer = other.__typename === 'Customer';
            return (
              <Space>
                <Tag>
                  {translate(isCustomer ? 'customers.graph.customer' : 'customers.graph.contact')}
                </Tag>
                <Link
                  to={isCustomer ? `/customers/show/${other.id}` : `/contacts/show/${other.id}`}
                >
                  {other.name}
                </Link>
              </Space>
            );
          },
        },
        {
          key: 'since',
          title: translate('customers.relationships.since'),
          render: (_, edge) => edge.relationship.since ?? '—',
        },
        {
          key: 'strength',
          title: translate('customers.relationships.strength'),
          render: (_, edge) =>
            edge.relationship.strength ? (
              <Rate disabled value={edge.relationship.strength} style={{ fontSize: 12 }} />
            ) : (
              '—'
            ),
        },
        ...(onDelete
          ? [
              {
                key: 'actions',
                title: translate('customerActions.column'),
                render: (_: unknown, edge: Tabs['relationships'][number]) => (
                  <DeleteButton
                    label={translate('customerActions.relationships.delete', {
                      label: edge.label,
                      name: edge.other?.name ?? '',
                    })}
                    confirm={translate('customerActions.relationships.deleteConfirm')}
                    testId={`relationship-delete-${edge.relationship.id}`}
                    onConfirm={() => onDelete(edge.relationship.id)}
                  />
                ),
              },
            ]
          : []),
      ]}
    />
  );
}
