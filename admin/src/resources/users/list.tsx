import { Input, Select, Space, Table, Tag } from 'antd';
import {
  DateField,
  DeleteButton,
  EditButton,
  FilterDropdown,
  List,
  getDefaultSortOrder,
  useSelect,
  useTable,
} from '@refinedev/antd';
import { getDefaultFilter, useTranslate } from '@refinedev/core';
import type { UsersListQuery } from '../../graphql/graphql';
import { DEPARTMENTS_SELECT_QUERY } from '../departments/queries';
import { DELETE_USER_MUTATION, USERS_LIST_QUERY } from './queries';
import { SearchFormAnchor } from '../../components/SearchFormAnchor';
import { labelPageLinks } from '../../components/pagination';

export type UserRow = UsersListQuery['users']['nodes'][number];

export function UserList() {
  const translate = useTranslate();
  const { tableProps, sorters, filters, searchFormProps } = useTable<UserRow>({
    resource: 'users',
    meta: { gqlQuery: USERS_LIST_QUERY },
    pagination: { pageSize: 20 },
    sorters: { initial: [{ field: 'username', order: 'asc' }] },
    filters: {
      initial: [
        { field: 'username', operator: 'contains', value: undefined },
        { field: 'displayName', operator: 'contains', value: undefined },
        { field: 'departmentId', operator: 'in', value: undefined },
        { field: 'active', operator: 'eq', value: undefined },
      ],
    },
  });

  const { selectProps: departmentSelectProps } = useSelect({
    resource: 'departments',
    optionLabel: 'name',
    optionValue: 'id',
    meta: { gqlQuery: DEPARTMENTS_SELECT_QUERY },
    pagination: { pageSize: 200, mode: 'server' },
  });

  return (
    <List>
      <SearchFormAnchor formProps={searchFormProps} />
      <Table
        {...tableProps}
        pagination={labelPageLinks(tableProps.pagination, translate)}
        rowKey="id"
        data-testid="users-table"
      >
        <Table.Column<UserRow>
          dataIndex="username"
          key="username"
          title={translate('users.fields.username')}
          sorter
          defaultSortOrder={getDefaultSortOrder('username', sorters)}
          defaultFilteredValue={getDefaultFilter('username', filters, 'contains')}
          filterDropdown={(props) => (
            <FilterDropdown {...props}>
              <Input placeholder={translate('common.search')} />
            </FilterDropdown>
          )}
        />
        <Table.Column<UserRow>
          dataIndex="displayName"
          key="displayName"
          title={translate('users.fields.displayName')}
          sorter
          defaultSortOrder={getDefaultSortOrder('displayName', sorters)}
          defaultFilteredValue={getDefaultFilter('displayName', filters, 'contains')}
          filterDropdown={(props) => (
            <FilterDropdown {...props}>
              <Input placeholder={translate('common.search')} />
            </FilterDropdown>
          )}
        />
        <Table.Column<UserRow>
          dataIndex="departmentId"
          key="departmentId"
          title={translate('users.fields.department')}
          render={(_, record) => record.department?.name ?? '—'}
          defaultFilteredValue={getDefaultFilter('departmentId', filters, 'in')}
          filterDropdown={(props) => (
            <FilterDropdown {...props}>
              <Select {...departmentSelectProps} mode="multiple" style={{ minWidth: 200 }} />
            </FilterDropdown>
          )}
        />
        <Table.Column<UserRow>
          key="roles"
          title={translate('users.fields.roles')}
          render={(_, record) => (
            <Space size={[0, 4]} wrap>
              {record.roles.map((role) => (
                <Tag key={role.id}>{role.name}</Tag>
              ))}
            </Space>
          )}
        />
        <Table.Column<UserRow>
          dataIndex="active"
          key="active"
          title={translate('users.fields.active')}
          render={(_, record) =>
            record.active ? (
              <Tag color="green">{translate('users.status.active')}</Tag>
            ) : (
              <Tag>{translate('users.status.inactive')}</Tag>
            )
          }
          filters={[
            { text: translate('users.status.active'), value: true },
            { text: translate('users.status.inactive'), value: false },
          ]}
          filterMultiple={false}
          defaultFilteredValue={getDefaultFilter('active', filters, 'eq')}
        />
        <Table.Column<UserRow>
          dataIndex="createdAt"
          key="createdAt"
          title={translate('users.fields.createdAt')}
          sorter
          defaultSortOrder={getDefaultSortOrder('createdAt', sorters)}
          render={(value: string) => <DateField value={value} format="YYYY-MM-DD HH:mm" />}
        />
        <Table.Column<UserRow>
          key="actions"
          title={translate('table.actions')}
          render={(_, record) => (
            <Space>
              <EditButton
                hideText
                aria-label={translate('buttons.edit')}
                size="small"
                recordItemId={record.id}
              />
              <DeleteButton
                hideText
                aria-label={translate('buttons.delete')}
                size="small"
                recordItemId={record.id}
                meta={{ gqlMutation: DELETE_USER_MUTATION }}
              />
            </Space>
          )}
        />
      </Table>
    </List>
  );
}
