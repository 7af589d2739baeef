import { Input, Rate, Space, Table, Tag } from 'antd';
import { FilterDropdown, List, ShowButton, getDefaultSortOrder, useTable } from '@refinedev/antd';
import { getDefaultFilter, useTranslate } from '@refinedev/core';
import { Link } from 'react-router';
import type { ContactsListQuery } from '../../graphql/graphql';
import { SearchFormAnchor } from '../../components/SearchFormAnchor';
import { CONTACTS_LIST_QUERY } from './queries';
import { labelPageLinks } from '../../components/pagination';

type ContactRow = ContactsListQuery['contacts']['nodes'][number];

export function ContactList() {
  const translate = useTranslate();
  const { tableProps, sorters, filters, searchFormProps } = useTable<ContactRow>({
    resource: 'contacts',
    meta: { gqlQuery: CONTACTS_LIST_QUERY },
    pagination: { pageSize: 20 },
    syncWithLocation: true,
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
        data-testid="contacts-table"
      >
        <Table.Column<ContactRow>
          dataIndex="name"
          key="name"
          title={translate('contacts.fields.name')}
          sorter
          defaultSortOrder={getDefaultSortOrder('name', sorters)}
          defaultFilteredValue={getDefaultFilter('name', filters, 'contains')}
          filterDropdown={(props) => (
            <FilterDropdown {...props}>
              <Input placeholder={translate('common.search')} />
            </FilterDropdown>
          )}
          render={(value: string, record) => (
            <Link to={`/contacts/show/${record.id}`}>{value}</Link>
          )}
        />
        <Table.Column<ContactRow>
          dataIndex="title"
          key="title"
          title={translate('contacts.fields.title')}
          sorter
          defaultSortOrder={getDefaultSortOrder('title', sorters)}
        />
        <Table.Column<ContactRow>
          dataIndex="departmentName"
          key="departmentName"
          title={translate('contacts.fields.departmentName')}
        />
        <Table.Column<ContactRow>
          dataIndex="mobile"
          key="mobile"
          title={translate('contacts.fields.mobile')}
        />
        <Table.Column<ContactRow>
          dataIndex="email"
          key="email"
          title={translate('contacts.fields.email')}
        />
        <Table.Column<ContactRow>
          key="customers"
          title={translate('contacts.fields.customers')}
          render={(_, record) => (
            <Space size={[0, 4]} wrap>
              {record.customers.map((customer) => (
                <Tag key={customer.id}>
                  <Link to={`/customers/show/${customer.id}`}>{customer.name}</Link>
                </Tag>
              ))}
            </Space>
          )}
        />
        <Table.Column<ContactRow>
          dataIndex="closeness"
          key="closeness"
          title={translate('contacts.fields.closeness')}
          sorter
          defaultSortOrder={getDefaultSortOrder('closeness', sorters)}
          render={(value: number | null) =>
            value ? <Rate disabled value={value} style={{ fontSize: 12 }} /> : '—'
          }
        />
        <Table.Column<ContactRow>
          key="actions"
          title={translate('table.actions')}
          render={(_, record) => (
            <ShowButton
              hideText
              aria-label={translate('buttons.show')}
              size="small"
              recordItemId={record.id}
            />
          )}
        />
      </Table>
    </List>
  );
}
