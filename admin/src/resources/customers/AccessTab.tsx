import { useState } from 'react';
import {
  Alert,
  Button,
  Card,
  Empty,
  Form,
  Modal,
  Popconfirm,
  Radio,
  Select,
  Space,
  Table,
  Tag,
  Typography,
  message,
  type FormInstance,
} from 'antd';
import { useTranslate } from '@refinedev/core';
import { Link } from 'react-router';
import type { Dayjs } from 'dayjs';
import type { AccessLevel, CustomerKind } from '../../graphql/graphql';
import { errorMessage, useGqlMutation, useGqlQuery } from '../dictionaries/gql';
import { GranteeSelect } from '../access/GranteeSelect';
import { ApproveRequestModal, RejectRequestModal } from '../access-requests/decide';
import type { CustomerAccessRequestsQuery } from '../../graphql/graphql';
import {
  CUSTOMER_ACCESS_QUERY,
  CUSTOMER_ACCESS_REQUESTS_QUERY,
  CUSTOMER_GRANTS_QUERY,
  GRANT_ACCESS_MUTATION,
  REMOVE_MEMBER_MUTATION,
  REVOKE_GRANT_MUTATION,
  SET_MEMBER_MUTATION,
} from '../access/queries';
import {
  ACCESS_LEVELS,
  ChangeDiff,
  ExpiryPicker,
  LevelTag,
  ReasonFields,
  RequestStatusTag,
  dateTime,
  iso,
  useDictionaryOptions,
  usePeople,
  usePermission,
} from '../access/shared';

type RequestRow = CustomerAccessRequestsQuery['accessRequests']['nodes'][number];

/** Puts `input.<field>` problems of a refused grant on the form's fields; true when any was placed. */
function applyInputErrors(form: FormInstance, error: unknown): boolean {
  const errors = (error as { errors?: Record<string, string[] | string> } | undefined)?.errors;
  if (!errors || typeof errors !== 'object') return false;
  const fields = Object.entries(errors)
    .map(([path, messages]) => ({
      name: path.replace(/^input\./, ''),
      errors: Array.isArray(messages) ? messages : [String(messages)],
    }))
    .filter((field) => ['toUserId', 'toDepartmentId', 'expiresAt', 'reason'].includes(field.name));
  if (!fields.length) return false;
  form.setFields(fields as never);
  return true;
}

interface GrantValues {
  target: 'user' | 'department';
  toUserId?: string;
  toDepartmentId?: string;
  level: AccessLevel;
  expiresAt?: Dayjs | null;
  reasonCode?: string;
  reason?: string;
}

function GrantModal({
  customerId,
  open,
  onClose,
  onDone,
}: {
  customerId: string;
  open: boolean;
  onClose: () => void;
  onDone: () => void;
}) {
  const translate = useTranslate();
  const [form] = Form.useForm<GrantValues>();
  const target = Form.useWatch('target', form) ?? 'user';
  const reasons = useDictionaryOptions('access_reason');
  const grant = useGqlMutation(GRANT_ACCESS_MUTATION);
  const submit = async (values: GrantValues) => {
    const code = values.reasonCode
      ? (reasons.find((item) => item.code === values.reasonCode)?.label ?? values.reasonCode)
      : '';
    const reason = [code, values.reason?.trim()].filter(Boolean).join(' — ');
    try {
      await grant.run({
        input: {
          customerIds: [customerId],
          toUserId: values.target === 'user' ? (values.toUserId ?? null) : null,
          toDepartmentId: values.target === 'department' ? (values.toDepartmentId ?? null) : null,
          level: values.level,
          expiresAt: iso(values.expiresAt)!,
          reason,
        },
      });
      message.success(translate('access.grants.granted'));
      form.resetFields();
      onDone();
    } catch (error) {
      // Field problems (`input.toUserId`…) go on the form's fields, anything else to a message.
      if (!applyInputErrors(form, error)) message.error(errorMessage(error));
    }
  };
  return (
    <Modal
      open={open}
      title={translate('access.grants.grant')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okButtonProps={{ 'data-testid': 'grant-submit' } as never}
      confirmLoading={grant.isPending}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{ target: 'user', level: 'READ' }}
        preserve={false}
      >
        <Form.Item name="target" label={translate('access.grants.to')}>
          <Radio.Group
            options={[
              { value: 'user', label: translate('access.grants.toUser') },
              { value: 'department', label: translate('access.grants.toDepartment') },
            ]}
          />
        </Form.Item>
        {target === 'user' ? (
          <Form.Item
            name="toUserId"
            label={translate('access.grants.user')}
            rules={[{ required: true, message: translate('validation.required') }]}
          >
            <GranteeSelect kind="USER" testId="grant-user" />
          </Form.Item>
        ) : (
          <Form.Item
            name="toDepartmentId"
            label={translate('access.grants.department')}
            rules={[{ required: true, message: translate('validation.required') }]}
          >
            <GranteeSelect kind="DEPARTMENT" testId="grant-department" />
          </Form.Item>
        )}
        <Form.Item name="level" label={translate('access.fields.level')}>
          <Select
            options={ACCESS_LEVELS.map((level) => ({
              value: level,
              label: translate(`customers.team.levels.${level}`),
            }))}
          />
        </Form.Item>
        <Form.Item
          name="expiresAt"
          label={translate('access.grants.expiresAt')}
          extra={translate('access.grants.presetsHint')}
          rules={[{ required: true, message: translate('validation.required') }]}
        >
          <ExpiryPicker testId="grant-expires" />
        </Form.Item>
        <ReasonFields />
      </Form>
    </Modal>
  );
}

