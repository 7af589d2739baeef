import { useMemo, useState } from 'react';
import {
  Button,
  Form,
  Input,
  Modal,
  Popconfirm,
  Select,
  Space,
  Table,
  Tag,
  TreeSelect,
  Typography,
  message,
} from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { List } from '@refinedev/antd';
import { useTranslate } from '@refinedev/core';
import { useTranslation } from 'react-i18next';
import type { AccessLevel, RuleSubject } from '../../graphql/graphql';
import { applyFieldErrors, errorMessage, useGqlMutation, useGqlQuery } from '../dictionaries/gql';
import { ACCESS_CARD_QUERY, ACCESS_ROLES_QUERY } from '../access/queries';
import { ENABLED_TREE_QUERY } from '../dictionaries/queries';
import { ACCESS_LEVELS, LevelTag, dateTime, usePeople } from '../access/shared';
import {
  ACCESS_RULES_QUERY,
  CREATE_ACCESS_RULE_MUTATION,
  DELETE_ACCESS_RULE_MUTATION,
} from './queries';

/** Customer fields a territory rule may use (the server's list). */
export const RULE_FIELDS = [
  'territory',
  'region',
  'category',
  'grade',
  'importance',
  'industry',
  'source',
] as const;
const SUBJECTS: RuleSubject[] = ['ROLE', 'DEPARTMENT', 'USER'];

interface TreeNode {
  code: string;
  label: string;
  children?: TreeNode[] | null;
}

function toTree(
  nodes: readonly TreeNode[] | undefined,
): { value: string; title: string; children?: ReturnType<typeof toTree> }[] {
  return (nodes ?? []).map((node) => ({
    value: node.code,
    title: node.label,
    children: node.children?.length ? toTree(node.children) : undefined,
  }));
}

interface RuleValues {
  subjectType: RuleSubject;
  subjectId?: string;
  field?: string;
  itemCodes?: string[];
  level: AccessLevel;
  description?: string;
}

function useRuleFieldMeta() {
  const enterprise = useGqlQuery(ACCESS_CARD_QUERY, { kind: 'ENTERPRISE' });
  const individual = useGqlQuery(ACCESS_CARD_QUERY, { kind: 'INDIVIDUAL' });
  return useMemo(() => {
    const meta = new Map<string, { label: string; dictionaryCode: string | null }>();
    for (const field of [
      ...(enterprise.data?.dataCard ?? []),
      ...(individual.data?.dataCard ?? []),
    ]) {
      if ((RULE_FIELDS as readonly string[]).includes(field.key) && !meta.has(field.key)) {
        meta.set(field.key, { label: field.label, dictionaryCode: field.dictionaryCode ?? null });
      }
    }
    return meta;
  }, [enterprise.data, individual.data]);
}

