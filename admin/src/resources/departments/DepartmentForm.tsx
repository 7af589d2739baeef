import { useMemo } from 'react';
import { Form, Input, Select, TreeSelect, type FormProps } from 'antd';
import { useSelect } from '@refinedev/antd';
import { useList, useTranslate } from '@refinedev/core';
import type { DepartmentsSelectQuery } from '../../graphql/graphql';
import { USERS_SELECT_QUERY } from '../users/queries';
import { DEPARTMENTS_SELECT_QUERY } from './queries';
import { buildTree, descendantIds } from './tree';

type DepartmentOption = DepartmentsSelectQuery['departments']['nodes'][number];

export interface DepartmentFormValues {
  name: string;
  parentId?: string | null;
  managerId?: string | null;
}

export function normaliseDepartmentValues(values: DepartmentFormValues): DepartmentFormValues {
  return {
    name: values.name?.trim(),
    parentId: values.parentId ?? null,
    managerId: values.managerId ?? null,
  };
}

interface TreeOption {
  value: string;
  title: string;
  disabled?: boolean;
  children?: TreeOption[];
}

interface Props {
  formProps: FormProps;
  /** The department being edited: it and its descendants cannot be its parent. */
  editingId?: string;
}

export function DepartmentForm({ formProps, editingId }: Props) {
  const translate = useTranslate();
  const { result } = useList<DepartmentOption>({
    resource: 'departments',
    meta: { gqlQuery: DEPARTMENTS_SELECT_QUERY },
    pagination: { mode: 'off' },
  });
  const { selectProps: managerSelectProps } = useSelect({
    resource: 'users',
    optionLabel: 'displayName',
    optionValue: 'id',
    meta: { gqlQuery: USERS_SELECT_QUERY },
    pagination: { pageSize: 50, mode: 'server' },
    onSearch: (value) => [{ field: 'displayName', operator: 'contains', value }],
  });

  const parentTree = useMemo(() => {
    const rows = result.data ?? [];
    const blocked = editingId ? descendantIds(rows, editingId) : new Set<string>();
    type Node = DepartmentOption & { children?: Node[] };
    const toOption = (node: Node): TreeOption => ({
      value: node.id,
      title: node.name,
      disabled: blocked.has(node.id),
      children: node.children?.map(toOption),
    });
    return (buildTree(rows) as Node[]).map(toOption);
  }, [result.data, editingId]);

  return (
    <Form {...formProps} layout="vertical">
      <Form.Item
        label={translate('departments.fields.name')}
        name="name"
        rules={[{ required: true, whitespace: true, message: translate('validation.required') }]}
      >
        <Input />
      </Form.Item>
      <Form.Item label={translate('departments.fields.parent')} name="parentId">
        <TreeSelect
          treeData={parentTree}
          allowClear
          treeDefaultExpandAll
          showSearch
          treeNodeFilterProp="title"
        />
      </Form.Item>
      <Form.Item label={translate('departments.fields.manager')} name="managerId">
        <Select {...managerSelectProps} allowClear />
      </Form.Item>
    </Form>
  );
}
