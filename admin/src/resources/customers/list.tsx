import { useEffect, useMemo, useState } from 'react';
import {
  Alert,
  Button,
  Checkbox,
  Empty,
  Input,
  Popover,
  Select,
  Space,
  Table,
  Tabs,
  type TableColumnType,
} from 'antd';
import { SettingOutlined } from '@ant-design/icons';
import {
  CreateButton,
  EditButton,
  List,
  ShowButton,
  getDefaultSortOrder,
  useTable,
} from '@refinedev/antd';
import {
  useCan,
  useGo,
  useParsed,
  usePermissions,
  useTranslate,
  type CrudFilter,
} from '@refinedev/core';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { CustomerKind, CustomerStatus } from '../../graphql/graphql';
import { SearchFormAnchor } from '../../components/SearchFormAnchor';
import { errorMessage, useGqlQuery } from '../dictionaries/gql';
import {
  DEFAULT_COLUMNS,
  SORTABLE_FIELDS,
  SYSTEM_COLUMNS,
  listableFields,
  renderCardValue,
  type CustomerRow,
} from './columns';
import {
  DICTIONARY_FILTERS,
  DictionaryFilter,
  FILTER_KEYS,
  subtreeIds,
  useFilterOptions,
  type FilterKey,
} from './filters';
import { CUSTOMER_CARD_QUERY, CUSTOMER_USERS_QUERY, CUSTOMERS_LIST_QUERY } from './queries';
import { CUSTOMER_STATUSES, StatusTag, formatMoney, type CustomerCardField } from './shared';
import { useBulkSelection } from './BulkActions';
import { SavedViews } from './saved-views/SavedViews';
import { searchButton } from '../../components/SearchButton';
import { labelPageLinks } from '../../components/pagination';

export type { CustomerRow } from './columns';

const PAGE_SIZES = [10, 20, 50];
export const columnsKey = (kind: CustomerKind) => `dossier.customers.columns.${kind}`;

function readColumns(kind: CustomerKind): string[] {
  try {
    const stored = JSON.parse(localStorage.getItem(columnsKey(kind)) ?? 'null') as unknown;
    return Array.isArray(stored) ? stored.map(String) : DEFAULT_COLUMNS;
  } catch {
    return DEFAULT_COLUMNS;
  }
}

/** The column choice per kind, remembered in localStorage; `null` restores the default. */
function useStoredColumns(kind: CustomerKind): [string[], (keys: string[] | null) => void] {
  const [stored, setStored] = useState(() => ({ kind, columns: readColumns(kind) }));
  const columns = stored.kind === kind ? stored.columns : readColumns(kind);
  const save = (keys: string[] | null) => {
    try {
      if (keys) localStorage.setItem(columnsKey(kind), JSON.stringify(keys));
      else localStorage.removeItem(columnsKey(kind));
    } catch {
      // not remembered; still applied
    }
    setStored({ kind, columns: keys ?? DEFAULT_COLUMNS });
  };
  return [columns, save];
}

/** Ids in a URL parameter: `grade=3,4`. */
function idsParam(params: URLSearchParams, key: string): string[] {
  return (params.get(key) ?? '').split(',').filter((id) => /^\d+$/.test(id));
}

function crudValue(filters: CrudFilter[], field: string): unknown {
  const found = filters.find((filter) => 'field' in filter && filter.field === field);
  return found?.value;
}

