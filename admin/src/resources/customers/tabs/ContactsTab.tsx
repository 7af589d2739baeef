import { useState } from 'react';
import { Button, Form, Input, Modal, Rate, Select, Space, Switch, Table, Tag, message } from 'antd';
import { useTranslate } from '@refinedev/core';
import { Link } from 'react-router';
import { errorMessage, useGqlMutation } from '../../dictionaries/gql';
import { CREATE_CONTACT_MUTATION } from '../queries';
import { useOptions, type Customer, type Tabs, type Values } from './common';

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
