import { useEffect } from 'react';
import { Form, Input, Modal, Typography, message } from 'antd';
import { useTranslate } from '@refinedev/core';
import dayjs, { type Dayjs } from 'dayjs';
import type { AccessLevel } from '../../graphql/graphql';
import { errorMessage, useGqlMutation } from '../dictionaries/gql';
import { ExpiryPicker, RejectModal, dateTime, iso } from '../access/shared';
import { APPROVE_ACCESS_REQUEST_MUTATION, REJECT_ACCESS_REQUEST_MUTATION } from './queries';

/** What deciding a request needs to show of it. */
export interface DecidableRequest {
  id: string;
  level: AccessLevel;
  until: string;
  requester?: { displayName: string } | null;
  customer: { number?: string | null; name: string };
}

/** Approving an access request: the period may be shortened, a comment is optional. */
export function ApproveRequestModal({
  request,
  onClose,
  onDecided,
}: {
  request: DecidableRequest | null;
  onClose: () => void;
  onDecided: () => void;
}) {
  const translate = useTranslate();
  const approve = useGqlMutation(APPROVE_ACCESS_REQUEST_MUTATION);
  const [form] = Form.useForm<{ until?: Dayjs | null; comment?: string }>();
  useEffect(() => {
    if (request) form.setFieldsValue({ until: dayjs(request.until), comment: undefined });
  }, [request, form]);
  return (
    <Modal
      open={!!request}
      title={translate('access.requests.approveTitle')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okButtonProps={{ 'data-testid': 'approve-submit' } as never}
      confirmLoading={approve.isPending}
      forceRender
    >
      {request && (
        <Typography.Paragraph>
          {translate('access.requests.approveText', {
            name: request.requester?.displayName ?? '—',
            customer: `${request.customer.number ?? ''} ${request.customer.name}`,
            level: translate(`customers.team.levels.${request.level}`),
            until: dateTime(request.until),
          })}
        </Typography.Paragraph>
      )}
      <Form
        form={form}
        layout="vertical"
        onFinish={async (values) => {
          if (!request) return;
          const until =
            values.until && values.until.isBefore(dayjs(request.until)) ? iso(values.until) : null;
          try {
            await approve.run({ id: request.id, until, comment: values.comment?.trim() || null });
            message.success(translate('access.requests.approved'));
            onClose();
            onDecided();
          } catch (error) {
            message.error(errorMessage(error));
          }
        }}
      >
        <Form.Item
          name="until"
          label={translate('access.requests.grantUntil')}
          extra={translate('access.requests.shortenHint')}
        >
          <ExpiryPicker max={request ? dayjs(request.until) : undefined} />
        </Form.Item>
        <Form.Item name="comment" label={translate('access.fields.comment')}>
          <Input.TextArea rows={2} maxLength={500} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** Rejecting an access request with a required comment. */
export function RejectRequestModal({
  request,
  onClose,
  onDecided,
}: {
  request: { id: string } | null;
  onClose: () => void;
  onDecided: () => void;
}) {
  const translate = useTranslate();
  const reject = useGqlMutation(REJECT_ACCESS_REQUEST_MUTATION);
  return (
    <RejectModal
      open={!!request}
      title={translate('access.requests.rejectTitle')}
      doneMessage={translate('access.requests.rejected')}
      loading={reject.isPending}
      onReject={async (comment) => {
        await reject.run({ id: request!.id, comment });
        onDecided();
      }}
      onClose={onClose}
    />
  );
}
