import { Suspense, lazy, useMemo, useState } from 'react';
import {
  Alert,
  Button,
  Card,
  Descriptions,
  Dropdown,
  Empty,
  Form,
  Input,
  List as AntList,
  Modal,
  Rate,
  Select,
  Space,
  Spin,
  Statistic,
  Switch,
  Table,
  Tabs,
  Tag,
  Timeline,
  Tooltip,
  Typography,
  Upload,
  DatePicker,
  message,
} from 'antd';
import { DownOutlined, EditOutlined, UploadOutlined } from '@ant-design/icons';
import { Show } from '@refinedev/antd';
import { useGo, useParsed, useTranslate } from '@refinedev/core';
import { Link } from 'react-router';
import dayjs from 'dayjs';
import type {
  AccessLevel,
  CustomerQuery,
  CustomerStatus,
  CustomerTabsQuery,
} from '../../graphql/graphql';
import { FIELD_GROUPS } from '../data-card/constants';
import { errorMessage, useGqlMutation, useGqlQuery } from '../dictionaries/gql';
import {
  CREATE_CONTACT_MUTATION,
  CREATE_FOLLOWUP_MUTATION,
  CUSTOMER_CARD_QUERY,
  CUSTOMER_OPTIONS_QUERY,
  CUSTOMER_PENDING_CHANGES_QUERY,
  CUSTOMER_QUERY,
  CUSTOMER_TABS_QUERY,
  CUSTOMER_USERS_QUERY,
  SET_CUSTOMER_MEMBER_MUTATION,
  SET_CUSTOMER_STATUS_MUTATION,
  TRANSFER_OWNER_MUTATION,
} from './queries';
import {
  CUSTOMER_STATUSES,
  DictTag,
  StatusTag,
  downloadWithToken,
  formatMoney,
  uploadDocument,
  type CustomerCardField,
} from './shared';
import { AccessTab } from './AccessTab';
import { RevealValue } from './RevealValue';
import { dateTime as accessDateTime, diffFieldLabels, useFieldLabels } from '../access/shared';
import { BackButton } from '../../components/BackButton';
const RelationshipGraphView = lazy(() =>
  import('./graph').then((module) => ({ default: module.RelationshipGraphView })),
);

type Customer = CustomerQuery['customer'];
type Tabs = CustomerTabsQuery['customer'];
type Values = Record<string, unknown>;

function useOptions(type: string) {
  const options = useGqlQuery(CUSTOMER_OPTIONS_QUERY, { type });
  return (options.data?.dictionaryOptions ?? []).map((option) => ({
    value: option.code,
    label: option.label,
  }));
}

function useUsers() {
  const users = useGqlQuery(CUSTOMER_USERS_QUERY, { paging: { limit: 200 } });
  return users.data?.users.nodes ?? [];
}

const dateTime = (value: string | null | undefined) =>
  value ? dayjs(value).format('YYYY-MM-DD HH:mm') : '—';

function fieldValue(field: CustomerCardField, customer: Customer): unknown {
  const record = customer as unknown as Values;
  return field.builtIn ? record[field.key] : ((customer.customFields ?? {}) as Values)[field.key];
}

function displayValue(
  field: CustomerCardField,
  customer: Customer,
  users: { id: string; displayName: string }[],
) {
  const raw = fieldValue(field, customer);
  if (raw === null || raw === undefined || raw === '') return '—';
  if (typeof raw === 'object' && raw && 'label' in raw)
    return <DictTag item={raw as { label: string; color?: string | null }} />;
  if (field.type === 'BOOLEAN') return raw ? '✓' : '✗';
  if (field.type === 'RATING') return <Rate disabled value={Number(raw)} />;
  if (field.type === 'MONEY') return formatMoney(String(raw));
  if (field.type === 'USER')
    return users.find((user) => user.id === raw)?.displayName ?? String(raw);
  if (Array.isArray(raw)) return raw.map((value) => <Tag key={String(value)}>{String(value)}</Tag>);
  return String(raw);
}

