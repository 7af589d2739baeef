import { useState } from 'react';
import {
  Badge,
  Button,
  Form,
  Modal,
  Popconfirm,
  Select,
  Space,
  Table,
  Tabs,
  Typography,
  message,
} from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { List } from '@refinedev/antd';
import { useGo, useTranslate } from '@refinedev/core';
import { Link, useSearchParams } from 'react-router';
import dayjs, { type Dayjs } from 'dayjs';
import type { AccessRequestsQuery, RequestFilter, RequestStatus } from '../../graphql/graphql';
import { errorMessage, useGqlMutation, useGqlQuery } from '../dictionaries/gql';
import {
  ExpiryPicker,
  LevelTag,
  ReasonFields,
  RequestStatusTag,
  dateTime,
  iso,
  usePermission,
  useReasonLabel,
} from '../access/shared';
import { ApproveRequestModal, RejectRequestModal } from './decide';
import {
  ACCESS_REQUESTS_QUERY,
  CANCEL_ACCESS_REQUEST_MUTATION,
  RENEW_ACCESS_REQUEST_MUTATION,
} from './queries';

type Row = AccessRequestsQuery['accessRequests']['nodes'][number];
const PAGE_SIZE = 20;
const STATUSES: RequestStatus[] = ['PENDING', 'APPROVED', 'REJECTED', 'CANCELLED'];

function CustomerCell({ row }: { row: Row }) {
  const label = `${row.customer.number ?? ''} ${row.customer.name}`.trim();
  return row.customer.readable ? (
    <Link to={`/customers/show/${row.customer.id}`}>{label}</Link>
  ) : (
    <Typography.Text>{label}</Typography.Text>
  );
}

function useRequests(filter: RequestFilter) {
  const [page, setPage] = useState(1);
  const query = useGqlQuery(ACCESS_REQUESTS_QUERY, {
    filter,
    paging: { limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE },
  });
  return {
    ...query,
    rows: query.data?.accessRequests.nodes ?? [],
    pagination: {
      current: page,
      pageSize: PAGE_SIZE,
      total: query.data?.accessRequests.totalCount ?? 0,
      onChange: setPage,
      hideOnSinglePage: true,
    },
  };
}

/** `onDecided`: after an approval or rejection (the inbox tab's count follows). */
function Inbox({ onDecided }: { onDecided?: () => void }) {
  const translate = useTranslate();
  const [status, setStatus] = useState<RequestStatus | undefined>('PENDING');
  const requests = useRequests({ approver: 'me', ...(status ? { status } : {}) });
  const reasonLabel = useReasonLabel();
  const [approving, setApproving] = useState<Row | null>(null);
  const [rejecting, setRejecting] = useState<Row | null>(null);
  const decided = () => {
    void requests.refetch();
    onDecided?.();
  };

  return (
    <>
      <Space style={{ marginBottom: 12 }}>
        <Typography.Text>{translate('access.fields.status')}</Typography.Text>
        <Select
          allowClear
          style={{ width: 160 }}
          value={status}
          onChange={setStatus}
          placeholder={translate('access.requests.allStatuses')}
          options={STATUSES.map((value) => ({ value, label: translate(`access.status.${value}`) }))}
        />
      </Space>
      <Table
        rowKey="id"
        size="middle"
        loading={requests.isLoading}
        dataSource={requests.rows}
        pagination={requests.pagination}
        data-testid="access-inbox"
        locale={{ emptyText: translate('access.requests.inboxEmpty') }}
        columns={[
          {
            key: 'customer',
            title: translate('access.fields.customer'),
            render: (_, row) => <CustomerCell row={row} />,
          },
          {
            key: 'requester',
            title: translate('access.fields.requester'),
            render: (_, row) => row.requester?.displayName ?? '—',
          },
          {
            key: 'level',
            title: translate('access.fields.level'),
            render: (_, row) => <LevelTag level={row.level} />,
          },
          {
            key: 'reason',
            title: translate('access.fields.reason'),
            render: (_, row) => reasonLabel(row.reasonCode, row.reason),
          },
          {
            key: 'until',
            title: translate('access.fields.until'),
            render: (_, row) => dateTime(row.until),
          },
          {
            key: 'createdAt',
            title: translate('access.fields.createdAt'),
            render: (_, row) => dateTime(row.createdAt),
          },
          {
            key: 'status',
            title: translate('access.fields.status'),
            render: (_, row) => (
              <Space direction="vertical" size={0}>
                <RequestStatusTag status={row.status} />
                {row.renewsId && (
                  <Typography.Text type="secondary">
                    {translate('access.requests.renewal', { id: row.renewsId })}
                  </Typography.Text>
                )}
                {row.comment && <Typography.Text type="secondary">{row.comment}</Typography.Text>}
              </Space>
            ),
          },
          {
            key: 'actions',
            title: translate('table.actions'),
            render: (_, row) =>
              row.status === 'PENDING' && (
                <Space>
                  <Button
                    type="primary"
                    size="small"
                    data-testid={`approve-request-${row.id}`}
                    onClick={() => setApproving(row)}
                  >
                    {translate('access.requests.approve')}
                  </Button>
                  <Button size="small" danger onClick={() => setRejecting(row)}>
                    {translate('access.requests.reject')}
                  </Button>
                </Space>
              ),
          },
        ]}
      />
      <ApproveRequestModal
        request={approving}
        onClose={() => setApproving(null)}
        onDecided={decided}
      />
      <RejectRequestModal
        request={rejecting}
        onClose={() => setRejecting(null)}
        onDecided={decided}
      />
    </>
  );
}

