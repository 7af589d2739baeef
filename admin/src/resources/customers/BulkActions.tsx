import { useState, type ReactNode } from 'react';
import { Alert, Button, Form, Input, Modal, Select, Space, Typography, message } from 'antd';
import type { TableRowSelection } from 'antd/es/table/interface';
import { useTranslate, type HttpError } from '@refinedev/core';
import type { Permission } from '@dossier/shared';
import type { AccessLevel, CustomerStatus } from '../../graphql/graphql';
import { usePeople, usePermission } from '../access/shared';
import { applyFieldErrors, errorMessage, useGqlMutation } from '../dictionaries/gql';
import type { CustomerRow } from './columns';
import { BulkResults, type BulkOutcome } from './bulk/BulkResults';
import {
  BULK_SET_MEMBER_MUTATION,
  BULK_SET_STATUS_MUTATION,
  BULK_TRANSFER_OWNER_MUTATION,
} from './bulk/queries';
import { CUSTOMER_STATUSES } from './shared';

type BulkActionKey = 'transfer' | 'member' | 'status';

/**
 * The actions offered on selected customers, in toolbar order, with the permission each needs.
 * Extension point for export: once customer export exists, add `{ key: 'export', permission:
 * 'customer.export' }` here and its form in `BulkModal`. Until then there is no export button.
 */
export const BULK_ACTIONS: readonly { key: BulkActionKey; permission: Permission }[] = [
  { key: 'transfer', permission: 'customer.update' },
  { key: 'member', permission: 'customer.update' },
  { key: 'status', permission: 'customer.update' },
];

/** The server's limit per call (MAX_BULK_IDS). */
export const MAX_BULK_SELECTION = 200;

/**
 * Row selection for the customers table and the bulk toolbar over it. Only rows the server
 * says the user may edit can be chosen; selection survives paging and is cleared after an action.
 */
export function useBulkSelection(refresh: () => void) {
  const permission = usePermission();
  const [selected, setSelected] = useState<CustomerRow[]>([]);
  const actions = BULK_ACTIONS.filter((action) => permission.has(action.permission));
  const rowSelection: TableRowSelection<CustomerRow> | undefined = actions.length
    ? {
        selectedRowKeys: selected.map((row) => row.id),
        preserveSelectedRowKeys: true,
        onChange: (_keys, rows) => setSelected(rows.filter(Boolean)),
        getCheckboxProps: (row) => ({ disabled: !row.canEdit }),
      }
    : undefined;
  const toolbar = (
    <BulkToolbar
      selected={selected}
      actions={actions.map((action) => action.key)}
      onClear={() => setSelected([])}
      onDone={() => {
        setSelected([]);
        refresh();
      }}
    />
  );
  return { rowSelection, toolbar };
}

function BulkToolbar({
  selected,
  actions,
  onClear,
  onDone,
}: {
  selected: CustomerRow[];
  actions: BulkActionKey[];
  onClear: () => void;
  onDone: () => void;
}) {
  const translate = useTranslate();
  const [open, setOpen] = useState<BulkActionKey | null>(null);
  if (selected.length === 0 || actions.length === 0) return null;
  const tooMany = selected.length > MAX_BULK_SELECTION;
  return (
    <>
      <Alert
        type={tooMany ? 'warning' : 'info'}
        style={{ marginBottom: 12 }}
        data-testid="customer-bulk-toolbar"
        message={
          <Space wrap>
            <Typography.Text>
              {translate('customers.bulk.selected', { count: selected.length })}
            </Typography.Text>
            {tooMany && (
              <Typography.Text type="warning">
                {translate('customers.bulk.tooMany', { max: MAX_BULK_SELECTION })}
              </Typography.Text>
            )}
            {actions.map((key) => (
              <Button
                key={key}
                size="small"
                disabled={tooMany}
                data-testid={`customer-bulk-${key}`}
                onClick={() => setOpen(key)}
              >
                {translate(`customers.bulk.actions.${key}`)}
              </Button>
            ))}
            <Button size="small" type="link" onClick={onClear} data-testid="customer-bulk-clear">
              {translate('customers.bulk.clear')}
            </Button>
          </Space>
        }
      />
      {open && (
        <BulkModal
          action={open}
          rows={selected}
          onClose={(changed) => {
            setOpen(null);
            if (changed) onDone();
          }}
        />
      )}
    </>
  );
}

const FORM_FIELDS = new Set(['ownerId', 'keepPreviousAs', 'userId', 'level', 'status', 'reason']);

interface BulkValues {
  ownerId?: string;
  keepPreviousAs?: AccessLevel;
  userId?: string;
  level?: AccessLevel;
  status?: CustomerStatus;
  reason?: string;
}

