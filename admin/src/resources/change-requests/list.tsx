import { useState } from 'react';
import {
  Alert,
  Badge,
  Button,
  Descriptions,
  Form,
  Input,
  Modal,
  Select,
  Space,
  Table,
  Tabs,
  Typography,
  message,
} from 'antd';
import { List } from '@refinedev/antd';
import { useTranslate } from '@refinedev/core';
import { Link, useSearchParams } from 'react-router';
import type { ChangeRequestsQuery, RequestFilter, RequestStatus } from '../../graphql/graphql';
import { errorCode, errorMessage, useGqlMutation, useGqlQuery } from '../dictionaries/gql';
import {
  ChangeDiff,
  RequestStatusTag,
  dateTime,
  usePeople,
  RejectModal,
  usePermission,
} from '../access/shared';
import {
  APPLY_CHANGE_REQUEST_MUTATION,
  CHANGE_REQUESTS_QUERY,
  REBASE_CHANGE_REQUEST_MUTATION,
  REJECT_CHANGE_REQUEST_MUTATION,
} from './queries';

type Row = ChangeRequestsQuery['changeRequests']['nodes'][number];
const PAGE_SIZE = 20;
const STATUSES: RequestStatus[] = ['PENDING', 'APPROVED', 'REJECTED', 'CANCELLED'];

function CustomerCell({ row }: { row: Row }) {
  if (!row.customer) return <>—</>;
  const label = `${row.customer.number ?? ''} ${row.customer.name}`.trim();
  return row.customer.readable ? (
    <Link to={`/customers/show/${row.customer.id}`}>{label}</Link>
  ) : (
    <>{label}</>
  );
}

