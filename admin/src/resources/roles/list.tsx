import { Input, Space, Table, Tag, Typography } from 'antd';
import {
  DeleteButton,
  EditButton,
  FilterDropdown,
  List,
  getDefaultSortOrder,
  useTable,
} from '@refinedev/antd';
import { getDefaultFilter, useTranslate } from '@refinedev/core';
import { useTranslation } from 'react-i18next';
import type { RolesListQuery } from '../../graphql/graphql';
import { isLocale } from '../../i18n';
import { DELETE_ROLE_MUTATION, ROLES_LIST_QUERY } from './queries';
import { permissionLabel } from './labels';
import { SearchFormAnchor } from '../../components/SearchFormAnchor';
import { labelPageLinks } from '../../components/pagination';

type RoleRow = RolesListQuery['roles']['nodes'][number];

export function RoleList() {
  const translate = useTranslate();
  const { i18n } = useTranslation();
  const locale = isLocale(i18n.language) ? i18n.language : 'zh-CN';
  const { tableProps, sorters, filters, searchFormProps } = useTable<RoleRow>({
    resource: 'roles',
    meta: { gqlQuery: ROLES_LIST_QUERY },
    pagination: { pageSize: 20 },
    sorters: { initial: [{ field: 'name', order: 'asc' }] },
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
        <Table.Column<RoleRow>
          dataIndex="name"
          key="name"
          title={translate('roles.fields.name')}
          sorter
          defaultSortOrder={getDefaultSortOrder('name', sorters)}
          defaultFilteredValue={getDefaultFilter('name', filters, 'contains')}
          filterDropdown={(props) => (
            <FilterDropdown {...props}>
              <Input placeholder={translate('common.search')} />
            </FilterDropdown>
          )}
        />
        <Table.Column<RoleRow>
          dataIndex="description"
          key="description"
          title={translate('roles.fields.description')}
          render={(value: string | null) => (
            <Typography.Text type="secondary">{value || '—'}</Typography.Text>
          )}
        />
        <Table.Column<RoleRow>
          key="permissions"
          title={translate('roles.fields.permissions')}
          render={(_, record) => (
            <Space size={[0, 4]} wrap>
              {record.permissions.map((permission) => (
                <Tag key={permission} title={permission}>
                  {permissionLabel(permission, locale)}
                </Tag>
              ))}
            </Space>
          )}
        />
        <Table.Column<RoleRow>
          dataIndex="dataScope"
          key="dataScope"
          title={translate('roles.fields.dataScope')}
          render={(value: string) => translate(`roles.dataScopes.${value}`)}
        />
        <Table.Column<RoleRow>
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
                meta={{ gqlMutation: DELETE_ROLE_MUTATION }}
              />
            </Space>
          )}
        />
      </Table>
    </List>
  );
}
