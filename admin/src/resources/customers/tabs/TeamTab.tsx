import { useState } from 'react';
import {
  Button,
  Descriptions,
  Form,
  Input,
  List as AntList,
  Modal,
  Select,
  Space,
  Tag,
  Typography,
  message,
} from 'antd';
import { useTranslate } from '@refinedev/core';
import type { AccessLevel } from '../../../graphql/graphql';
import { errorMessage, useGqlMutation } from '../../dictionaries/gql';
import { SET_CUSTOMER_MEMBER_MUTATION, TRANSFER_OWNER_MUTATION } from '../queries';
import { dateTime, useUsers, type Customer } from './common';

export function TeamTab({
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