function MyRequests() {
  const translate = useTranslate();
  const requests = useRequests({ requester: 'me' });
  const reasonLabel = useReasonLabel();
  const cancel = useGqlMutation(CANCEL_ACCESS_REQUEST_MUTATION);
  const renew = useGqlMutation(RENEW_ACCESS_REQUEST_MUTATION);
  const [renewing, setRenewing] = useState<Row | null>(null);
  const [renewForm] = Form.useForm<{
    until?: Dayjs | null;
    reasonCode?: string;
    reason?: string;
  }>();

  return (
    <>
      <Table
        rowKey="id"
        size="middle"
        loading={requests.isLoading}
        dataSource={requests.rows}
        pagination={requests.pagination}
        data-testid="my-requests"
        columns={[
          {
            key: 'customer',
            title: translate('access.fields.customer'),
            render: (_, row) => <CustomerCell row={row} />,
          },
          {
            key: 'level',
            title: translate('access.fields.level'),
            render: (_, row) => <LevelTag level={row.level} />,
          },
          {
            key: 'reason',
            title: translate('access.fields.reason'),
            render: (_, row) => reasonLabel(row.reasonCode, row.reason),
          },
          {
            key: 'until',
            title: translate('access.fields.until'),
            render: (_, row) => dateTime(row.until),
          },
          {
            key: 'status',
            title: translate('access.fields.status'),
            render: (_, row) => <RequestStatusTag status={row.status} />,
          },
          {
            key: 'approver',
            title: translate('access.fields.approver'),
            render: (_, row) => row.approver?.displayName ?? translate('access.adminsDecide'),
          },
          {
            key: 'grant',
            title: translate('access.requests.grant'),
            render: (_, row) =>
              row.grant ? (
                <Space direction="vertical" size={0}>
                  <Typography.Text type={row.grant.active ? undefined : 'secondary'}>
                    {dateTime(row.grant.expiresAt)}
                  </Typography.Text>
                  {!row.grant.active && (
                    <Typography.Text type="secondary">
                      {translate('access.grants.expired')}
                    </Typography.Text>
                  )}
                </Space>
              ) : (
                '—'
              ),
          },
          {
            key: 'comment',
            title: translate('access.fields.comment'),
            render: (_, row) => row.comment ?? '—',
          },
          {
            key: 'actions',
            title: translate('table.actions'),
            render: (_, row) => (
              <Space>
                {row.status === 'PENDING' && (
                  <Popconfirm
                    title={translate('access.requests.cancelConfirm')}
                    onConfirm={async () => {
                      try {
                        await cancel.run({ id: row.id });
                        message.success(translate('access.requests.cancelled'));
                        void requests.refetch();
                      } catch (error) {
                        message.error(errorMessage(error));
                      }
                    }}
                  >
                    <Button size="small">{translate('access.requests.cancel')}</Button>
                  </Popconfirm>
                )}
                {row.status === 'APPROVED' && row.grant?.active && (
                  <Button
                    size="small"
                    onClick={() => {
                      renewForm.setFieldsValue({
                        until: dayjs(row.grant!.expiresAt).add(30, 'day'),
                        reasonCode: row.reasonCode ?? undefined,
                        reason: row.reason ?? undefined,
                      });
                      setRenewing(row);
                    }}
                  >
                    {translate('access.requests.renew')}
                  </Button>
                )}
              </Space>
            ),
          },
        ]}
      />
      <Modal
        open={!!renewing}
        title={translate('access.requests.renewTitle')}
        onCancel={() => setRenewing(null)}
        onOk={() => renewForm.submit()}
        confirmLoading={renew.isPending}
        forceRender
      >
        <Form
          form={renewForm}
          layout="vertical"
          onFinish={async (values) => {
            if (!renewing || !values.until) return;
            try {
              await renew.run({
                id: renewing.id,
                until: iso(values.until)!,
                reasonCode: values.reasonCode ?? null,
                reason: values.reason?.trim() || null,
              });
              message.success(translate('access.requests.renewed'));
              setRenewing(null);
              void requests.refetch();
            } catch (error) {
              message.error(errorMessage(error));
            }
          }}
        >
          <Form.Item
            name="until"
            label={translate('access.fields.until')}
            rules={[{ required: true, message: translate('validation.required') }]}
          >
            <ExpiryPicker />
          </Form.Item>
          <ReasonFields />
        </Form>
      </Modal>
    </>
  );
}

