import {
  Button,
  Card,
  Col,
  Empty,
  Form,
  Input,
  Select,
  Space,
  Tag,
  Timeline,
  Typography,
  DatePicker,
  Modal,
  Row,
} from 'antd';
import { useTranslate } from '@refinedev/core';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useGqlMutation } from '../../dictionaries/gql';
import { CREATE_FOLLOWUP_MUTATION } from '../queries';
import { DELETE_FOLLOWUP_MUTATION, UPDATE_FOLLOWUP_MUTATION } from './queries';
import {
  DeleteButton,
  EditButton,
  dateTime,
  showErrors,
  useOptions,
  type Customer,
  type Tabs,
  type Values,
} from './common';

function FollowupFields() {
  const translate = useTranslate();
  const methods = useOptions('followup_method');
  const milestones = useOptions('followup_milestone');
  return (
    <>
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
    </>
  );
}

function followupInput(values: Values) {
  const nextDate = values.nextDate as dayjs.Dayjs | undefined;
  return {
    content: String(values.content ?? ''),
    method: (values.method as string | undefined) ?? null,
    milestone: (values.milestone as string | undefined) ?? null,
    nextStep: (values.nextStep as string | undefined) || null,
    nextDate: nextDate ? nextDate.format('YYYY-MM-DD') : null,
  };
}

type FollowupRow = Tabs['followups'][number];

export function FollowupsTab({
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
  const [editing, setEditing] = useState<FollowupRow | null>(null);
  const [editForm] = Form.useForm<Values>();
  const update = useGqlMutation(UPDATE_FOLLOWUP_MUTATION);
  const remove = useGqlMutation(DELETE_FOLLOWUP_MUTATION);
  const submit = async (values: Values) => {
    try {
      await create.run({
        input: { followup: { customerId: customer.id, ...followupInput(values) } },
      });
      form.resetFields();
      reload();
    } catch (error) {
      showErrors(form, error);
    }
  };
  const submitEdit = async (values: Values) => {
    if (!editing) return;
    try {
      await update.run({ input: { id: editing.id, update: followupInput(values) } });
      setEditing(null);
      reload();
    } catch (error) {
      showErrors(editForm, error);
    }
  };
  return (
    <Row gutter={[24, 16]}>
      {canEdit && (
        <Col xs={24} md={10} xl={8}>
          <Card size="small" title={translate('customers.followups.add')}>
            <Form form={form} layout="vertical" onFinish={submit}>
              <FollowupFields />
              <Button type="primary" htmlType="submit" loading={create.isPending}>
                {translate('buttons.save')}
              </Button>
            </Form>
          </Card>
        </Col>
      )}
      <Col xs={24} md={canEdit ? 14 : 24} xl={canEdit ? 16 : 24}>
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
                    {canEdit && (
                      <Space size={0}>
                        <EditButton
                          label={translate('customerActions.followups.edit')}
                          onClick={() => setEditing(followup)}
                          testId={`followup-edit-${followup.id}`}
                        />
                        <DeleteButton
                          label={translate('customerActions.followups.delete')}
                          confirm={translate('customerActions.followups.deleteConfirm')}
                          testId={`followup-delete-${followup.id}`}
                          onConfirm={async () => {
                            await remove.run({ id: followup.id });
                            reload();
                          }}
                        />
                      </Space>
                    )}
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
      </Col>
      <Modal
        open={!!editing}
        title={translate('customerActions.followups.editTitle')}
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
            initialValues={{
              content: editing.content,
              method: editing.method?.code,
              milestone: editing.milestone?.code,
              nextStep: editing.nextStep ?? undefined,
              nextDate: editing.nextDate ? dayjs(editing.nextDate) : undefined,
            }}
          >
            <FollowupFields />
          </Form>
        )}
      </Modal>
    </Row>
  );
}
