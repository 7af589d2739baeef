import {
  Button,
  Card,
  Empty,
  Form,
  Input,
  Select,
  Space,
  Tag,
  Timeline,
  Typography,
  DatePicker,
  message,
} from 'antd';
import { useTranslate } from '@refinedev/core';
import dayjs from 'dayjs';
import { errorMessage, useGqlMutation } from '../../dictionaries/gql';
import { CREATE_FOLLOWUP_MUTATION } from '../queries';
import { dateTime, useOptions, type Customer, type Tabs, type Values } from './common';

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
