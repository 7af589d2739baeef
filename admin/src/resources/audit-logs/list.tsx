import { Input, Table, Tag } from 'antd';
import { DateField, FilterDropdown, List, getDefaultSortOrder, useTable } from '@refinedev/antd';
import { getDefaultFilter, useTranslate } from '@refinedev/core';
import type { AuditLogsListQuery } from '../../graphql/graphql';
import { AUDIT_LOGS_LIST_QUERY } from './queries';
import { DiffView } from './DiffView';
import { SearchFormAnchor } from '../../components/SearchFormAnchor';

type AuditLogRow = AuditLogsListQuery['auditLogs']['nodes'][number];

export function AuditLogList() {
  const translate = useTranslate();
  const { tableProps, sorters, filters, searchFormProps } = useTable<AuditLogRow>({
    resource: 'auditLogs',
    meta: { gqlQuery: AUDIT_LOGS_LIST_QUERY },
    pagination: { pageSize: 20 },
    sorters: { initial: [{ field: 'at', order: 'desc' }] },
    filters: {
      initial: [
        { field: 'action', operator: 'contains', value: undefined },
        { field: 'actorName', operator: 'contains', value: undefined },
      ],
    },
  });

  return (
    <List>
      <SearchFormAnchor formProps={searchFormProps} />
      <Table
        {...tableProps}
        rowKey="id"
        expandable={{
          expandedRowRender: (record) => <DiffView diff={record.diff} />,
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
          render={(value: string) => <Tag>{value}</Tag>}
          defaultFilteredValue={getDefaultFilter('action', filters, 'contains')}
          filterDropdown={(props) => (
            <FilterDropdown {...props}>
              <Input placeholder={translate('auditLogs.filterAction')} />
            </FilterDropdown>
          )}
        />
        <Table.Column<AuditLogRow>
          dataIndex="entity"
          key="entity"
          title={translate('auditLogs.fields.entity')}
          render={(value: string | null) => value ?? '—'}
        />
        <Table.Column<AuditLogRow>
          dataIndex="entityId"
          key="entityId"
          title={translate('auditLogs.fields.entityId')}
          render={(value: string | null) => value ?? '—'}
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
