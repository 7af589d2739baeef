import { useState } from 'react';
import { Button, Form, Input, Modal, Rate, Select, Space, Switch, Table, Tag } from 'antd';
import { LinkOutlined } from '@ant-design/icons';
import { useTranslate } from '@refinedev/core';
import { Link } from 'react-router';
import { useGqlMutation, useGqlQuery } from '../../dictionaries/gql';
import { CREATE_CONTACT_MUTATION } from '../queries';
import {
  DELETE_CONTACT_MUTATION,
  LINK_CONTACT_MUTATION,
  NODE_SEARCH_QUERY,
  UPDATE_CONTACT_MUTATION,
} from './queries';
import {
  DeleteButton,
  EditButton,
  showErrors,
  useOptions,
  type Customer,
  type Tabs,
  type Values,
} from './common';

type ContactRow = Tabs['contacts'][number];
const EDITABLE = [
  'name',
  'title',
  'departmentName',
  'mobile',
  'email',
  'decisionRole',
  'closeness',
];

function contactValues(contact: ContactRow): Values {
  return {
    name: contact.name,
    title: contact.title ?? undefined,
    departmentName: contact.departmentName ?? undefined,
    mobile: contact.mobile ?? undefined,
    email: contact.email ?? undefined,
    decisionRole: contact.decisionRole?.code ?? undefined,
    closeness: contact.closeness ?? undefined,
  };
}

/** Only the fields that changed (a masked mobile is never sent back unchanged); cleared ones as null. */
function changedFields(before: Values, after: Values): Values {
  const changes: Values = {};
  for (const key of EDITABLE) {
    const value = after[key] === '' || after[key] === undefined ? null : after[key];
    if (value !== (before[key] ?? null)) changes[key] = value;
  }
  return changes;
}

function ContactFields({ withPrimary }: { withPrimary: boolean }) {
  const translate = useTranslate();
  const decisionRoles = useOptions('decision_role');
  return (
    <>
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
      {withPrimary && (
        <Form.Item
          name="isPrimary"
          label={translate('contacts.fields.primary')}
          valuePropName="checked"
        >
          <Switch />
        </Form.Item>
      )}
    </>
  );
}

/** Links a contact of another customer the caller can read to this customer. */
function LinkContactModal({
  customer,
  open,
  onClose,
  onDone,
}: {
  customer: Customer;
  open: boolean;
  onClose: () => void;
  onDone: () => void;
}) {
  const translate = useTranslate();
  const [form] = Form.useForm<{ contactId: string; isPrimary: boolean }>();
  const [search, setSearch] = useState('');
  const link = useGqlMutation(LINK_CONTACT_MUTATION);
  const found = useGqlQuery(
    NODE_SEARCH_QUERY,
    { search: '', name: `%${search}%`, withContacts: true },
    { enabled: open && search.trim().length > 0 },
  );
  const options = (found.data?.contacts?.nodes ?? []).map((contact) => ({
    value: contact.id,
    label: [
      contact.name,
      contact.title,
      contact.customers.map((other) => other.name).join(translate('common.listSeparator')),
    ]
      .filter(Boolean)
      .join(' · '),
  }));
  return (
    <Modal
      open={open}
      title={translate('customerActions.contacts.link')}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={link.isPending}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={{ isPrimary: false }}
        onFinish={async (values) => {
          try {
            await link.run({
              contactId: values.contactId,
              customerId: customer.id,
              isPrimary: values.isPrimary,
            });
            onDone();
          } catch (error) {
            showErrors(form, error);
          }
        }}
      >
        <Form.Item
          name="contactId"
          label={translate('customerActions.contacts.contact')}
          rules={[{ required: true, message: translate('validation.required') }]}
        >
          <Select
            showSearch
            filterOption={false}
            onSearch={setSearch}
            loading={found.isFetching}
            options={options}
            placeholder={translate('customerActions.searchPlaceholder')}
            notFoundContent={search ? translate('customerActions.noMatches') : null}
            data-testid="link-contact-select"
          />
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
  );
}

export function ContactsTab({
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
  const [linkOpen, setLinkOpen] = useState(false);
  const [editing, setEditing] = useState<ContactRow | null>(null);
  const [form] = Form.useForm<Values>();
  const [editForm] = Form.useForm<Values>();
  const create = useGqlMutation(CREATE_CONTACT_MUTATION);
  const update = useGqlMutation(UPDATE_CONTACT_MUTATION);
  const remove = useGqlMutation(DELETE_CONTACT_MUTATION);
  const submit = async (values: Values) => {
    try {
      await create.run({ input: { contact: { ...values, customerId: customer.id } as never } });
      setOpen(false);
      form.resetFields();
      reload();
    } catch (error) {
      showErrors(form, error);
    }
  };
  const submitEdit = async (values: Values) => {
    if (!editing) return;
    try {
      await update.run({
        input: {
          id: editing.id,
          version: editing.version,
          update: changedFields(contactValues(editing), values) as never,
        },
      });
      setEditing(null);
      reload();
    } catch (error) {
      showErrors(editForm, error);
    }
  };
  return (
    <>
      {canEdit && (
        <Space style={{ marginBottom: 12 }} wrap>
          <Button type="primary" onClick={() => setOpen(true)} data-testid="add-contact">
            {translate('customers.contacts.add')}
          </Button>
          <Button
            icon={<LinkOutlined />}
            onClick={() => setLinkOpen(true)}
            data-testid="link-contact"
          >
            {translate('customerActions.contacts.link')}
          </Button>
        </Space>
      )}
      <Table
        rowKey="id"
        size="small"
        dataSource={tabs?.contacts ?? []}
        pagination={false}
        scroll={{ x: true }}
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
          ...(canEdit
            ? [
                {
                  key: 'actions',
                  title: translate('customerActions.column'),
                  render: (_: unknown, contact: ContactRow) => (
                    <Space size={0}>
                      <EditButton
                        label={translate('customerActions.contacts.edit', { name: contact.name })}
                        onClick={() => setEditing(contact)}
                        testId={`contact-edit-${contact.id}`}
                      />
                      <DeleteButton
                        label={translate('customerActions.contacts.delete', { name: contact.name })}
                        confirm={translate('customerActions.contacts.deleteConfirm')}
                        testId={`contact-delete-${contact.id}`}
                        onConfirm={async () => {
                          await remove.run({ id: contact.id });
                          reload();
                        }}
                      />
                    </Space>
                  ),
                },
              ]
            : []),
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
          <ContactFields withPrimary />
        </Form>
      </Modal>
      <Modal
        open={!!editing}
        title={translate('customerActions.contacts.editTitle')}
        onCancel={() => setEditing(null)}
        onOk={() => editForm.submit()}
        confirmLoading={update.isPending}
        destroyOnHidden
      >
        {editing && (
          <Form
            form={editForm}
            layout="vertical"
            onFinish={submitEdit}
            initialValues={contactValues(editing)}
          >
            <ContactFields withPrimary={false} />
          </Form>
        )}
      </Modal>
      <LinkContactModal
        customer={customer}
        open={linkOpen}
        onClose={() => setLinkOpen(false)}
        onDone={() => {
          setLinkOpen(false);
          reload();
        }}
      />
    </>
  );
}