/** Access requests (查阅申请): the approver's inbox and the requester's own list. */
export function AccessRequestList() {
  const translate = useTranslate();
  const go = useGo();
  const permission = usePermission();
  const [searchParams, setSearchParams] = useSearchParams();
  const canDecide = permission.has('access.grant');
  const canRequest = permission.has('access.request');
  const pending = useGqlQuery(
    ACCESS_REQUESTS_QUERY,
    { filter: { approver: 'me', status: 'PENDING' }, paging: { limit: 1 } },
    { enabled: canDecide },
  );
  const items = [
    ...(canDecide
      ? [
          {
            key: 'inbox',
            label: (
              <Badge
                count={pending.data?.accessRequests.totalCount ?? 0}
                size="small"
                offset={[8, -2]}
              >
                <span data-testid="tab-inbox">{translate('access.requests.inbox')}</span>
              </Badge>
            ),
            children: <Inbox onDecided={() => void pending.refetch()} />,
          },
        ]
      : []),
    {
      key: 'mine',
      label: <span data-testid="tab-mine">{translate('access.requests.mine')}</span>,
      children: <MyRequests />,
    },
  ];
  const wanted = searchParams.get('tab');
  const active = items.some((item) => item.key === wanted) ? wanted! : items[0].key;
  return (
    <List
      title={translate('accessRequests.titles.list')}
      headerButtons={() =>
        canRequest && (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => go({ to: '/access-requests/create' })}
            data-testid="new-access-request"
          >
            {translate('access.requests.new')}
          </Button>
        )
      }
    >
      <Tabs
        activeKey={active}
        onChange={(key) => setSearchParams({ tab: key })}
        destroyOnHidden
        items={items}
      />
    </List>
  );
}
