import { useState, type ReactNode } from 'react';
import { Button, Form, Modal, Space, Tooltip, Typography, message } from 'antd';
import { EyeOutlined } from '@ant-design/icons';
import { useTranslate } from '@refinedev/core';
import { errorMessage, useGqlMutation } from '../dictionaries/gql';
import { REVEAL_FIELD_MUTATION } from '../access/queries';
import { ReasonFields, usePermission } from '../access/shared';

/** Whether a value came back masked (`138****1234`, `张*`, `***`). */
export function looksMasked(value: unknown): boolean {
  return typeof value === 'string' && value.includes('*');
}

/**
 * A masked sensitive value with a "reveal" (查看) button for users holding
 * `customer.viewSensitive`: asks for a reason (`access_reason` + text), then shows the clear value.
 * The reveal is audited by the server.
 */
export function RevealValue({
  customerId,
  contactId,
  field,
  fieldLabel,
  value,
  children,
}: {
  customerId?: string;
  contactId?: string;
  field: string;
  fieldLabel: string;
  value: unknown;
  children: ReactNode;
}) {
  const translate = useTranslate();
  const permission = usePermission();
  const [open, setOpen] = useState(false);
  const [clear, setClear] = useState<string | null | undefined>(undefined);
  const [form] = Form.useForm<{ reasonCode?: string; reason?: string }>();
  const reveal = useGqlMutation(REVEAL_FIELD_MUTATION);
  if (clear !== undefined) {
    return (
      <Typography.Text data-testid={`revealed-${field}`} copyable={!!clear}>
        {clear ?? '—'}
      </Typography.Text>
    );
  }
  if (!looksMasked(value) || !permission.has('customer.viewSensitive')) return <>{children}</>;
  return (
    <Space size={4}>
      {children}
      <Tooltip title={translate('access.reveal.tooltip')}>
        <Button
          size="small"
          type="link"
          icon={<EyeOutlined />}
          onClick={() => setOpen(true)}
          data-testid={`reveal-${field}`}
        >
          {translate('access.reveal.button')}
        </Button>
      </Tooltip>
      <Modal
        open={open}
        title={translate('access.reveal.title', { field: fieldLabel })}
        onCancel={() => setOpen(false)}
        onOk={() => form.submit()}
        confirmLoading={reveal.isPending}
        okText={translate('access.reveal.button')}
        destroyOnHidden
      >
        <Typography.Paragraph type="secondary">
          {translate('access.reveal.notice')}
        </Typography.Paragraph>
        <Form
          form={form}
          layout="vertical"
          preserve={false}
          onFinish={async (values) => {
            try {
              const result = await reveal.run({
                customerId: customerId ?? null,
                contactId: contactId ?? null,
                field,
                reasonCode: values.reasonCode ?? null,
                reason: values.reason?.trim() || null,
              });
              setClear(result.revealField ?? null);
              setOpen(false);
            } catch (error) {
              message.error(errorMessage(error));
            }
          }}
        >
          <ReasonFields />
        </Form>
      </Modal>
    </Space>
  );
}
