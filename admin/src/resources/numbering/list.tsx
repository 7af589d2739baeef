import { useState } from 'react';
import {
  Alert,
  App,
  Button,
  Card,
  Descriptions,
  Form,
  Input,
  Modal,
  Table,
  Typography,
} from 'antd';
import { EditOutlined } from '@ant-design/icons';
import { List } from '@refinedev/antd';
import { usePermissions, useTranslate } from '@refinedev/core';
import dayjs from 'dayjs';
import { formatNumber, isValidNumberPattern, NUMBER_PATTERN_MAX_LENGTH } from '@dossier/shared';
import type { CustomerKind, NumberingRulesQuery } from '../../graphql/graphql';
import { applyFieldErrors, errorMessage, useGqlMutation, useGqlQuery } from '../dictionaries/gql';
import { NUMBERING_RULES_QUERY, UPDATE_NUMBERING_RULE_MUTATION } from './queries';

type Rule = NumberingRulesQuery['numberingRules'][number];

const PLACEHOLDERS = ['{yyyy}', '{yy}', '{seq:N}'] as const;

/** Example numbers for a pattern: the 1st and the 15th of this year. */
function examples(pattern: string): string {
  const year = new Date().getFullYear();
  return `${formatNumber(pattern, year, 1)}, ${formatNumber(pattern, year, 15)}`;
}

function EditRuleModal({
  rule,
  onClose,
  onSaved,
}: {
  rule: Rule;
  onClose: () => void;
  onSaved: () => void;
}) {
  const translate = useTranslate();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ pattern: string }>();
  const pattern = Form.useWatch('pattern', form) ?? rule.pattern;
  const update = useGqlMutation(UPDATE_NUMBERING_RULE_MUTATION);

  const save = async () => {
    const values = await form.validateFields();
    try {
      await update.run({ kind: rule.kind, pattern: values.pattern.trim() });
      message.success(translate('numbering.saved'));
      onSaved();
    } catch (error) {
      if (!applyFieldErrors(form, error)) message.error(errorMessage(error));
    }
  };

  return (
    <Modal
      open
      title={translate('numbering.edit', { kind: translate(`customers.kinds.${rule.kind}`) })}
      okText={translate('buttons.save')}
      cancelText={translate('buttons.cancel')}
      confirmLoading={update.isPending}
      onOk={() => void save()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={{ pattern: rule.pattern }}
        data-testid="numbering-form"
      >
        <Form.Item
          name="pattern"
          label={translate('numbering.pattern')}
          rules={[
            { required: true, message: translate('validation.required') },
            { max: NUMBER_PATTERN_MAX_LENGTH },
            {
              validator: async (_, value?: string) =>
                !value || isValidNumberPattern(value)
                  ? undefined
                  : Promise.reject(new Error(translate('numbering.needsSeq'))),
            },
          ]}
        >
          <Input maxLength={NUMBER_PATTERN_MAX_LENGTH} style={{ fontFamily: 'monospace' }} />
        </Form.Item>
      </Form>
      <Descriptions size="small" column={1} bordered>
        <Descriptions.Item label={translate('numbering.preview')}>
          <span data-testid="numbering-preview">
            {isValidNumberPattern(pattern) ? examples(pattern.trim()) : '—'}
          </span>
        </Descriptions.Item>
      </Descriptions>
    </Modal>
  );
}

/** Customer number rules per kind; editing needs `field.manage`. */
export function NumberingRuleList() {
  const translate = useTranslate();
  const rules = useGqlQuery(NUMBERING_RULES_QUERY, {});
  const { data: permissions } = usePermissions<string[]>({});
  const canEdit = (permissions ?? []).includes('field.manage');
  const [editing, setEditing] = useState<Rule | null>(null);

  return (
    <List title={translate('numbering.titles.list')}>
      {rules.error ? (
        <Alert
          type="error"
          showIcon
          message={errorMessage(rules.error)}
          style={{ marginBottom: 16 }}
        />
      ) : null}
      <Table<Rule>
        rowKey="kind"
        data-testid="numbering-table"
        loading={rules.isLoading}
        dataSource={rules.data?.numberingRules ?? []}
        pagination={false}
        columns={[
          {
            key: 'kind',
            dataIndex: 'kind',
            title: translate('numbering.kind'),
            render: (kind: CustomerKind) => translate(`customers.kinds.${kind}`),
          },
          {
            key: 'pattern',
            dataIndex: 'pattern',
            title: translate('numbering.pattern'),
            render: (value: string) => <Typography.Text code>{value}</Typography.Text>,
          },
          {
            key: 'example',
            title: translate('numbering.preview'),
            render: (_, rule) => examples(rule.pattern),
          },
          {
            key: 'updatedAt',
            dataIndex: 'updatedAt',
            title: translate('numbering.updatedAt'),
            render: (value: string) => dayjs(value).format('YYYY-MM-DD HH:mm'),
          },
          ...(canEdit
            ? [
                {
                  key: 'actions',
                  title: translate('table.actions'),
                  render: (_: unknown, rule: Rule) => (
                    <Button
                      size="small"
                      icon={<EditOutlined />}
                      data-testid={`numbering-edit-${rule.kind}`}
                      onClick={() => setEditing(rule)}
                    >
                      {translate('buttons.edit')}
                    </Button>
                  ),
                },
              ]
            : []),
        ]}
      />
      <Card size="small" title={translate('numbering.help.title')} style={{ marginTop: 16 }}>
        <Typography.Paragraph>{translate('numbering.help.intro')}</Typography.Paragraph>
        <ul style={{ margin: 0 }}>
          {PLACEHOLDERS.map((placeholder) => (
            <li key={placeholder}>
              <Typography.Text code>{placeholder}</Typography.Text>{' '}
              {translate(`numbering.help.${placeholder.replace(/[{}:]/g, '')}`)}
            </li>
          ))}
        </ul>
        <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
          {translate('numbering.help.note')}
        </Typography.Paragraph>
      </Card>
      {editing && (
        <EditRuleModal
          rule={editing}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            void rules.refetch();
          }}
        />
      )}
    </List>
  );
}
