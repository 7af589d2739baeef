import { useState } from 'react';
import { DatePicker, Input, Select, Space, Table, Tag, Typography } from 'antd';
import type { CrudFilter } from '@refinedev/core';
import type { Dayjs } from 'dayjs';
import { Link } from 'react-router';
import { DateField, FilterDropdown, List, getDefaultSortOrder, useTable } from '@refinedev/antd';
import { getDefaultFilter, useTranslate } from '@refinedev/core';
import type { AuditLogsListQuery } from '../../graphql/graphql';
import { AUDIT_LOGS_LIST_QUERY } from './queries';
import { CustomerSearchSelect } from '../access/shared';
import { DiffView } from './DiffView';
import { AUDIT_ACTIONS, useAuditLabels } from './labels';
import { SearchFormAnchor } from '../../components/SearchFormAnchor';
import { labelPageLinks } from '../../components/pagination';

type AuditLogRow = AuditLogsListQuery['auditLogs']['nodes'][number];

/**
 * Customer and time-range filters as permanent filters. The time range uses `and[0]` / `and[1]`
 * paths because the filter builder keeps one operator per field.
 */
function barFilters(
  customerId: string | undefined,
  range: [Dayjs | null, Dayjs | null] | null,
): CrudFilter[] {
  const filters: CrudFilter[] = [];
  if (customerId) filters.push({ field: 'customerId', operator: 'eq', value: customerId });
  if (range?.[0])
    filters.push({
      field: 'and[0].at',
      operator: 'gte',
      value: range[0].startOf('day').toISOString(),
    });
  if (range?.[1])
    filters.push({
      field: 'and[1].at',
      operator: 'lte',
      value: range[1].endOf('day').toISOString(),
    });
  return filters;
}

export function AuditLogList() {
  const translate = useTranslate();
  const labels = useAuditLabels();
  const [customerId, setCustomerId] = useState<string>();
  const [range, setRange] = useState<[Dayjs | null, Dayjs | null] | null>(null);
  const { tableProps, sorters, filters, searchFormProps } = useTable<AuditLogRow>({
    resource: 'auditLogs',
    meta: { gqlQuery: AUDIT_LOGS_LIST_QUERY },
    pagination: { pageSize: 20 },
    sorters: { initial: [{ field: 'at', order: 'desc' }] },
    filters: {
      permanent: barFilters(customerId, range),
      initial: [
        { field: 'action', operator: 'contains', value: undefined },
        { field: 'actorName', operator: 'contains', value: undefined },
      ],
    },
  });

  return (
    <List>
      <SearchFormAnchor formProps={searchFormProps} />
      <Space wrap style={{ marginBottom: 12 }}>
        <CustomerSearchSelect
          value={customerId}
          onChange={setCustomerId}
          placeholder={translate('auditLogs.filterCustomer')}
          style={{ width: 280 }}
          testId="audit-customer-filter"
        />
        <DatePicker.RangePicker
          value={range}
          onChange={(value) => setRange(value as [Dayjs | null, Dayjs | null] | null)}
          placeholder={[translate('auditLogs.from'), translate('auditLogs.to')]}
          data-testid="audit-range-filter"
        />
      </Space>
      <Table
        {...tableProps}
        pagination={labelPageLinks(tableProps.pagination, translate)}
        rowKey="id"
        scroll={{ x: 'max-content' }}
        expandable={{
          expandedRowRender: (record) => <DiffView diff={record.diff} entity={record.entity} />,
          rowExpandable: (record) => record.diff !== null && record.diff !== undefined,
        }}
      >
        <Table.Column<AuditLogRow>
          dataIndex="at"
          key="at"
          title={translate('auditLogs.fields.at')}
          sorter
          defaultSortOrder={getDefaultSortOrder('at', sorters)}
          render={(value: string) => <DateField value={value} format="YYYY-MM-DD HH:mm:ss" />}
        />
        <Table.Column<AuditLogRow>
          dataIndex="actorName"
          key="actorName"
          title={translate('auditLogs.fields.actor')}
          sorter
          defaultSortOrder={getDefaultSortOrder('actorName', sorters)}
          render={(value: string | null, record) => value ?? record.actorId ?? '—'}
          defaultFilteredValue={getDefaultFilter('actorName', filters, 'contains')}
          filterDropdown={(props) => (
            <FilterDropdown {...props}>
              <Input placeholder={translate('auditLogs.filterActor')} />
            </FilterDropdown>
          )}
        />
        <Table.Column<AuditLogRow>
          dataIndex="action"
          key="action"
          title={translate('auditLogs.fields.action')}
          sorter
          defaultSortOrder={getDefaultSortOrder('action', sorters)}
          render={(value: string) => <Tag title={value}>{labels.action(value)}</Tag>}
          defaultFilteredValue={getDefaultFilter('action', filters, 'contains')}
          filterDropdown={(props) => (
            <FilterDropdown {...props}>
              <Select
                showSearch
                allowClear
                optionFilterProp="label"
                style={{ minWidth: 220 }}
                placeholder={translate('auditLogs.filterAction')}
                options={AUDIT_ACTIONS.map((code) => ({ value: code, label: labels.action(code) }))}
              />
            </FilterDropdown>
          )}
        />
        <Table.Column<AuditLogRow>
          dataIndex="entity"
          key="entity"
          title={translate('auditLogs.fields.entity')}
          render={(value: string | null) => labels.entity(value)}
        />
        <Table.Column<AuditLogRow>
          dataIndex="entityId"
          key="entityId"
          title={translate('auditLogs.fields.entityId')}
          render={(value: string | null) => value ?? '—'}
        />
        <Table.Column<AuditLogRow>
          dataIndex="customerId"
          key="customerId"
          title={translate('auditLogs.fields.customer')}
          render={(value: string | null, record) =>
            record.customer ? (
              <Link to={`/customers/show/${record.customer.id}`} data-testid="audit-customer">
                {`${record.customer.number ?? ''} ${record.customer.name}`.trim()}
              </Link>
            ) : value ? (
              // The server names only customers the viewer may read.
              <Typography.Text type="secondary">
                {translate('auditLogs.customerUnreadable')}
              </Typography.Text>
            ) : (
              '—'
            )
          }
        />
        <Table.Column<AuditLogRow>
          dataIndex="ip"
          key="ip"
          title={translate('auditLogs.fields.ip')}
          render={(value: string | null) => value ?? '—'}
        />
      </Table>
    </List>
  );
}
