import { useMemo } from 'react';
import { Space, Table } from 'antd';
import { DateField, DeleteButton, EditButton, List, useTable } from '@refinedev/antd';
import { useTranslate } from '@refinedev/core';
import type { DepartmentsListQuery } from '../../graphql/graphql';
import { DELETE_DEPARTMENT_MUTATION, DEPARTMENTS_LIST_QUERY } from './queries';
import { buildTree } from './tree';

type DepartmentRow = DepartmentsListQuery['departments']['nodes'][number];

export function DepartmentList() {
  const translate = useTranslate();
  const { tableProps } = useTable<DepartmentRow>({
    resource: 'departments',
    meta: { gqlQuery: DEPARTMENTS_LIST_QUERY },
    pagination: { mode: 'off' },
    sorters: { mode: 'off', initial: [{ field: 'name', order: 'asc' }] },
    syncWithLocation: false,
  });
  const treeData = useMemo(() => buildTree(tableProps.dataSource ?? []), [tableProps.dataSource]);

  return (
    <List>
      <Table<DepartmentRow>
        {...tableProps}
        dataSource={treeData as DepartmentRow[]}
        // Remount once the rows arrive so `defaultExpandAllRows` sees them.
        key={treeData.length > 0 ? 'loaded' : 'empty'}
        rowKey="id"
        pagination={false}
        expandable={{ defaultExpandAllRows: true }}
      >
        <Table.Column<DepartmentRow>
          dataIndex="name"
          key="name"
          title={translate('departments.fields.name')}
        />
        <Table.Column<DepartmentRow>
          key="manager"
          title={translate('departments.fields.manager')}
          render={(_, record) => record.manager?.displayName ?? record.manager?.username ?? '—'}
        />
        <Table.Column<DepartmentRow>
          dataIndex="createdAt"
          key="createdAt"
          title={translate('departments.fields.createdAt')}
          render={(value: string) => <DateField value={value} format="YYYY-MM-DD HH:mm" />}
        />
        <Table.Column<DepartmentRow>
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
                meta={{ gqlMutation: DELETE_DEPARTMENT_MUTATION }}
              />
            </Space>
          )}
        />
      </Table>
    </List>
  );
}
