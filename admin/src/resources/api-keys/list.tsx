import { Button, Input, Popconfirm, Table, Tag } from 'antd';
import { StopOutlined } from '@ant-design/icons';
import { DateField, FilterDropdown, List, getDefaultSortOrder, useTable } from '@refinedev/antd';
import {
  getDefaultFilter,
  useCan,
  useCustomMutation,
  useInvalidate,
  useTranslate,
} from '@refinedev/core';
import type { ApiKeysListQuery } from '../../graphql/graphql';
import { API_KEYS_LIST_QUERY, REVOKE_API_KEY_MUTATION } from './queries';
import { SearchFormAnchor } from '../../components/SearchFormAnchor';
import { labelPageLinks } from '../../components/pagination';

type ApiKeyRow = ApiKeysListQuery['apiKeys']['nodes'][number];

function RevokeButton({ record }: { record: ApiKeyRow }) {
  const translate = useTranslate();
  const invalidate = useInvalidate();
  const { data: access } = useCan({
    resource: 'apiKeys',
    action: 'delete',
    params: { id: record.id },
  });
  const { mutate, mutation } = useCustomMutation();
  if (record.revokedAt || !access?.can) return null;
  return (
    <Popconfirm
      title={translate('apiKeys.revokeConfirm')}
      okText={translate('apiKeys.revoke')}
      cancelText={translate('buttons.cancel')}
      okButtonProps={{ danger: true }}
      onConfirm={() =>
        mutate(
          {
            url: '',
            method: 'post',
            values: { id: record.id },
            meta: { gqlMutation: REVOKE_API_KEY_MUTATION },
            successNotification: () => ({ message: translate('apiKeys.revoked'), type: 'success' }),
          },
          { onSuccess: () => void invalidate({ resource: 'apiKeys', invalidates: ['list'] }) },
        )
      }
    >
      <Button danger size="small" icon={<StopOutlined />} loading={mutation.isPending}>
        {translate('apiKeys.revoke')}
      </Button>
    </Popconfirm>
  );
}

export function ApiKeyList() {
  const translate = useTranslate();
  const { tableProps, sorters, filters, searchFormProps } = useTable<ApiKeyRow>({
    resource: 'apiKeys',
    meta: { gqlQuery: API_KEYS_LIST_QUERY },
    pagination: { pageSize: 20 },
    sorters: { initial: [{ field: 'createdAt', order: 'desc' }] },
    filters: { initial: [{ field: 'name', operator: 'contains', value: undefined }] },
  });

  return (
    <List>
      <SearchFormAnchor formProps={searchFormProps} />
      <Table
        {...tableProps}
        pagination={labelPageLinks(tableProps.pagination, translate)}
        rowKey="id"
      >
        <Table.Column<ApiKeyRow>
          dataIndex="name"
          key="name"
          title={translate('apiKeys.fields.name')}
          sorter
          defaultSortOrder={getDefaultSortOrder('name', sorters)}
          defaultFilteredValue={getDefaultFilter('name', filters, 'contains')}
          filterDropdown={(props) => (
            <FilterDropdown {...props}>
              <Input placeholder={translate('common.search')} />
            </FilterDropdown>
          )}
        />
        <Table.Column<ApiKeyRow>
          dataIndex="prefix"
          key="prefix"
          title={translate('apiKeys.fields.prefix')}
          render={(value: string) => <code>{value}…</code>}
        />
        <Table.Column<ApiKeyRow>
          key="role"
          title={translate('apiKeys.fields.role')}
          render={(_, record) => record.role?.name ?? '—'}
        />
        <Table.Column<ApiKeyRow>
          key="department"
          title={translate('apiKeys.fields.department')}
          render={(_, record) => record.department?.name ?? '—'}
        />
        <Table.Column<ApiKeyRow>
          dataIndex="createdAt"
          key="createdAt"
          title={translate('apiKeys.fields.createdAt')}
          sorter
          defaultSortOrder={getDefaultSortOrder('createdAt', sorters)}
          render={(value: string) => <DateField value={value} format="YYYY-MM-DD HH:mm" />}
        />
        <Table.Column<ApiKeyRow>
          dataIndex="lastUsedAt"
          key="lastUsedAt"
          title={translate('apiKeys.fields.lastUsedAt')}
          sorter
          render={(value: string | null) =>
            value ? <DateField value={value} format="YYYY-MM-DD HH:mm" /> : '—'
          }
        />
        <Table.Column<ApiKeyRow>
          key="status"
          title={translate('apiKeys.fields.status')}
          render={(_, record) =>
            record.revokedAt ? (
              <Tag color="red">{translate('apiKeys.status.revoked')}</Tag>
            ) : (
              <Tag color="green">{translate('apiKeys.status.active')}</Tag>
            )
          }
        />
        <Table.Column<ApiKeyRow>
          key="actions"
          title={translate('table.actions')}
          render={(_, record) => <RevokeButton record={record} />}
        />
      </Table>
    </List>
  );
}