export function CustomerList() {
  const translate = useTranslate();
  const { i18n } = useTranslation();
  const go = useGo();
  const [searchParams, setSearchParams] = useSearchParams();
  const appliedSearch = searchParams.get('q') ?? '';
  const [search, setSearch] = useState(appliedSearch);
  const { data: canCreate } = useCan({ resource: 'customers', action: 'create' });
  const { data: permissions } = usePermissions<string[]>({});
  const canListUsers = (permissions ?? []).includes('user.manage');

  // Kind comes from the URL before the table exists: the card, filters and columns depend on it.
  const { params } = useParsed();
  const urlKind = params?.filters ? crudValue(params.filters, 'kind') : undefined;
  const [kind, setKind] = useState<CustomerKind>(
    urlKind === 'INDIVIDUAL' ? 'INDIVIDUAL' : 'ENTERPRISE',
  );
  const card = useGqlQuery(CUSTOMER_CARD_QUERY, { kind });
  const cardFields = useMemo(() => (card.data?.dataCard ?? []) as CustomerCardField[], [card.data]);
  const fieldByKey = useMemo(
    () => new Map(cardFields.map((field) => [field.key, field])),
    [cardFields],
  );
  const filterOptions = useFilterOptions(kind, cardFields);
  const [visible, setVisible] = useStoredColumns(kind);

  // Dictionary filters live in the URL as chosen item ids (`region=5`); a tree item means its whole subtree.
  const selected = useMemo(
    () =>
      Object.fromEntries(FILTER_KEYS.map((key) => [key, idsParam(searchParams, key)])) as Record<
        FilterKey,
        string[]
      >,
    [searchParams],
  );
  const pendingOptions = FILTER_KEYS.some(
    (key) => selected[key].length > 0 && (filterOptions[key]?.loading ?? true),
  );
  const extraFilter = useMemo(() => {
    const filter: Record<string, { in: string[] }> = {};
    for (const key of FILTER_KEYS) {
      const options = filterOptions[key];
      if (!options || selected[key].length === 0) continue;
      filter[DICTIONARY_FILTERS[key]] = {
        in: [...new Set(selected[key].flatMap((id) => subtreeIds(id, options.childrenOf)))],
      };
    }
    return filter;
  }, [filterOptions, selected]);

  const customColumnsShown = visible.some(
    (key) => fieldByKey.get(key) && !fieldByKey.get(key)!.builtIn,
  );
  const {
    tableProps,
    tableQuery,
    sorters,
    setSorters,
    filters,
    setFilters,
    setCurrentPage,
    searchFormProps,
  } = useTable<CustomerRow>({
    resource: 'customers',
    meta: {
      gqlQuery: CUSTOMERS_LIST_QUERY,
      gqlVariables: {
        ...(appliedSearch ? { search: appliedSearch } : {}),
        withCustomFields: customColumnsShown,
      },
      extraFilter,
      locale: i18n.language,
    },
    pagination: { pageSize: 20 },
    syncWithLocation: true,
    sorters: { initial: [{ field: 'number', order: 'desc' }] },
    filters: { initial: [{ field: 'kind', operator: 'eq', value: 'ENTERPRISE' }] },
    queryOptions: { enabled: !pendingOptions },
  });

  const bulk = useBulkSelection(() => void tableQuery.refetch());
  const tableKind = (crudValue(filters, 'kind') as CustomerKind | undefined) ?? 'ENTERPRISE';
  useEffect(() => setKind(tableKind), [tableKind]);
  useEffect(() => setSearch(appliedSearch), [appliedSearch]);

  /** Writes URL parameters of this page (search, dictionary filters) and goes back to page 1. */
  const updateParams = (change: (params: URLSearchParams) => void) => {
    const next = new URLSearchParams(window.location.search);
    change(next);
    next.set('currentPage', '1');
    setSearchParams(next);
    setCurrentPage(1);
  };
  const applySearch = (value: string) =>
    updateParams((next) => {
      if (value.trim()) next.set('q', value.trim());
      else next.delete('q');
    });
  const setDictionaryFilter = (key: FilterKey, ids: string[]) =>
    updateParams((next) => {
      if (ids.length > 0) next.set(key, ids.join(','));
      else next.delete(key);
    });
  const setCrudFilter = (field: string, value: unknown[] | undefined) => {
    setFilters(
      [{ field, operator: 'in', value: value && value.length > 0 ? value : undefined }],
      'merge',
    );
    setCurrentPage(1);
  };
  const clearFilters = () => {
    updateParams((next) => {
      for (const key of FILTER_KEYS) next.delete(key);
      next.delete('q');
    });
    setFilters([{ field: 'kind', operator: 'eq', value: kind }], 'replace');
  };
  const switchKind = (next: CustomerKind) => {
    updateParams((params) => {
      for (const key of FILTER_KEYS) params.delete(key);
    });
    setFilters([{ field: 'kind', operator: 'eq', value: next }], 'replace');
  };

  const users = useGqlQuery(
    CUSTOMER_USERS_QUERY,
    { paging: { limit: 200 } },
    { enabled: canListUsers },
  );
  const statusValue = (crudValue(filters, 'status') as CustomerStatus[] | undefined) ?? [];
  const ownerValue = ((crudValue(filters, 'ownerId') as unknown[] | undefined) ?? []).map(String);
  const anyFilter =
    !!appliedSearch ||
    FILTER_KEYS.some((key) => selected[key].length > 0) ||
    statusValue.length > 0 ||
    ownerValue.length > 0;

  const enterprise = kind === 'ENTERPRISE';
  const yesNo: [string, string] = [translate('common.yes', 'Yes'), translate('common.no', 'No')];
  const cardColumns = listableFields(cardFields);
  const systemLabels: Record<(typeof SYSTEM_COLUMNS)[number], string> = {
    number: translate('customers.fields.number'),
    status: translate('customers.fields.status'),
    ownerId: translate('customers.fields.owner'),
    lastTransactionOn: translate('customers.fields.lastTransactionOn'),
    totalAmount: translate('customers.fields.totalAmount'),
    createdAt: translate('customers.fields.createdAt'),
  };
  const choices = [
    { value: 'number', label: systemLabels.number },
    ...cardColumns.map((field) => ({ value: field.key, label: field.label })),
    ...SYSTEM_COLUMNS.filter((key) => key !== 'number').map((key) => ({
      value: key,
      label: systemLabels[key],
    })),
  ];

  const sortable = (key: string): Partial<TableColumnType<CustomerRow>> =>
    SORTABLE_FIELDS.has(key)
      ? { sorter: true, sortOrder: getDefaultSortOrder(key, sorters) ?? null }
      : {};
  const columns: TableColumnType<CustomerRow>[] = [];
  const shown = new Set(visible);
  if (shown.has('number'))
    columns.push({
      key: 'number',
      dataIndex: 'number',
      title: systemLabels.number,
      fixed: 'left',
      width: 150,
      ...sortable('number'),
    });
  columns.push({
    key: 'name',
    dataIndex: 'name',
    title:
      fieldByKey.get('name')?.label ??
      translate(enterprise ? 'customers.fields.enterpriseName' : 'customers.fields.personName'),
    ...sortable('name'),
    render: (value: string, record) => (
      <a onClick={() => go({ to: `/customers/show/${record.id}` })}>{value}</a>
    ),
  });
  for (const field of cardColumns) {
    if (!shown.has(field.key)) continue;
    columns.push({
      key: field.key,
      dataIndex: field.key,
      title: field.label,
      ...sortable(field.key),
      render: (_, record) => renderCardValue(field, record, yesNo),
    });
  }
  const systemColumns: Record<string, TableColumnType<CustomerRow>> = {
    ownerId: { dataIndex: 'ownerId', render: (_, record) => record.owner?.displayName ?? '—' },
    status: {
      dataIndex: 'status',
      render: (value: CustomerStatus) => <StatusTag status={value} />,
    },
    lastTransactionOn: {
      dataIndex: 'lastTransactionOn',
      render: (value: string | null) => value ?? '—',
    },
    totalAmount: {
      align: 'right',
      render: (_, record) => formatMoney(record.transactionSummary.totalAmount),
    },
    createdAt: { dataIndex: 'createdAt', render: (value: string) => value.slice(0, 10) },
  };
  for (const key of SYSTEM_COLUMNS) {
    if (key === 'number' || !shown.has(key)) continue;
    columns.push({ key, title: systemLabels[key], ...sortable(key), ...systemColumns[key] });
  }
  columns.push({
    key: 'actions',
    title: translate('table.actions'),
    fixed: 'right',
    width: 100,
    render: (_, record) => (
      <Space>
        <ShowButton
          hideText
          aria-label={translate('buttons.show')}
          size="small"
          recordItemId={record.id}
        />
        <EditButton
          hideText
          aria-label={translate('buttons.edit')}
          size="small"
          recordItemId={record.id}
        />
      </Space>
    ),
  });

  const pagination = tableProps.pagination
    ? {
        ...tableProps.pagination,
        showSizeChanger: true,
        pageSizeOptions: PAGE_SIZES,
        showTotal: (total: number) => translate('customers.list.total', { count: total }),
      }
    : false;
  const listError = tableQuery.error ?? card.error;

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
        onChange={(key) => switchKind(key as CustomerKind)}
        items={[
          { key: 'ENTERPRISE', label: translate('customers.kinds.ENTERPRISE') },
          { key: 'INDIVIDUAL', label: translate('customers.kinds.INDIVIDUAL') },
        ]}
      />
      <Space wrap style={{ marginBottom: 12 }} data-testid="customer-filters">
        <SavedViews
          target={{
            kind,
            columns: visible,
            filters,
            sorters,
            setFilters,
            setSorters,
            setCurrentPage,
            setColumns: setVisible,
            columnsKey,
          }}
        />
        <Input.Search
          enterButton={searchButton(translate('phone.search'))}
          allowClear
          data-testid="customer-search"
          style={{ width: 300 }}
          placeholder={translate('customers.searchPlaceholder')}
          value={search}
          onChange={(event) => setSearch(event.target.value)}
          onSearch={applySearch}
        />
        {FILTER_KEYS.map((key) => {
          const field = fieldByKey.get(key);
          const options = filterOptions[key];
          if (!field || field.active === false || !options) return null;
          return (
            <DictionaryFilter
              key={key}
              field={field}
              options={options}
              value={selected[key]}
              onChange={(ids) => setDictionaryFilter(key, ids)}
            />
          );
        })}
        <Select
          data-testid="customer-filter-status"
          mode="multiple"
          allowClear
          style={{ width: 200 }}
          maxTagCount="responsive"
          placeholder={translate('customers.fields.status')}
          value={statusValue}
          onChange={(value: CustomerStatus[]) => setCrudFilter('status', value)}
          options={CUSTOMER_STATUSES.map((status) => ({
            value: status,
            label: translate(`customers.status.${status}`),
          }))}
        />
        {canListUsers && (
          <Select
            data-testid="customer-filter-owner"
            mode="multiple"
            allowClear
            showSearch
            optionFilterProp="label"
            style={{ width: 200 }}
            maxTagCount="responsive"
            placeholder={translate('customers.fields.owner')}
            loading={users.isLoading}
            value={ownerValue}
            onChange={(value: string[]) => setCrudFilter('ownerId', value)}
            options={(users.data?.users.nodes ?? []).map((user) => ({
              value: user.id,
              label: user.displayName || user.username,
            }))}
          />
        )}
        {anyFilter && (
          <Button onClick={clearFilters}>{translate('customers.list.clearFilters')}</Button>
        )}
        <Popover
          trigger="click"
          placement="bottomRight"
          title={translate('customers.list.columns')}
          content={
            <div
              style={{ maxHeight: 360, overflowY: 'auto', width: 220 }}
              data-testid="customer-columns-panel"
            >
              <Checkbox.Group
                style={{ display: 'flex', flexDirection: 'column', gap: 4 }}
                value={visible}
                options={choices}
                onChange={(keys) => setVisible(keys.map(String))}
              />
              <Button
                type="link"
                size="small"
                style={{ paddingLeft: 0, marginTop: 8 }}
                onClick={() => setVisible(null)}
              >
                {translate('customers.list.resetColumns')}
              </Button>
            </div>
          }
        >
          <Button icon={<SettingOutlined />} data-testid="customer-columns">
            {translate('customers.list.columns')}
          </Button>
        </Popover>
      </Space>
      {listError ? (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 12 }}
          message={translate('customers.list.loadFailed')}
          description={errorMessage(listError)}
          action={
            <Button onClick={() => void tableQuery.refetch()}>{translate('home.retry')}</Button>
          }
        />
      ) : null}
      {bulk.toolbar}
      <Table<CustomerRow>
        {...tableProps}
        rowSelection={bulk.rowSelection}
        loading={tableProps.loading || card.isLoading || pendingOptions}
        pagination={labelPageLinks(pagination, translate)}
        columns={columns}
        rowKey="id"
        data-testid="customers-table"
        scroll={{ x: 'max-content' }}
        locale={{
          emptyText: (
            <Empty
              image={Empty.PRESENTED_IMAGE_SIMPLE}
              description={translate(
                anyFilter ? 'customers.list.noMatches' : 'customers.list.empty',
              )}
            >
              {anyFilter && (
                <Button onClick={clearFilters}>{translate('customers.list.clearFilters')}</Button>
              )}
            </Empty>
          ),
        }}
      />
    </List>
  );
}