function RuleModal({
  open,
  onClose,
  onDone,
}: {
  open: boolean;
  onClose: () => void;
  onDone: () => void;
}) {
  const translate = useTranslate();
  const [form] = Form.useForm<RuleValues>();
  const subjectType = Form.useWatch('subjectType', form) ?? 'ROLE';
  const field = Form.useWatch('field', form);
  const fieldMeta = useRuleFieldMeta();
  const people = usePeople();
  const roles = useGqlQuery(ACCESS_ROLES_QUERY, { paging: { limit: 200 } });
  const dictionaryCode = field ? (fieldMeta.get(field)?.dictionaryCode ?? field) : '';
  const tree = useGqlQuery(
    ENABLED_TREE_QUERY,
    { code: dictionaryCode },
    { enabled: !!dictionaryCode },
  );
  const create = useGqlMutation(CREATE_ACCESS_RULE_MUTATION);
  const subjectOptions =
    subjectType === 'ROLE'
      ? (roles.data?.roles.nodes ?? []).map((role) => ({ value: role.id, label: role.name }))
      : subjectType === 'DEPARTMENT'
        ? people.departmentOptions
        : people.userOptions;

  return (
    <Modal
      open={open}
      title={translate('accessRules.create')}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={create.isPending}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={{ subjectType: 'ROLE', level: 'READ' }}
        onFinish={async (values) => {
          try {
            await create.run({
              input: {
                accessRule: {
                  subjectType: values.subjectType,
                  subjectId: values.subjectId!,
                  field: values.field!,
                  itemCodes: values.itemCodes ?? [],
                  level: values.level,
                  description: values.description?.trim() || null,
                },
              },
            });
            message.success(translate('accessRules.created'));
            onDone();
          } catch (error) {
            if (!applyFieldErrors(form, error)) message.error(errorMessage(error));
          }
        }}
      >
        <Form.Item name="subjectType" label={translate('accessRules.fields.subjectType')}>
          <Select
            options={SUBJECTS.map((value) => ({
              value,
              label: translate(`accessRules.subjects.${value}`),
            }))}
            onChange={() => form.setFieldValue('subjectId', undefined)}
          />
        </Form.Item>
        <Form.Item
          name="subjectId"
          label={translate('accessRules.fields.subject')}
          rules={[{ required: true, message: translate('validation.required') }]}
        >
          <Select showSearch optionFilterProp="label" options={subjectOptions} />
        </Form.Item>
        <Form.Item
          name="field"
          label={translate('accessRules.fields.field')}
          rules={[{ required: true, message: translate('validation.required') }]}
        >
          <Select
            options={RULE_FIELDS.map((key) => ({
              value: key,
              label: fieldMeta.get(key)?.label ?? key,
            }))}
            onChange={() => form.setFieldValue('itemCodes', [])}
          />
        </Form.Item>
        <Form.Item
          name="itemCodes"
          label={translate('accessRules.fields.items')}
          extra={translate('accessRules.itemsHint')}
          rules={[
            { required: true, type: 'array', min: 1, message: translate('validation.required') },
          ]}
        >
          <TreeSelect
            multiple
            allowClear
            showSearch
            treeNodeFilterProp="title"
            disabled={!field}
            loading={tree.isLoading}
            treeData={toTree(tree.data?.dictionary.tree as TreeNode[] | undefined)}
            placeholder={field ? undefined : translate('accessRules.pickFieldFirst')}
          />
        </Form.Item>
        <Form.Item name="level" label={translate('access.fields.level')}>
          <Select
            options={ACCESS_LEVELS.map((level) => ({
              value: level,
              label: translate(`customers.team.levels.${level}`),
            }))}
          />
        </Form.Item>
        <Form.Item name="description" label={translate('accessRules.fields.description')}>
          <Input maxLength={500} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** Territory rules (辖区规则): a role, department or user sees customers by a dictionary-backed field. */
export function AccessRuleList() {
  const translate = useTranslate();
  const { i18n } = useTranslation();
  const rules = useGqlQuery(ACCESS_RULES_QUERY, {});
  const remove = useGqlMutation(DELETE_ACCESS_RULE_MUTATION);
  const roles = useGqlQuery(ACCESS_ROLES_QUERY, { paging: { limit: 200 } });
  const people = usePeople();
  const fieldMeta = useRuleFieldMeta();
  const [open, setOpen] = useState(false);
  const subjectName = (type: RuleSubject, id: string) => {
    if (type === 'ROLE')
      return roles.data?.roles.nodes.find((role) => role.id === id)?.name ?? `#${id}`;
    if (type === 'DEPARTMENT')
      return people.departments.find((department) => department.id === id)?.name ?? `#${id}`;
    return people.name(id);
  };
  return (
    <List
      title={translate('accessRules.titles.list')}
      headerButtons={() => (
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setOpen(true)}>
          {translate('accessRules.create')}
        </Button>
      )}
    >
      <Typography.Paragraph type="secondary">{translate('accessRules.intro')}</Typography.Paragraph>
      <Table
        rowKey="id"
        loading={rules.isLoading}
        dataSource={rules.data?.accessRules ?? []}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        columns={[
          {
            key: 'subject',
            title: translate('accessRules.fields.subject'),
            render: (_, rule) => (
              <Space>
                <Tag>{translate(`accessRules.subjects.${rule.subjectType}`)}</Tag>
                {subjectName(rule.subjectType, rule.subjectId)}
              </Space>
            ),
          },
          {
            key: 'field',
            title: translate('accessRules.fields.field'),
            render: (_, rule) => fieldMeta.get(rule.field)?.label ?? rule.field,
          },
          {
            key: 'items',
            title: translate('accessRules.fields.items'),
            render: (_, rule) =>
              rule.items.map((item) => (
                <Tag key={item.id}>{i18n.language === 'en' ? item.labelEn : item.labelZh}</Tag>
              )),
          },
          {
            key: 'level',
            title: translate('access.fields.level'),
            render: (_, rule) => <LevelTag level={rule.level} />,
          },
          {
            key: 'description',
            title: translate('accessRules.fields.description'),
            render: (_, rule) => rule.description ?? '—',
          },
          {
            key: 'createdAt',
            title: translate('access.fields.createdAt'),
            render: (_, rule) => dateTime(rule.createdAt),
          },
          {
            key: 'actions',
            title: translate('table.actions'),
            render: (_, rule) => (
              <Popconfirm
                title={translate('accessRules.deleteConfirm')}
                onConfirm={async () => {
                  try {
                    await remove.run({ input: { id: rule.id } });
                    message.success(translate('accessRules.deleted'));
                    void rules.refetch();
                  } catch (error) {
                    message.error(errorMessage(error));
                  }
                }}
              >
                <Button size="small" danger>
                  {translate('buttons.delete')}
                </Button>
              </Popconfirm>
            ),
          },
        ]}
      />
      <RuleModal
        open={open}
        onClose={() => setOpen(false)}
        onDone={() => {
          setOpen(false);
          void rules.refetch();
        }}
      />
    </List>
  );
}
