import { useEffect, useState } from 'react';
import { Input, Space, Table, Tabs } from 'antd';
import { CreateButton, List, ShowButton, EditButton, getDefaultSortOrder, useTable } from '@refinedev/antd';
import { useCan, useGo, useTranslate } from '@refinedev/core';
import { useSearchParams } from 'react-router';
import type { CustomerKind, CustomersListQuery } from '../../graphql/graphql';
import { SearchFormAnchor } from '../../components/SearchFormAnchor';
import { CUSTOMERS_LIST_QUERY } from './queries';
import { DictTag, StatusTag, formatMoney } from './shared';

export type CustomerRow = CustomersListQuery['customers']['nodes'][number];

export function CustomerList() {
  const translate = useTranslate();
  const go = useGo();
  const [searchParams, setSearchParams] = useSearchParams();
  const [search, setSearch] = useState(searchParams.get('q') ?? '');
  const appliedSearch = searchParams.get('q') ?? '';
  const { data: canCreate } = useCan({ resource: 'customers', action: 'create' });

  const { tableProps, sorters, filters, setFilters, searchFormProps } = useTable<CustomerRow>({
    resource: 'customers',
    meta: { gqlQuery: CUSTOMERS_LIST_QUERY, gqlVariables: appliedSearch ? { search: appliedSearch } : {} },
    pagination: { pageSize: 20 },
    syncWithLocation: true,
    sorters: { initial: [{ field: 'number', order: 'desc' }] },
    filters: { initial: [{ field: 'kind', operator: 'eq', value: 'ENTERPRISE' }] },
  });

  const kindFilter = filters.find((filter) => 'field' in filter && filter.field === 'kind');
  const kind = ((kindFilter?.value as CustomerKind | undefined) ?? 'ENTERPRISE') as CustomerKind;
  const enterprise = kind === 'ENTERPRISE';

  useEffect(() => setSearch(appliedSearch), [appliedSearch]);

  const applySearch = (value: string) => {
    const next = new URLSearchParams(window.location.search);
    if (value.trim()) next.set('q', value.trim());
    else next.delete('q');
    next.set('currentPage', '1');
    setSearchParams(next);
  };

  return (
    <List
      headerButtons={
        canCreate?.can ? (
          <CreateButton
            data-testid="customer-create"
            onClick={() => go({ to: `/customers/create?kind=${kind}` })}
          >
            {translate('customers.actions.new')}
          </CreateButton>
        ) : null
      }
    >
      <SearchFormAnchor formProps={searchFormProps} />
      <Tabs
        activeKey={kind}
        onChange={(key) => setFilters([{ field: 'kind', operator: 'eq', value: key }], 'replace')}
        items={[
          { key: 'ENTERPRISE', label: translate('customers.kinds.ENTERPRISE') },
          { key: 'INDIVIDUAL', label: translate('customers.kinds.INDIVIDUAL') },
        ]}
      />
      <Space style={{ marginBottom: 12 }}>
        <Input.Search
          allowClear
          data-testid="customer-search"
          style={{ width: 360 }}
          placeholder={translate('customers.searchPlaceholder')}
          value={search}
          onChange={(event) => setSearch(event.target.value)}
          onSearch={applySearch}
        />
      </Space>
      <Table {...tableProps} rowKey="id" data-testid="customers-table" scroll={{ x: 1100 }}>
        <Table.Column<CustomerRow>
          dataIndex="number"
          key="number"
          title={translate('customers.fields.number')}
          sorter
          defaultSortOrder={getDefaultSortOrder('number', sorters)}
        />
        <Table.Column<CustomerRow>
          dataIndex="name"
          key="name"
          title={translate(enterprise ? 'customers.fields.enterpriseName' : 'customers.fields.personName')}
          sorter
          defaultSortOrder={getDefaultSortOrder('name', sorters)}
          render={(value: string, record) => <a onClick={() => go({ to: `/customers/show/${record.id}` })}>{value}</a>}
        />
        <Table.Column<CustomerRow>
          dataIndex="kind"
          key="kind"
          title={translate('customers.fields.kind')}
          render={(value: CustomerKind) => translate(`customers.kinds.${value}`)}
        />
        <Table.Column<CustomerRow>
          key="grade"
          title={translate('customers.fields.grade')}
          render={(_, record) => <DictTag item={record.grade} />}
        />
        {enterprise && (
          <Table.Column<CustomerRow>
            key="region"
            title={translate('customers.fields.region')}
            render={(_, record) => record.region?.label ?? '—'}
          />
        )}
        <Table.Column<CustomerRow>
          key="owner"
          dataIndex="ownerId"
          title={translate('customers.fields.owner')}
          sorter
          defaultSortOrder={getDefaultSortOrder('ownerId', sorters)}
          render={(_, record) => record.owner?.displayName ?? '—'}
        />
        <Table.Column<CustomerRow>
          dataIndex="status"
          key="status"
          title={translate('customers.fields.status')}
          sorter
          defaultSortOrder={getDefaultSortOrder('status', sorters)}
          render={(value) => <StatusTag status={value} />}
        />
        <Table.Column<CustomerRow>
          dataIndex="lastTransactionOn"
          key="lastTransactionOn"
          title={translate('customers.fields.lastTransactionOn')}
          sorter
          defaultSortOrder={getDefaultSortOrder('lastTransactionOn', sorters)}
          render={(value: string | null) => value ?? '—'}
        />
        <Table.Column<CustomerRow>
          key="totalAmount"
          align="right"
          title={translate('customers.fields.totalAmount')}
          render={(_, record) => formatMoney(record.transactionSummary.totalAmount)}
        />
        <Table.Column<CustomerRow>
          key="actions"
          title={translate('table.actions')}
          fixed="right"
          render={(_, record) => (
            <Space>
              <ShowButton hideText size="small" recordItemId={record.id} />
              <EditButton hideText size="small" recordItemId={record.id} />
            </Space>
          )}
        />
      </Table>
    </List>
  );
}