function CardTab({ customer }: { customer: Customer }) {
  const translate = useTranslate();
  const card = useGqlQuery(CUSTOMER_CARD_QUERY, { kind: customer.kind });
  const users = useUsers();
  const fields = (card.data?.dataCard ?? []) as unknown as CustomerCardField[];
  return (
    <Space direction="vertical" style={{ width: '100%' }} data-testid="card-tab">
      {FIELD_GROUPS.map((group) => {
        const groupFields = fields
          .filter((field) => field.group === group)
          .sort((a, b) => a.sortOrder - b.sortOrder);
        if (groupFields.length === 0) return null;
        return (
          <Descriptions
            key={group}
            bordered
            size="small"
            column={{ xs: 1, md: 2, xl: 3 }}
            title={translate(`dataCard.groups.${group}`)}
            items={groupFields.map((field) => ({
              key: field.key,
              label: field.label,
              children: field.sensitive ? (
                <RevealValue
                  customerId={customer.id}
                  field={field.key}
                  fieldLabel={field.label}
                  value={fieldValue(field, customer)}
                >
                  {displayValue(field, customer, users)}
                </RevealValue>
              ) : (
                displayValue(field, customer, users)
              ),
            }))}
          />
        );
      })}
      {customer.formerNames.length > 0 && (
        <Descriptions
          size="small"
          title={translate('customers.fields.formerNames')}
          items={customer.formerNames.map((former) => ({
            key: former.id,
            label: former.name,
            children: dateTime(former.usedUntil),
          }))}
        />
      )}
    </Space>
  );
}