function MemberModal({
  customerId,
  open,
  onClose,
  onDone,
}: {
  customerId: string;
  open: boolean;
  onClose: () => void;
  onDone: () => void;
}) {
  const translate = useTranslate();
  const [form] = Form.useForm<{ userId: string; level: AccessLevel }>();
  const people = usePeople();
  const setMember = useGqlMutation(SET_MEMBER_MUTATION);
  return (
    <Modal
      open={open}
      title={translate('customers.team.addMember')}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={setMember.isPending}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={{ level: 'READ' }}
        preserve={false}
        onFinish={async (values) => {
          try {
            await setMember.run({ customerId, userId: values.userId, level: values.level });
            onDone();
          } catch (error) {
            message.error(errorMessage(error));
          }
        }}
      >
        <Form.Item
          name="userId"
          label={translate('customers.team.member')}
          rules={[{ required: true, message: translate('validation.required') }]}
          extra={people.complete ? undefined : translate('access.grants.usersLimited')}
        >
          <Select showSearch optionFilterProp="label" options={people.userOptions} />
        </Form.Item>
        <Form.Item name="level" label={translate('customers.team.level')}>
          <Select
            options={ACCESS_LEVELS.map((level) => ({
              value: level,
              label: translate(`customers.team.levels.${level}`),
            }))}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/**
 * The customer's "Access" (访问权限) tab: team members, grants (with `access.grant`),
 * pending change requests and the access requests the caller may see.
 */
export function AccessTab({
  customerId,
  kind,
  canEdit,
}: {
  customerId: string;
  kind: CustomerKind;
  canEdit: boolean;
}) {
  const translate = useTranslate();
  const permission = usePermission();
  const canGrant = permission.has('access.grant');
  const people = usePeople();
  const access = useGqlQuery(CUSTOMER_ACCESS_QUERY, { id: customerId });
  const grants = useGqlQuery(CUSTOMER_GRANTS_QUERY, { id: customerId }, { enabled: canGrant });
  const requests = useGqlQuery(CUSTOMER_ACCESS_REQUESTS_QUERY, {
    filter: { customerId },
    paging: { limit: 50 },
  });
  const revoke = useGqlMutation(REVOKE_GRANT_MUTATION);
  const setMember = useGqlMutation(SET_MEMBER_MUTATION);
  const removeMember = useGqlMutation(REMOVE_MEMBER_MUTATION);
  const [grantOpen, setGrantOpen] = useState(false);
  const [approving, setApproving] = useState<RequestRow | null>(null);
  const [rejecting, setRejecting] = useState<RequestRow | null>(null);
  const decided = () => {
    void requests.refetch();
    if (canGrant) void grants.refetch();
  };
  const [memberOpen, setMemberOpen] = useState(false);
  const customer = access.data?.customer;

  const act = async (work: () => Promise<unknown>, done?: string) => {
    try {
      await work();
      if (done) message.success(done);
      void access.refetch();
      if (canGrant) void grants.refetch();
    } catch (error) {
      message.error(errorMessage(error));
    }
  };

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }} data-testid="access-tab">
      <Card
        size="small"
        title={translate('access.tab.members')}
        extra={
          canEdit && (
            <Button size="small" onClick={() => setMemberOpen(true)}>
              {translate('customers.team.addMember')}
            </Button>
          )
        }
      >
        <Table
          size="small"
          rowKey="userId"
          scroll={{ x: 'max-content' }}
          pagination={false}
          loading={access.isLoading}
          dataSource={customer?.members ?? []}
          locale={{ emptyText: translate('customers.team.noMembers') }}
          columns={[
            {
              key: 'user',
              title: translate('customers.team.member'),
              render: (_, member) => people.name(member.userId),
            },
            {
              key: 'level',
              title: translate('customers.team.level'),
              render: (_, member) =>
                canEdit ? (
                  <Select
                    size="small"
                    value={member.level}
                    style={{ width: 120 }}
                    options={ACCESS_LEVELS.map((level) => ({
                      value: level,
                      label: translate(`customers.team.levels.${level}`),
                    }))}
                    onChange={(level: AccessLevel) =>
                      act(() => setMember.run({ customerId, userId: member.userId, level }))
                    }
                  />
                ) : (
                  <LevelTag level={member.level} />
                ),
            },
            {
              key: 'addedAt',
              title: translate('access.fields.addedAt'),
              render: (_, member) => dateTime(member.addedAt),
            },
            ...(canEdit
              ? [
                  {
                    key: 'actions',
                    title: translate('table.actions'),
                    render: (_: unknown, member: { userId: string }) => (
                      <Popconfirm
                        title={translate('access.tab.removeMemberConfirm')}
                        onConfirm={() =>
                          act(() => removeMember.run({ customerId, userId: member.userId }))
                        }
                      >
                        <Button size="small" danger>
                          {translate('access.tab.removeMember')}
                        </Button>
                      </Popconfirm>
                    ),
                  },
                ]
              : []),
          ]}
        />
      </Card>

      {canGrant && (
        <Card
          size="small"
          title={translate('access.grants.title')}
          extra={
            <Button
              type="primary"
              size="small"
              onClick={() => setGrantOpen(true)}
              data-testid="grant-access"
            >
              {translate('access.grants.grant')}
            </Button>
          }
        >
          <Table
            size="small"
            rowKey="id"
            pagination={{ pageSize: 10, hideOnSinglePage: true }}
            loading={grants.isLoading}
            dataSource={grants.data?.customer.grants ?? []}
            data-testid="grants-table"
            scroll={{ x: 'max-content' }}
            columns={[
              {
                key: 'to',
                title: translate('access.grants.to'),
                render: (_, grant) =>
                  grant.user ? (
                    <Space>
                      <Tag>{translate('access.grants.toUser')}</Tag>
                      {grant.user.displayName}
                    </Space>
                  ) : (
                    <Space>
                      <Tag color="purple">{translate('access.grants.toDepartment')}</Tag>
                      {grant.department?.name ?? grant.departmentId}
                    </Space>
                  ),
              },
              {
                key: 'level',
                title: translate('access.fields.level'),
                render: (_, grant) => <LevelTag level={grant.level} />,
              },
              {
                key: 'expiresAt',
                title: translate('access.grants.expiresAt'),
                render: (_, grant) => dateTime(grant.expiresAt),
              },
              {
                key: 'state',
                title: translate('access.grants.state'),
                render: (_, grant) =>
                  grant.active ? (
                    <Tag color="green">{translate('access.grants.active')}</Tag>
                  ) : (
                    <Tag>
                      {translate(
                        grant.revokedAt ? 'access.grants.revoked' : 'access.grants.expired',
                      )}
                    </Tag>
                  ),
              },
              { key: 'reason', title: translate('access.fields.reason'), dataIndex: 'reason' },
              {
                key: 'actions',
                title: translate('table.actions'),
                render: (_, grant) =>
                  grant.active && (
                    <Popconfirm
                      title={translate('access.grants.revokeConfirm')}
                      onConfirm={() =>
                        act(
                          () => revoke.run({ id: grant.id }),
                          translate('access.grants.revokedDone'),
                        )
                      }
                    >
                      <Button size="small" danger loading={revoke.isPending}>
                        {translate('access.grants.revoke')}
                      </Button>
                    </Popconfirm>
                  ),
              },
            ]}
          />
        </Card>
      )}

      <Card
        size="small"
        title={translate('access.tab.changeRequests')}
        extra={<Link to="/change-requests">{translate('access.tab.openReview')}</Link>}
      >
        {(customer?.changeRequests ?? []).length === 0 ? (
          <Empty
            image={Empty.PRESENTED_IMAGE_SIMPLE}
            description={translate('access.tab.noChangeRequests')}
          />
        ) : (
          <Space
            direction="vertical"
            style={{ width: '100%' }}
            data-testid="pending-change-requests"
          >
            {(customer?.changeRequests ?? []).map((request) => (
              <Alert
                key={request.id}
                type="warning"
                message={
                  <Space wrap>
                    <RequestStatusTag status={request.status} />
                    <Typography.Text>
                      {translate('access.tab.changeBy', {
                        name: request.requester?.displayName ?? '—',
                        at: dateTime(request.createdAt),
                      })}
                    </Typography.Text>
                    <Typography.Text type="secondary">
                      {translate('access.fields.reason')}: {request.reason}
                    </Typography.Text>
                    {request.approver && (
                      <Typography.Text type="secondary">
                        {translate('access.fields.approver')}: {request.approver.displayName}
                      </Typography.Text>
                    )}
                  </Space>
                }
                description={<ChangeDiff diff={request.diff} kind={kind} people={people} />}
              />
            ))}
          </Space>
        )}
      </Card>

      <Card size="small" title={translate('access.tab.requests')}>
        <Table
          size="small"
          rowKey="id"
          pagination={{ pageSize: 10, hideOnSinglePage: true }}
          loading={requests.isLoading}
          dataSource={requests.data?.accessRequests.nodes ?? []}
          data-testid="access-requests-table"
          scroll={{ x: 'max-content' }}
          columns={[
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
              key: 'status',
              title: translate('access.fields.status'),
              render: (_, row) => <RequestStatusTag status={row.status} />,
            },
            {
              key: 'until',
              title: translate('access.fields.until'),
              render: (_, row) => dateTime(row.until),
            },
            {
              key: 'approver',
              title: translate('access.fields.approver'),
              render: (_, row) => row.approver?.displayName ?? translate('access.adminsDecide'),
            },
            {
              key: 'createdAt',
              title: translate('access.fields.createdAt'),
              render: (_, row) => dateTime(row.createdAt),
            },
            {
              key: 'actions',
              title: translate('table.actions'),
              // Only where the server would let this caller decide (routed to them, customer in reach).
              render: (_, row) =>
                row.canDecide && (
                  <Space wrap>
                    <Button
                      type="primary"
                      size="small"
                      data-testid={`tab-approve-request-${row.id}`}
                      onClick={() => setApproving(row)}
                    >
                      {translate('access.requests.approve')}
                    </Button>
                    <Button
                      size="small"
                      danger
                      data-testid={`tab-reject-request-${row.id}`}
                      onClick={() => setRejecting(row)}
                    >
                      {translate('access.requests.reject')}
                    </Button>
                  </Space>
                ),
            },
          ]}
        />
      </Card>
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

      <GrantModal
        customerId={customerId}
        open={grantOpen}
        onClose={() => setGrantOpen(false)}
        onDone={() => {
          setGrantOpen(false);
          void grants.refetch();
        }}
      />
      <MemberModal
        customerId={customerId}
        open={memberOpen}
        onClose={() => setMemberOpen(false)}
        onDone={() => {
          setMemberOpen(false);
          void access.refetch();
        }}
      />
    </Space>
  );
}