/** `onDecided`: after an apply or a rejection (the review tab's count follows). */
function RequestTable({
  filter,
  review,
  onDecided,
}: {
  filter: RequestFilter;
  review: boolean;
  onDecided?: () => void;
}) {
  const translate = useTranslate();
  const people = usePeople();
  const [status, setStatus] = useState<RequestStatus | undefined>(review ? 'PENDING' : undefined);
  const [page, setPage] = useState(1);
  const query = useGqlQuery(CHANGE_REQUESTS_QUERY, {
    filter: { ...filter, ...(status ? { status } : {}) },
    paging: { limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE },
  });
  const apply = useGqlMutation(APPLY_CHANGE_REQUEST_MUTATION);
  const reject = useGqlMutation(REJECT_CHANGE_REQUEST_MUTATION);
  const rebase = useGqlMutation(REBASE_CHANGE_REQUEST_MUTATION);
  const [applying, setApplying] = useState<Row | null>(null);
  const [conflict, setConflict] = useState<string | null>(null);
  const [rejecting, setRejecting] = useState<Row | null>(null);
  const [applyForm] = Form.useForm<{ comment?: string }>();
  const rows = query.data?.changeRequests.nodes ?? [];
  // The open modal follows the list, so a rebased diff shows at once.
  const current = applying ? (rows.find((row) => row.id === applying.id) ?? applying) : null;

  const closeApply = () => {
    setApplying(null);
    setConflict(null);
    applyForm.resetFields();
  };

  return (
    <>
      <Space style={{ marginBottom: 12 }}>
        <Typography.Text>{translate('access.fields.status')}</Typography.Text>
        <Select
          allowClear
          style={{ width: 160 }}
          value={status}
          onChange={(value) => {
            setStatus(value);
            setPage(1);
          }}
          placeholder={translate('access.requests.allStatuses')}
          options={STATUSES.filter((value) => value !== 'CANCELLED').map((value) => ({
            value,
            label: translate(`access.status.${value}`),
          }))}
        />
      </Space>
      <Table
        rowKey="id"
        size="middle"
        loading={query.isLoading}
        dataSource={rows}
        data-testid={review ? 'change-review' : 'my-change-requests'}
        locale={{
          emptyText: translate(review ? 'changeRequests.reviewEmpty' : 'changeRequests.mineEmpty'),
        }}
        pagination={{
          current: page,
          pageSize: PAGE_SIZE,
          total: query.data?.changeRequests.totalCount ?? 0,
          onChange: setPage,
          hideOnSinglePage: true,
        }}
        columns={[
          {
            key: 'customer',
            title: translate('access.fields.customer'),
            width: 200,
            render: (_, row) => (
              <Space direction="vertical" size={0}>
                <CustomerCell row={row} />
                <Typography.Text type="secondary">{dateTime(row.createdAt)}</Typography.Text>
              </Space>
            ),
          },
          {
            key: 'diff',
            title: translate('changeRequests.fields.diff'),
            render: (_, row) => (
              <ChangeDiff diff={row.diff} kind={row.customer?.kind} people={people} />
            ),
          },
          {
            key: 'who',
            title: translate('changeRequests.fields.request'),
            width: 240,
            render: (_, row) => (
              <Space direction="vertical" size={0}>
                <Typography.Text>
                  {translate('access.fields.requester')}: {row.requester?.displayName ?? '—'}
                </Typography.Text>
                <Typography.Text>
                  {translate('access.fields.reason')}: {row.reason}
                </Typography.Text>
                <Typography.Text type="secondary">
                  {translate('access.fields.approver')}:{' '}
                  {row.approver?.displayName ?? translate('access.adminsDecide')}
                </Typography.Text>
              </Space>
            ),
          },
          {
            key: 'status',
            title: translate('access.fields.status'),
            width: 140,
            render: (_, row) => (
              <Space direction="vertical" size={0}>
                <RequestStatusTag status={row.status} />
                {row.comment && <Typography.Text type="secondary">{row.comment}</Typography.Text>}
              </Space>
            ),
          },
          ...(review
            ? [
                {
                  key: 'actions',
                  title: translate('table.actions'),
                  width: 170,
                  render: (_: unknown, row: Row) =>
                    row.status === 'PENDING' && (
                      <Space>
                        <Button
                          type="primary"
                          size="small"
                          onClick={() => setApplying(row)}
                          data-testid={`apply-change-${row.id}`}
                        >
                          {translate('changeRequests.apply')}
                        </Button>
                        <Button size="small" danger onClick={() => setRejecting(row)}>
                          {translate('access.requests.reject')}
                        </Button>
                      </Space>
                    ),
                },
              ]
            : []),
        ]}
      />
      <Modal
        open={!!current}
        width={720}
        title={translate('changeRequests.applyTitle')}
        onCancel={closeApply}
        onOk={() => applyForm.submit()}
        okText={translate('changeRequests.apply')}
        okButtonProps={{ disabled: !!conflict, 'data-testid': 'apply-submit' } as never}
        confirmLoading={apply.isPending}
        forceRender
      >
        {current && (
          <Space direction="vertical" style={{ width: '100%' }}>
            <Descriptions
              size="small"
              column={1}
              items={[
                {
                  key: 'customer',
                  label: translate('access.fields.customer'),
                  children: <CustomerCell row={current} />,
                },
                {
                  key: 'requester',
                  label: translate('access.fields.requester'),
                  children: current.requester?.displayName ?? '—',
                },
                {
                  key: 'reason',
                  label: translate('access.fields.reason'),
                  children: current.reason,
                },
                {
                  key: 'base',
                  label: translate('changeRequests.fields.baseVersion'),
                  children: current.baseVersion,
                },
              ]}
            />
            <ChangeDiff diff={current.diff} kind={current.customer?.kind} people={people} />
            {conflict && (
              <Alert
                type="warning"
                showIcon
                data-testid="change-conflict"
                message={translate('changeRequests.conflictTitle')}
                description={
                  <Space direction="vertical">
                    <Typography.Text>{translate('changeRequests.conflictText')}</Typography.Text>
                    <Typography.Text type="secondary">{conflict}</Typography.Text>
                    <Button
                      type="primary"
                      loading={rebase.isPending}
                      data-testid="rebase-change"
                      onClick={async () => {
                        try {
                          await rebase.run({ id: current.id });
                          await query.refetch();
                          setConflict(null);
                          message.success(translate('changeRequests.rebased'));
                        } catch (error) {
                          message.error(errorMessage(error));
                        }
                      }}
                    >
                      {translate('changeRequests.rebase')}
                    </Button>
                  </Space>
                }
              />
            )}
          </Space>
        )}
        <Form
          form={applyForm}
          layout="vertical"
          style={{ marginTop: 12 }}
          onFinish={async (values) => {
            if (!current) return;
            try {
              await apply.run({ id: current.id, comment: values.comment?.trim() || null });
              message.success(translate('changeRequests.applied'));
              closeApply();
              void query.refetch();
              onDecided?.();
            } catch (error) {
              if (errorCode(error) === 'CONFLICT') setConflict(errorMessage(error));
              else message.error(errorMessage(error));
            }
          }}
        >
          <Form.Item name="comment" label={translate('access.fields.comment')}>
            <Input.TextArea rows={2} maxLength={500} />
          </Form.Item>
        </Form>
      </Modal>
      <RejectModal
        open={!!rejecting}
        title={translate('changeRequests.rejectTitle')}
        doneMessage={translate('changeRequests.rejected')}
        loading={reject.isPending}
        onReject={async (comment) => {
          await reject.run({ id: rejecting!.id, comment });
          void query.refetch();
          onDecided?.();
        }}
        onClose={() => setRejecting(null)}
      />
    </>
  );
}

/** Change requests (修改审批) for protected fields: the approver's review and the requester's own. */
export function ChangeRequestList() {
  const translate = useTranslate();
  const permission = usePermission();
  const [searchParams, setSearchParams] = useSearchParams();
  const canApprove = permission.has('change.approve');
  const pending = useGqlQuery(
    CHANGE_REQUESTS_QUERY,
    { filter: { approver: 'me', status: 'PENDING' }, paging: { limit: 1 } },
    { enabled: canApprove },
  );
  const items = [
    ...(canApprove
      ? [
          {
            key: 'review',
            label: (
              <Badge
                count={pending.data?.changeRequests.totalCount ?? 0}
                size="small"
                offset={[8, -2]}
              >
                <span data-testid="tab-review">{translate('changeRequests.review')}</span>
              </Badge>
            ),
            children: (
              <RequestTable
                filter={{ approver: 'me' }}
                review
                onDecided={() => void pending.refetch()}
              />
            ),
          },
        ]
      : []),
    {
      key: 'mine',
      label: <span data-testid="tab-mine">{translate('changeRequests.mine')}</span>,
      children: <RequestTable filter={{ requester: 'me' }} review={false} />,
    },
  ];
  const wanted = searchParams.get('tab');
  const active = items.some((item) => item.key === wanted) ? wanted! : items[0].key;
  return (
    <List title={translate('changeRequests.titles.list')}>
      <Tabs
        activeKey={active}
        onChange={(key) => setSearchParams({ tab: key })}
        destroyOnHidden
        items={items}
      />
    </List>
  );
}