function ContactsTab({
  customer,
  tabs,
  reload,
  canEdit,
}: {
  customer: Customer;
  tabs?: Tabs;
  reload: () => void;
  canEdit: boolean;
}) {
  const translate = useTranslate();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<Values>();
  const create = useGqlMutation(CREATE_CONTACT_MUTATION);
  const decisionRoles = useOptions('decision_role');
  const submit = async (values: Values) => {
    try {
      await create.run({ input: { contact: { ...values, customerId: customer.id } as never } });
      setOpen(false);
      form.resetFields();
      reload();
    } catch (error) {
      const errors = (error as { errors?: Record<string, string[]> }).errors;
      if (errors)
        form.setFields(
          Object.entries(errors).map(([name, list]) => ({
            name: name.replace(/^contact\./, ''),
            errors: list,
          })),
        );
      else message.error(errorMessage(error));
    }
  };
  return (
    <>
      {canEdit && (
        <Button
          type="primary"
          style={{ marginBottom: 12 }}
          onClick={() => setOpen(true)}
          data-testid="add-contact"
        >
          {translate('customers.contacts.add')}
        </Button>
      )}
      <Table
        rowKey="id"
        size="small"
        dataSource={tabs?.contacts ?? []}
        pagination={false}
        columns={[
          {
            key: 'name',
            title: translate('contacts.fields.name'),
            render: (_, contact) => (
              <Space>
                <Link to={`/contacts/show/${contact.id}`}>{contact.name}</Link>
                {contact.isPrimary && (
                  <Tag color="blue">{translate('contacts.fields.primary')}</Tag>
                )}
              </Space>
            ),
          },
          { key: 'title', dataIndex: 'title', title: translate('contacts.fields.title') },
          {
            key: 'departmentName',
            dataIndex: 'departmentName',
            title: translate('contacts.fields.departmentName'),
          },
          { key: 'mobile', dataIndex: 'mobile', title: translate('contacts.fields.mobile') },
          { key: 'email', dataIndex: 'email', title: translate('contacts.fields.email') },
          {
            key: 'decisionRole',
            title: translate('contacts.fields.decisionRole'),
            render: (_, contact) => contact.decisionRole?.label ?? '—',
          },
          {
            key: 'closeness',
            title: translate('contacts.fields.closeness'),
            render: (_, contact) =>
              contact.closeness ? (
                <Rate disabled count={5} value={contact.closeness} style={{ fontSize: 12 }} />
              ) : (
                '—'
              ),
          },
        ]}
      />
      <Modal
        open={open}
        title={translate('customers.contacts.add')}
        onCancel={() => setOpen(false)}
        onOk={() => form.submit()}
        confirmLoading={create.isPending}
        destroyOnHidden
      >
        <Form form={form} layout="vertical" onFinish={submit} initialValues={{ isPrimary: false }}>
          <Form.Item
            name="name"
            label={translate('contacts.fields.name')}
            rules={[{ required: true, message: translate('validation.required') }]}
          >
            <Input />
          </Form.Item>
          <Form.Item name="title" label={translate('contacts.fields.title')}>
            <Input />
          </Form.Item>
          <Form.Item name="departmentName" label={translate('contacts.fields.departmentName')}>
            <Input />
          </Form.Item>
          <Form.Item name="mobile" label={translate('contacts.fields.mobile')}>
            <Input />
          </Form.Item>
          <Form.Item name="email" label={translate('contacts.fields.email')}>
            <Input />
          </Form.Item>
          <Form.Item name="decisionRole" label={translate('contacts.fields.decisionRole')}>
            <Select allowClear options={decisionRoles} />
          </Form.Item>
          <Form.Item name="closeness" label={translate('contacts.fields.closeness')}>
            <Rate />
          </Form.Item>
          <Form.Item
            name="isPrimary"
            label={translate('contacts.fields.primary')}
            valuePropName="checked"
          >
            <Switch />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}

export function RelationshipsTable({ edges }: { edges: Tabs['relationships'] }) {
  const translate = useTranslate();
  return (
    <Table
      rowKey={(edge) => `${edge.relationship.id}-${edge.direction}`}
      size="small"
      pagination={false}
      dataSource={edges}
      columns={[
        {
          key: 'label',
          title: translate('customers.relationships.label'),
          render: (_, edge) => <Tag color="geekblue">{edge.label}</Tag>,
        },
        {
          key: 'other',
          title: translate('customers.relationships.other'),
          render: (_, edge) => {
            const other = edge.other;
            if (!other) return '—';
            const isCustomer = other.__typename === 'Customer';
            return (
              <Space>
                <Tag>
                  {translate(isCustomer ? 'customers.graph.customer' : 'customers.graph.contact')}
                </Tag>
                <Link
                  to={isCustomer ? `/customers/show/${other.id}` : `/contacts/show/${other.id}`}
                >
                  {other.name}
                </Link>
              </Space>
            );
          },
        },
        {
          key: 'since',
          title: translate('customers.relationships.since'),
          render: (_, edge) => edge.relationship.since ?? '—',
        },
        {
          key: 'strength',
          title: translate('customers.relationships.strength'),
          render: (_, edge) =>
            edge.relationship.strength ? (
              <Rate disabled value={edge.relationship.strength} style={{ fontSize: 12 }} />
            ) : (
              '—'
            ),
        },
      ]}
    />
  );
}

function FollowupsTab({
  customer,
  tabs,
  reload,
  canEdit,
}: {
  customer: Customer;
  tabs?: Tabs;
  reload: () => void;
  canEdit: boolean;
}) {
  const translate = useTranslate();
  const [form] = Form.useForm<Values>();
  const create = useGqlMutation(CREATE_FOLLOWUP_MUTATION);
  const methods = useOptions('followup_method');
  const milestones = useOptions('followup_milestone');
  const submit = async (values: Values) => {
    try {
      const nextDate = values.nextDate as dayjs.Dayjs | undefined;
      await create.run({
        input: {
          followup: {
            customerId: customer.id,
            content: String(values.content ?? ''),
            method: (values.method as string | undefined) ?? null,
            milestone: (values.milestone as string | undefined) ?? null,
            nextStep: (values.nextStep as string | undefined) || null,
            nextDate: nextDate ? nextDate.format('YYYY-MM-DD') : null,
          },
        },
      });
      form.resetFields();
      reload();
    } catch (error) {
      const errors = (error as { errors?: Record<string, string[]> }).errors;
      if (errors)
        form.setFields(
          Object.entries(errors).map(([name, list]) => ({
            name: name.replace(/^followup\./, ''),
            errors: list,
          })),
        );
      else message.error(errorMessage(error));
    }
  };
  return (
    <div style={{ display: 'flex', gap: 24, flexWrap: 'wrap' }}>
      {canEdit && (
        <Card size="small" title={translate('customers.followups.add')} style={{ width: 360 }}>
          <Form form={form} layout="vertical" onFinish={submit}>
            <Form.Item name="method" label={translate('customers.followups.method')}>
              <Select allowClear options={methods} />
            </Form.Item>
            <Form.Item name="milestone" label={translate('customers.followups.milestone')}>
              <Select allowClear options={milestones} />
            </Form.Item>
            <Form.Item
              name="content"
              label={translate('customers.followups.content')}
              rules={[{ required: true, message: translate('validation.required') }]}
            >
              <Input.TextArea rows={3} />
            </Form.Item>
            <Form.Item name="nextStep" label={translate('customers.followups.nextStep')}>
              <Input />
            </Form.Item>
            <Form.Item name="nextDate" label={translate('customers.followups.nextDate')}>
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
            <Button type="primary" htmlType="submit" loading={create.isPending}>
              {translate('buttons.save')}
            </Button>
          </Form>
        </Card>
      )}
      <div style={{ flex: 1, minWidth: 320 }}>
        {(tabs?.followups ?? []).length === 0 ? (
          <Empty />
        ) : (
          <Timeline
            items={(tabs?.followups ?? []).map((followup) => ({
              key: followup.id,
              color: followup.milestone?.color || 'blue',
              children: (
                <div>
                  <Space wrap>
                    <Typography.Text strong>{dateTime(followup.happenedAt)}</Typography.Text>
                    {followup.method && <Tag>{followup.method.label}</Tag>}
                    {followup.milestone && (
                      <Tag color={followup.milestone.color || undefined}>
                        {followup.milestone.label}
                      </Tag>
                    )}
                    <Typography.Text type="secondary">{followup.user?.displayName}</Typography.Text>
                  </Space>
                  <div style={{ whiteSpace: 'pre-wrap' }}>{followup.content}</div>
                  {followup.feedback && (
                    <Typography.Text type="secondary">{followup.feedback}</Typography.Text>
                  )}
                  {(followup.nextStep || followup.nextDate) && (
                    <div>
                      <Typography.Text type="secondary">
                        {translate('customers.followups.next')}: {followup.nextStep ?? ''}{' '}
                        {followup.nextDate ?? ''}
                      </Typography.Text>
                    </div>
                  )}
                </div>
              ),
            }))}
          />
        )}
      </div>
    </div>
  );
}

function TransactionsTab({ customer, tabs }: { customer: Customer; tabs?: Tabs }) {
  const translate = useTranslate();
  const summary = customer.transactionSummary;
  return (
    <>
      <Space size={48} style={{ marginBottom: 16 }}>
        <Statistic title={translate('customers.transactions.count')} value={summary.count} />
        <Statistic
          title={translate('customers.transactions.total')}
          value={formatMoney(summary.totalAmount)}
        />
        <Statistic
          title={translate('customers.transactions.first')}
          value={summary.firstOn ?? '—'}
        />
        <Statistic title={translate('customers.transactions.last')} value={summary.lastOn ?? '—'} />
      </Space>
      <Table
        rowKey="id"
        size="small"
        dataSource={tabs?.transactions ?? []}
        pagination={{ pageSize: 20 }}
        columns={[
          {
            key: 'occurredOn',
            dataIndex: 'occurredOn',
            title: translate('customers.transactions.occurredOn'),
          },
          {
            key: 'type',
            title: translate('customers.transactions.type'),
            render: (_, row) => row.type?.label ?? '—',
          },
          {
            key: 'product',
            dataIndex: 'product',
            title: translate('customers.transactions.product'),
          },
          {
            key: 'amount',
            align: 'right',
            title: translate('customers.transactions.amount'),
            render: (_, row) => `${formatMoney(row.amount)} ${row.currency}`,
          },
          { key: 'note', dataIndex: 'note', title: translate('customers.transactions.note') },
        ]}
      />
    </>
  );
}

function DocumentsTab({
  customer,
  tabs,
  reload,
  canEdit,
}: {
  customer: Customer;
  tabs?: Tabs;
  reload: () => void;
  canEdit: boolean;
}) {
  const translate = useTranslate();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [form] = Form.useForm<{ type: string; note?: string; file?: { originFileObj?: File }[] }>();
  const types = useOptions('document_type');
  const submit = async (values: {
    type: string;
    note?: string;
    file?: { originFileObj?: File }[];
  }) => {
    const file = values.file?.[0]?.originFileObj;
    if (!file) return;
    setBusy(true);
    try {
      await uploadDocument(customer.id, values.type, values.note, file);
      message.success(translate('customers.documents.uploaded'));
      setOpen(false);
      form.resetFields();
      reload();
    } catch (error) {
      message.error(errorMessage(error));
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      {canEdit && (
        <Button
          icon={<UploadOutlined />}
          type="primary"
          style={{ marginBottom: 12 }}
          onClick={() => setOpen(true)}
        >
          {translate('customers.documents.upload')}
        </Button>
      )}
      <Table
        rowKey="id"
        size="small"
        dataSource={tabs?.documents ?? []}
        pagination={false}
        columns={[
          {
            key: 'fileName',
            title: translate('customers.documents.fileName'),
            render: (_, doc) => (
              <a
                onClick={() =>
                  downloadWithToken(doc.downloadUrl, doc.fileName).catch((error) =>
                    message.error(errorMessage(error)),
                  )
                }
              >
                {doc.fileName}
              </a>
            ),
          },
          {
            key: 'type',
            title: translate('customers.documents.type'),
            render: (_, doc) => doc.type?.label ?? '—',
          },
          {
            key: 'size',
            title: translate('customers.documents.size'),
            render: (_, doc) => `${(doc.size / 1024).toFixed(1)} KB`,
          },
          { key: 'note', dataIndex: 'note', title: translate('customers.documents.note') },
          {
            key: 'uploadedBy',
            title: translate('customers.documents.uploadedBy'),
            render: (_, doc) => doc.uploadedBy?.displayName ?? '—',
          },
          {
            key: 'uploadedAt',
            title: translate('customers.documents.uploadedAt'),
            render: (_, doc) => dateTime(doc.uploadedAt),
          },
        ]}
      />
      <Modal
        open={open}
        title={translate('customers.documents.upload')}
        onCancel={() => setOpen(false)}
        onOk={() => form.submit()}
        confirmLoading={busy}
        destroyOnHidden
      >
        <Form form={form} layout="vertical" onFinish={submit}>
          <Form.Item
            name="type"
            label={translate('customers.documents.type')}
            rules={[{ required: true, message: translate('validation.required') }]}
          >
            <Select options={types} />
          </Form.Item>
          <Form.Item name="note" label={translate('customers.documents.note')}>
            <Input maxLength={500} />
          </Form.Item>
          <Form.Item
            name="file"
            label={translate('customers.documents.file')}
            valuePropName="fileList"
            getValueFromEvent={(event: { fileList?: unknown[] }) => event?.fileList?.slice(-1)}
            rules={[{ required: true, message: translate('validation.required') }]}
          >
            <Upload beforeUpload={() => false} maxCount={1}>
              <Button icon={<UploadOutlined />}>{translate('customers.documents.choose')}</Button>
            </Upload>
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}

function HistoryTab({ customer, tabs }: { customer: Customer; tabs?: Tabs }) {
  const translate = useTranslate();
  const label = useFieldLabels();
  return (
    <Table
      rowKey="id"
      size="small"
      dataSource={tabs?.history ?? []}
      pagination={{ pageSize: 20 }}
      data-testid="history-table"
      columns={[
        {
          key: 'at',
          title: translate('customers.history.at'),
          render: (_, row) => dateTime(row.at),
        },
        {
          key: 'field',
          title: translate('customers.history.field'),
          render: (_, row) => label(row.field, customer.kind),
        },
        {
          key: 'change',
          title: translate('customers.history.change'),
          render: (_, row) => (
            <span>
              <Typography.Text delete type="secondary">
                {row.oldValue ?? '∅'}
              </Typography.Text>{' '}
              → <Typography.Text>{row.newValue ?? '∅'}</Typography.Text>
            </span>
          ),
        },
        {
          key: 'actor',
          title: translate('customers.history.actor'),
          render: (_, row) => row.actorName ?? '—',
        },
        {
          key: 'reason',
          title: translate('customers.history.reason'),
          render: (_, row) => row.reason ?? '—',
        },
      ]}
    />
  );
}

function TeamTab({
  customer,
  reload,
  canEdit,
}: {
  customer: Customer;
  reload: () => void;
  canEdit: boolean;
}) {
  const translate = useTranslate();
  const users = useUsers();
  const [transferOpen, setTransferOpen] = useState(false);
  const [memberOpen, setMemberOpen] = useState(false);
  const [transferForm] = Form.useForm<{
    ownerId: string;
    keepPreviousAs?: AccessLevel;
    reason?: string;
  }>();
  const [memberForm] = Form.useForm<{ userId: string; level: AccessLevel }>();
  const transfer = useGqlMutation(TRANSFER_OWNER_MUTATION);
  const setMember = useGqlMutation(SET_CUSTOMER_MEMBER_MUTATION);
  const userOptions = users.map((user) => ({
    value: user.id,
    label: `${user.displayName} (${user.username})`,
  }));
  const name = (id: string) => users.find((user) => user.id === id)?.displayName ?? id;
  const levels = [
    { value: 'READ', label: translate('customers.team.levels.READ') },
    { value: 'EDIT', label: translate('customers.team.levels.EDIT') },
  ];
  return (
    <>
      {canEdit && (
        <Space style={{ marginBottom: 12 }}>
          <Button type="primary" onClick={() => setTransferOpen(true)}>
            {translate('customers.team.transfer')}
          </Button>
          <Button onClick={() => setMemberOpen(true)}>
            {translate('customers.team.addMember')}
          </Button>
        </Space>
      )}
      <Descriptions
        size="small"
        items={[
          {
            key: 'owner',
            label: translate('customers.fields.owner'),
            children: customer.owner?.displayName ?? '—',
          },
        ]}
      />
      <AntList
        bordered
        dataSource={customer.members}
        locale={{ emptyText: translate('customers.team.noMembers') }}
        renderItem={(member) => (
          <AntList.Item>
            <Space>
              <Typography.Text>{name(member.userId)}</Typography.Text>
              <Tag color={member.level === 'EDIT' ? 'blue' : 'default'}>
                {translate(`customers.team.levels.${member.level}`)}
              </Tag>
              <Typography.Text type="secondary">{dateTime(member.addedAt)}</Typography.Text>
            </Space>
          </AntList.Item>
        )}
      />
      <Modal
        open={transferOpen}
        title={translate('customers.team.transfer')}
        onCancel={() => setTransferOpen(false)}
        onOk={() => transferForm.submit()}
        confirmLoading={transfer.isPending}
        destroyOnHidden
      >
        <Form
          form={transferForm}
          layout="vertical"
          onFinish={async (values) => {
            try {
              await transfer.run({
                customerId: customer.id,
                ownerId: values.ownerId,
                keepPreviousAs: values.keepPreviousAs ?? null,
                reason: values.reason || null,
              });
              setTransferOpen(false);
              reload();
            } catch (error) {
              message.error(errorMessage(error));
            }
          }}
        >
          <Form.Item
            name="ownerId"
            label={translate('customers.team.newOwner')}
            rules={[{ required: true, message: translate('validation.required') }]}
          >
            <Select showSearch optionFilterProp="label" options={userOptions} />
          </Form.Item>
          <Form.Item name="keepPreviousAs" label={translate('customers.team.keepPreviousAs')}>
            <Select allowClear options={levels} />
          </Form.Item>
          <Form.Item name="reason" label={translate('customers.history.reason')}>
            <Input />
          </Form.Item>
        </Form>
      </Modal>
      <Modal
        open={memberOpen}
        title={translate('customers.team.addMember')}
        onCancel={() => setMemberOpen(false)}
        onOk={() => memberForm.submit()}
        confirmLoading={setMember.isPending}
        destroyOnHidden
      >
        <Form
          form={memberForm}
          layout="vertical"
          initialValues={{ level: 'READ' }}
          onFinish={async (values) => {
            try {
              await setMember.run({
                customerId: customer.id,
                userId: values.userId,
                level: values.level,
              });
              setMemberOpen(false);
              reload();
            } catch (error) {
              message.error(errorMessage(error));
            }
          }}
        >
          <Form.Item
            name="userId"
            label={translate('customers.team.member')}
            rules={[{ required: true, message: translate('validation.required') }]}
          >
            <Select showSearch optionFilterProp="label" options={userOptions} />
          </Form.Item>
          <Form.Item name="level" label={translate('customers.team.level')}>
            <Select options={levels} />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}

/** A notice over the tabs while changes to protected fields of this customer await approval. */
function PendingChanges({
  customerId,
  kind,
  onOpen,
}: {
  customerId: string;
  kind: Customer['kind'];
  onOpen: () => void;
}) {
  const translate = useTranslate();
  const label = useFieldLabels();
  const query = useGqlQuery(CUSTOMER_PENDING_CHANGES_QUERY, { id: customerId });
  const pending = (query.data?.customer.changeRequests ?? []).filter(
    (request) => request.status === 'PENDING',
  );
  if (pending.length === 0) return null;
  return (
    <Alert
      type="warning"
      showIcon
      style={{ marginBottom: 16 }}
      data-testid="pending-changes"
      message={translate('customers.pendingChanges.title', { count: pending.length })}
      description={
        <Space direction="vertical" size={0}>
          {pending.map((request) => (
            <Typography.Text key={request.id}>
              {translate('customers.pendingChanges.item', {
                fields: diffFieldLabels(
                  request.diff,
                  (key) => label(key, kind),
                  translate('common.listSeparator'),
                ),
                name: request.requester?.displayName ?? '—',
                at: accessDateTime(request.createdAt),
                approver: request.approver?.displayName ?? translate('access.adminsDecide'),
              })}
            </Typography.Text>
          ))}
        </Space>
      }
      action={
        <Button size="small" onClick={onOpen} data-testid="pending-changes-open">
          {translate('customers.pendingChanges.open')}
        </Button>
      }
    />
  );
}

export function CustomerShow() {
  const translate = useTranslate();
  const go = useGo();
  const { id } = useParsed();
  const customerId = String(id ?? '');
  const record = useGqlQuery(CUSTOMER_QUERY, { id: customerId }, { enabled: !!customerId });
  const tabsQuery = useGqlQuery(CUSTOMER_TABS_QUERY, { id: customerId }, { enabled: !!customerId });
  const customer = record.data?.customer;
  const tabs = tabsQuery.data?.customer;
  const setStatus = useGqlMutation(SET_CUSTOMER_STATUS_MUTATION);
  // Edit actions only when the server says this user may edit this record (`customer.update` and the access policy).
  const canEdit = customer?.canEdit === true;
  const editAccess = !customer ? 'loading' : canEdit ? 'edit' : 'read';
  const [activeTab, setActiveTab] = useState('card');
  const reload = () => {
    void record.refetch();
    void tabsQuery.refetch();
  };

  const statusMenu = useMemo(
    () => ({
      items: CUSTOMER_STATUSES.map((status) => ({
        key: status,
        label: translate(`customers.status.${status}`),
      })),
      onClick: async ({ key }: { key: string }) => {
        if (!customer || key === customer.status) return;
        try {
          await setStatus.run({
            id: customer.id,
            status: key as CustomerStatus,
            version: customer.version,
          });
          message.success(translate('customers.statusChanged'));
          reload();
        } catch (error) {
          message.error(errorMessage(error));
        }
      },
    }),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [customer, translate],
  );

  return (
    <Show
      goBack={<BackButton />}
      isLoading={record.isLoading}
      title={
        customer ? `${customer.number ?? ''} ${customer.name}` : translate('customers.titles.show')
      }
      headerButtons={() => (
        <Space>
          {customer && canEdit && (
            <Dropdown menu={statusMenu} trigger={['click']}>
              <Button loading={setStatus.isPending} data-testid="status-dropdown">
                <Space>
                  {translate('customers.changeStatus')}
                  <DownOutlined />
                </Space>
              </Button>
            </Dropdown>
          )}
          {canEdit && (
            <Button
              icon={<EditOutlined />}
              onClick={() => go({ to: `/customers/edit/${customerId}` })}
              data-testid="customer-edit"
            >
              {translate('buttons.edit')}
            </Button>
          )}
        </Space>
      )}
    >
      {customer && (
        <>
          <Descriptions
            size="small"
            style={{ marginBottom: 16 }}
            data-testid="customer-header"
            data-edit-access={editAccess}
            items={[
              {
                key: 'number',
                label: translate('customers.fields.number'),
                children: customer.number ?? '—',
              },
              {
                key: 'name',
                label: translate('customers.fields.name'),
                children: <Typography.Text strong>{customer.name}</Typography.Text>,
              },
              {
                key: 'kind',
                label: translate('customers.fields.kind'),
                children: translate(`customers.kinds.${customer.kind}`),
              },
              {
                key: 'grade',
                label: translate('customers.fields.grade'),
                children: <DictTag item={customer.grade} />,
              },
              {
                key: 'owner',
                label: translate('customers.fields.owner'),
                children: customer.owner?.displayName ?? '—',
              },
              {
                key: 'status',
                label: translate('customers.fields.status'),
                children: (
                  <Space size={4}>
                    <StatusTag status={customer.status} />
                    {editAccess === 'read' && (
                      <Tooltip title={translate('customers.readOnlyHint')}>
                        <Tag data-testid="customer-read-only">
                          {translate('customers.readOnly')}
                        </Tag>
                      </Tooltip>
                    )}
                  </Space>
                ),
              },
            ]}
          />
          <PendingChanges
            customerId={customer.id}
            kind={customer.kind}
            onOpen={() => setActiveTab('access')}
          />
          <Tabs
            activeKey={activeTab}
            onChange={setActiveTab}
            destroyOnHidden
            items={[
              {
                key: 'card',
                label: translate('customers.tabs.card'),
                children: <CardTab customer={customer} />,
              },
              {
                key: 'contacts',
                label: translate('customers.tabs.contacts'),
                children: (
                  <ContactsTab customer={customer} tabs={tabs} reload={reload} canEdit={canEdit} />
                ),
              },
              {
                key: 'relationships',
                label: translate('customers.tabs.relationships'),
                children: <RelationshipsTable edges={tabs?.relationships ?? []} />,
              },
              {
                key: 'graph',
                label: translate('customers.tabs.graph'),
                children: (
                  <Suspense fallback={<Spin />}>
                    <RelationshipGraphView rootType="CUSTOMER" rootId={customer.id} />
                  </Suspense>
                ),
              },
              {
                key: 'followups',
                label: translate('customers.tabs.followups'),
                children: (
                  <FollowupsTab customer={customer} tabs={tabs} reload={reload} canEdit={canEdit} />
                ),
              },
              {
                key: 'transactions',
                label: translate('customers.tabs.transactions'),
                children: <TransactionsTab customer={customer} tabs={tabs} />,
              },
              {
                key: 'documents',
                label: translate('customers.tabs.documents'),
                children: (
                  <DocumentsTab customer={customer} tabs={tabs} reload={reload} canEdit={canEdit} />
                ),
              },
              {
                key: 'history',
                label: translate('customers.tabs.history'),
                children: <HistoryTab customer={customer} tabs={tabs} />,
              },
              {
                key: 'team',
                label: translate('customers.tabs.team'),
                children: <TeamTab customer={customer} reload={reload} canEdit={canEdit} />,
              },
              {
                key: 'access',
                label: <span data-testid="tab-access">{translate('customers.tabs.access')}</span>,
                children: (
                  <AccessTab customerId={customer.id} kind={customer.kind} canEdit={canEdit} />
                ),
              },
            ]}
          />
        </>
      )}
    </Show>
  );
}
