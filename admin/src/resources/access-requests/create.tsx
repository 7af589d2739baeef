import { useEffect, useState } from 'react';
import { Alert, Button, Card, Form, Input, Select, Table, Tag, Typography, message } from 'antd';
import { Create } from '@refinedev/antd';
import { useGo, useTranslate } from '@refinedev/core';
import dayjs, { type Dayjs } from 'dayjs';
import type { AccessLevel, CustomerDirectoryQuery } from '../../graphql/graphql';
import { applyFieldErrors, errorMessage, useGqlMutation, useGqlQuery } from '../dictionaries/gql';
import { ACCESS_LEVELS, ExpiryPicker, ReasonFields, iso, useExpiryPresets } from '../access/shared';
import { CUSTOMER_DIRECTORY_QUERY, REQUEST_ACCESS_MUTATION } from './queries';
import { BackButton } from '../../components/BackButton';
import { searchButton } from '../../components/SearchButton';

type Entry = CustomerDirectoryQuery['customerDirectory'][number];

interface Values {
  level: AccessLevel;
  until?: Dayjs | null;
  reasonCode?: string;
  reason?: string;
}

/**
 * "Request access" (申请查阅): find customers one cannot read in the directory
 * (number and masked name only), pick some, and ask for READ or EDIT until a date.
 */
export function AccessRequestCreate() {
  const translate = useTranslate();
  const go = useGo();
  const [form] = Form.useForm<Values>();
  const [search, setSearch] = useState('');
  const [term, setTerm] = useState('');
  const [picked, setPicked] = useState<Map<string, Entry>>(new Map());
  const presets = useExpiryPresets();
  const directory = useGqlQuery(
    CUSTOMER_DIRECTORY_QUERY,
    { search: term },
    { enabled: term.trim().length >= 2 },
  );
  const request = useGqlMutation(REQUEST_ACCESS_MUTATION);

  // Default expiry: the shortest `grant_period` preset (7 days when the dictionary is empty).
  useEffect(() => {
    if (!form.getFieldValue('until'))
      form.setFieldValue('until', presets[0]?.value ?? dayjs().add(7, 'day').endOf('day'));
  }, [presets, form]);

  const rows = term.trim().length >= 2 ? (directory.data?.customerDirectory ?? []) : [];

  const submit = async (values: Values) => {
    if (picked.size === 0) {
      message.warning(translate('access.request.pickCustomers'));
      return;
    }
    try {
      const result = await request.run({
        input: {
          customerIds: [...picked.keys()],
          level: values.level,
          until: iso(values.until)!,
          reasonCode: values.reasonCode ?? null,
          reason: values.reason?.trim() || null,
        },
      });
      const approvers = [
        ...new Set(
          result.requestCustomerAccess.map((row) => row.approver?.displayName).filter(Boolean),
        ),
      ].join(translate('common.listSeparator'));
      message.success(
        approvers
          ? translate('access.request.sentTo', { names: approvers })
          : translate('access.request.sent'),
      );
      go({ to: '/access-requests?tab=mine' });
    } catch (error) {
      // Field messages land on the form's fields (reason, until); the rest (customers) as a message.
      applyFieldErrors(form, onlyFormFields(error));
      message.error(errorMessage(error));
    }
  };

  return (
    <Create
      goBack={<BackButton />}
      title={translate('accessRequests.titles.create')}
      saveButtonProps={
        {
          onClick: () => form.submit(),
          loading: request.isPending,
          children: translate('access.request.submit'),
          'data-testid': 'request-submit',
        } as never
      }
    >
      <Card size="small" title={translate('access.request.find')} style={{ marginBottom: 16 }}>
        <Input.Search
          allowClear
          value={search}
          onChange={(event) => setSearch(event.target.value)}
          onSearch={(value) => setTerm(value.trim())}
          placeholder={translate('access.request.searchPlaceholder')}
          enterButton={searchButton(translate('phone.search'), 'primary')}
          data-testid="directory-search"
          style={{ maxWidth: 480, marginBottom: 12 }}
        />
        {term.length > 0 && term.length < 2 && (
          <Alert
            type="info"
            showIcon
            message={translate('access.request.tooShort')}
            style={{ marginBottom: 12 }}
          />
        )}
        <Table
          rowKey="id"
          size="small"
          pagination={false}
          loading={directory.isFetching}
          dataSource={rows}
          data-testid="directory-results"
          locale={{
            emptyText:
              term.length >= 2
                ? translate('access.request.noneFound')
                : translate('access.request.typeToSearch'),
          }}
          rowSelection={{
            selectedRowKeys: [...picked.keys()],
            onChange: (_, selected) => {
              setPicked((previous) => {
                const next = new Map(
                  [...previous].filter(([id]) => !rows.some((row) => row.id === id)),
                );
                for (const row of selected) next.set(row.id, row);
                return next;
              });
            },
          }}
          columns={[
            {
              key: 'number',
              title: translate('customers.fields.number'),
              render: (_, row) => row.number ?? '—',
            },
            { key: 'name', title: translate('customers.fields.name'), dataIndex: 'name' },
            {
              key: 'kind',
              title: translate('customers.fields.kind'),
              render: (_, row) => translate(`customers.kinds.${row.kind}`),
            },
          ]}
        />
        <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
          {translate('access.request.maskedHint')}
        </Typography.Paragraph>
      </Card>
      <Card size="small" title={translate('access.request.details')}>
        <div style={{ marginBottom: 12 }} data-testid="picked-customers">
          <Typography.Text strong>{translate('access.request.picked')}: </Typography.Text>
          {picked.size === 0 ? (
            <Typography.Text type="secondary">
              {translate('access.request.nonePicked')}
            </Typography.Text>
          ) : (
            [...picked.values()].map((entry) => (
              <Tag
                key={entry.id}
                closable
                onClose={() =>
                  setPicked((previous) => {
                    const next = new Map(previous);
                    next.delete(entry.id);
                    return next;
                  })
                }
              >
                {entry.number ?? ''} {entry.name}
              </Tag>
            ))
          )}
        </div>
        <Form
          form={form}
          layout="vertical"
          onFinish={submit}
          initialValues={{ level: 'READ' }}
          style={{ maxWidth: 560 }}
        >
          <Form.Item name="level" label={translate('access.fields.level')}>
            <Select
              options={ACCESS_LEVELS.map((level) => ({
                value: level,
                label: translate(`customers.team.levels.${level}`),
              }))}
            />
          </Form.Item>
          <Form.Item
            name="until"
            label={translate('access.fields.until')}
            extra={translate('access.grants.presetsHint')}
            rules={[{ required: true, message: translate('validation.required') }]}
          >
            <ExpiryPicker testId="request-until" />
          </Form.Item>
          <ReasonFields />
          <Button htmlType="submit" style={{ display: 'none' }} />
        </Form>
      </Card>
    </Create>
  );
}

const FORM_FIELDS = ['level', 'until', 'reasonCode', 'reason'];

/** The error's field messages for the fields this form has. */
function onlyFormFields(error: unknown): unknown {
  const errors = (error as { errors?: Record<string, string[]> } | undefined)?.errors;
  if (!errors) return error;
  return {
    ...(error as object),
    errors: Object.fromEntries(Object.entries(errors).filter(([key]) => FORM_FIELDS.includes(key))),
  };
}