/** One action's form, then its per-row results; closing after a run refreshes the list. */
function BulkModal({
  action,
  rows,
  onClose,
}: {
  action: BulkActionKey;
  rows: CustomerRow[];
  onClose: (changed: boolean) => void;
}) {
  const translate = useTranslate();
  const [form] = Form.useForm<BulkValues>();
  const [outcomes, setOutcomes] = useState<BulkOutcome[] | null>(null);
  const transfer = useGqlMutation(BULK_TRANSFER_OWNER_MUTATION);
  const member = useGqlMutation(BULK_SET_MEMBER_MUTATION);
  const status = useGqlMutation(BULK_SET_STATUS_MUTATION);
  const pending = transfer.isPending || member.isPending || status.isPending;
  const customerIds = rows.map((row) => row.id);
  // The versions the list showed: a customer changed since then is reported, not overwritten.
  const versions = rows.map((row) => row.version);

  const run = async (values: BulkValues): Promise<BulkOutcome[]> => {
    const reason = values.reason?.trim() || null;
    if (action === 'transfer')
      return (
        await transfer.run({
          customerIds,
          ownerId: values.ownerId!,
          keepPreviousAs: values.keepPreviousAs ?? null,
          reason,
          versions,
        })
      ).bulkTransferCustomerOwner;
    if (action === 'member')
      return (
        await member.run({ customerIds, userId: values.userId!, level: values.level ?? 'READ' })
      ).bulkSetCustomerMember;
    return (await status.run({ customerIds, status: values.status!, reason, versions }))
      .bulkSetCustomerStatus;
  };
  const submit = async (values: BulkValues) => {
    try {
      setOutcomes(await run(values));
    } catch (error) {
      // A refusal of the whole call: on its field when it names one of ours, else as a message.
      const fields = Object.keys(((error as HttpError).errors ?? {}) as object);
      const ours = fields.some((field) => FORM_FIELDS.has(field));
      if (!ours || !applyFieldErrors(form, error)) message.error(errorMessage(error));
    }
  };

  return (
    <Modal
      open
      title={translate(`customers.bulk.actions.${action}`)}
      onCancel={() => onClose(outcomes !== null)}
      destroyOnHidden
      width={outcomes ? 640 : 520}
      footer={
        outcomes ? (
          <Button type="primary" onClick={() => onClose(true)} data-testid="customer-bulk-done">
            {translate('customers.bulk.close')}
          </Button>
        ) : undefined
      }
      okText={translate('customers.bulk.apply', { count: rows.length })}
      onOk={() => form.submit()}
      confirmLoading={pending}
      okButtonProps={{ 'data-testid': 'customer-bulk-submit' }}
    >
      {outcomes ? (
        <BulkResults outcomes={outcomes} rows={rows} />
      ) : (
        <Form<BulkValues>
          form={form}
          layout="vertical"
          initialValues={{ level: 'READ' }}
          onFinish={submit}
          data-testid={`customer-bulk-form-${action}`}
        >
          <Typography.Paragraph type="secondary">
            {translate('customers.bulk.intro', { count: rows.length })}
          </Typography.Paragraph>
          <ActionFields action={action} />
        </Form>
      )}
    </Modal>
  );
}

function ActionFields({ action }: { action: BulkActionKey }): ReactNode {
  const translate = useTranslate();
  const people = usePeople();
  const permission = usePermission();
  const required = [{ required: true, message: translate('validation.required') }];
  // A transfer without change.approve becomes a change request, which needs a reason.
  const approval = !permission.has('change.approve');
  const levels = (['READ', 'EDIT'] as const).map((level) => ({
    value: level,
    label: translate(`customers.team.levels.${level}`),
  }));
  const userSelect = (
    <Select
      showSearch
      optionFilterProp="label"
      options={people.userOptions}
      notFoundContent={people.complete ? undefined : translate('customers.bulk.managersOnly')}
    />
  );
  const reason = (needed: boolean) => (
    <Form.Item
      name="reason"
      label={translate('customers.history.reason')}
      rules={needed ? [{ ...required[0], whitespace: true }] : undefined}
    >
      <Input />
    </Form.Item>
  );
  if (action === 'transfer')
    return (
      <>
        <Form.Item name="ownerId" label={translate('customers.team.newOwner')} rules={required}>
          {userSelect}
        </Form.Item>
        <Form.Item name="keepPreviousAs" label={translate('customers.team.keepPreviousAs')}>
          <Select allowClear options={levels} />
        </Form.Item>
        {reason(approval)}
        {approval && (
          <Typography.Text type="secondary">
            {translate('customers.bulk.transferApproval')}
          </Typography.Text>
        )}
      </>
    );
  if (action === 'member')
    return (
      <>
        <Form.Item name="userId" label={translate('customers.team.member')} rules={required}>
          {userSelect}
        </Form.Item>
        <Form.Item name="level" label={translate('customers.team.level')}>
          <Select options={levels} />
        </Form.Item>
      </>
    );
  return (
    <>
      <Form.Item name="status" label={translate('customers.fields.status')} rules={required}>
        <Select
          options={CUSTOMER_STATUSES.map((status) => ({
            value: status,
            label: translate(`customers.status.${status}`),
          }))}
        />
      </Form.Item>
      {reason(false)}
    </>
  );
}
