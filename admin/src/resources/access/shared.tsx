import { useMemo, useState, type CSSProperties } from 'react';
import { DatePicker, Form, Input, Modal, Select, Table, Tag, Typography, message } from 'antd';
import { usePermissions, useTranslate } from '@refinedev/core';
import type { Permission } from '@dossier/shared';
import dayjs, { type Dayjs } from 'dayjs';
import type { AccessLevel, CustomerKind, RequestStatus } from '../../graphql/graphql';
import { errorMessage, useGqlQuery } from '../dictionaries/gql';
import {
  ACCESS_CARD_QUERY,
  ACCESS_CUSTOMER_SEARCH_QUERY,
  ACCESS_DEPARTMENTS_QUERY,
  ACCESS_DICTIONARY_OPTIONS_QUERY,
  ACCESS_USERS_QUERY,
} from './queries';

export const ACCESS_LEVELS: AccessLevel[] = ['READ', 'EDIT'];

/** The signed-in user's permissions; `has` is false until they are loaded. */
export function usePermission() {
  const { data, isLoading } = usePermissions<string[]>({});
  return useMemo(
    () => ({
      loaded: !isLoading && !!data,
      has: (permission: Permission) => (data ?? []).includes(permission),
    }),
    [data, isLoading],
  );
}

/** A select over the customers the caller can read, searched on the server (number, name, former name). */
export function CustomerSearchSelect({
  value,
  onChange,
  placeholder,
  style,
  testId,
}: {
  value?: string;
  onChange: (value: string | undefined) => void;
  placeholder: string;
  style?: CSSProperties;
  testId: string;
}) {
  const [search, setSearch] = useState('');
  const customers = useGqlQuery(ACCESS_CUSTOMER_SEARCH_QUERY, {
    search: search || null,
    paging: { limit: 20 },
  });
  return (
    <Select
      showSearch
      allowClear
      filterOption={false}
      value={value}
      onSearch={setSearch}
      onChange={onChange}
      loading={customers.isFetching}
      placeholder={placeholder}
      style={style}
      data-testid={testId}
      options={(customers.data?.customers.nodes ?? []).map((customer) => ({
        value: customer.id,
        label: `${customer.number ?? ''} ${customer.name}`.trim(),
      }))}
    />
  );
}

export const dateTime = (value: string | null | undefined) =>
  value ? dayjs(value).format('YYYY-MM-DD HH:mm') : '—';

export function useDictionaryOptions(type: string) {
  const query = useGqlQuery(ACCESS_DICTIONARY_OPTIONS_QUERY, { type });
  return useMemo(() => query.data?.dictionaryOptions ?? [], [query.data]);
}

/** Default expiries from `grant_period` (`days` attribute): antd DatePicker presets. */
export function useExpiryPresets() {
  const periods = useDictionaryOptions('grant_period');
  return useMemo(
    () =>
      periods
        .map((item) => ({
          item,
          days: Number((item.attributes as { days?: unknown } | null)?.days),
        }))
        .filter(({ days }) => Number.isFinite(days) && days > 0)
        .map(({ item, days }) => ({
          label: item.label,
          days,
          value: dayjs().add(days, 'day').endOf('day'),
        })),
    [periods],
  );
}

export function ExpiryPicker({
  value,
  onChange,
  max,
  testId,
}: {
  value?: Dayjs | null;
  onChange?: (value: Dayjs | null) => void;
  max?: Dayjs;
  testId?: string;
}) {
  const presets = useExpiryPresets();
  return (
    <DatePicker
      showTime={{ format: 'HH:mm' }}
      format="YYYY-MM-DD HH:mm"
      style={{ width: '100%' }}
      value={value ?? null}
      onChange={(next) => onChange?.(next ?? null)}
      presets={presets
        .filter((preset) => !max || !preset.value.isAfter(max))
        .map(({ label, value: v }) => ({ label, value: v }))}
      disabledDate={(date) => date.isBefore(dayjs(), 'day') || (!!max && date.isAfter(max, 'day'))}
      data-testid={testId}
    />
  );
}

/** Reason picker (`access_reason`) with free text beside it; at least one is needed. */
export function ReasonFields({
  codeName = 'reasonCode',
  textName = 'reason',
}: {
  codeName?: string;
  textName?: string;
}) {
  const translate = useTranslate();
  const reasons = useDictionaryOptions('access_reason');
  return (
    <>
      <Form.Item name={codeName} label={translate('access.reason.code')}>
        <Select
          allowClear
          data-testid="reason-code"
          options={reasons.map((item) => ({ value: item.code, label: item.label }))}
          placeholder={translate('access.reason.codePlaceholder')}
        />
      </Form.Item>
      <Form.Item
        name={textName}
        label={translate('access.reason.text')}
        dependencies={[codeName]}
        rules={[
          ({ getFieldValue }) => ({
            validator: (_, value?: string) =>
              getFieldValue(codeName) || value?.trim()
                ? Promise.resolve()
                : Promise.reject(new Error(translate('access.reason.required'))),
          }),
        ]}
      >
        <Input.TextArea
          rows={2}
          maxLength={500}
          data-testid="reason-text"
          placeholder={translate('access.reason.textPlaceholder')}
        />
      </Form.Item>
    </>
  );
}

/** "code label — free text" for display. */
export function useReasonLabel() {
  const reasons = useDictionaryOptions('access_reason');
  return (code?: string | null, text?: string | null) =>
    [code ? (reasons.find((item) => item.code === code)?.label ?? code) : null, text]
      .filter(Boolean)
      .join(' — ') || '—';
}

/**
 * People to pick: every user with `user.manage`; otherwise the department managers
 * (the only users the API names to everyone). `name(id)` falls back to `#id`.
 */
export function usePeople() {
  const permission = usePermission();
  const canList = permission.has('user.manage');
  const users = useGqlQuery(ACCESS_USERS_QUERY, { paging: { limit: 200 } }, { enabled: canList });
  const departments = useGqlQuery(ACCESS_DEPARTMENTS_QUERY, { paging: { limit: 200 } });
  return useMemo(() => {
    const people = new Map<string, { id: string; displayName: string; username: string }>();
    for (const department of departments.data?.departments.nodes ?? []) {
      if (department.manager) people.set(department.manager.id, department.manager);
    }
    for (const user of users.data?.users.nodes ?? []) people.set(user.id, user);
    const list = [...people.values()];
    return {
      complete: canList,
      users: list,
      userOptions: list.map((user) => ({
        value: user.id,
        label: `${user.displayName} (${user.username})`,
      })),
      departments: departments.data?.departments.nodes ?? [],
      departmentOptions: (departments.data?.departments.nodes ?? []).map((d) => ({
        value: d.id,
        label: d.name,
      })),
      name: (id: string | null | undefined) =>
        id ? (people.get(id)?.displayName ?? `#${id}`) : '—',
    };
  }, [users.data, departments.data, canList]);
}

/** Field labels of both kinds' data cards (key → label), plus the owner. */
export function useFieldLabels() {
  const translate = useTranslate();
  const enterprise = useGqlQuery(ACCESS_CARD_QUERY, { kind: 'ENTERPRISE' });
  const individual = useGqlQuery(ACCESS_CARD_QUERY, { kind: 'INDIVIDUAL' });
  return useMemo(() => {
    const byKind: Record<CustomerKind, Map<string, string>> = {
      ENTERPRISE: new Map(),
      INDIVIDUAL: new Map(),
    };
    for (const field of enterprise.data?.dataCard ?? [])
      byKind.ENTERPRISE.set(field.key, field.label);
    for (const field of individual.data?.dataCard ?? [])
      byKind.INDIVIDUAL.set(field.key, field.label);
    return (key: string, kind?: CustomerKind | null) => {
      if (key === 'ownerId') return translate('customers.fields.owner');
      if (key === 'keepPreviousAs') return translate('customers.team.keepPreviousAs');
      return (
        (kind ? byKind[kind].get(key) : undefined) ??
        byKind.ENTERPRISE.get(key) ??
        byKind.INDIVIDUAL.get(key) ??
        key
      );
    };
  }, [enterprise.data, individual.data, translate]);
}

function show(value: unknown): string {
  if (value === null || value === undefined || value === '') return '∅';
  if (typeof value === 'string') return value;
  return JSON.stringify(value);
}

/** A change request's diff `{ field: { from, to } }` as rows: field, from → to. */
export function ChangeDiff({
  diff,
  kind,
  people,
}: {
  diff: unknown;
  kind?: CustomerKind | null;
  people?: { name: (id: string) => string };
}) {
  const translate = useTranslate();
  const label = useFieldLabels();
  const rows = Object.entries(
    (diff ?? {}) as Record<string, { from?: unknown; to?: unknown } | unknown>,
  )
    .filter(([key]) => key !== 'changeRequestId' && key !== 'reason')
    .map(([key, change]) => {
      const pair =
        change && typeof change === 'object' && ('from' in change || 'to' in change)
          ? (change as { from?: unknown; to?: unknown })
          : { to: change };
      const person = (value: unknown) =>
        key === 'ownerId' && people && value ? people.name(String(value)) : show(value);
      return { key, label: label(key, kind), from: person(pair.from), to: person(pair.to) };
    });
  return (
    <Table
      size="small"
      rowKey="key"
      pagination={false}
      dataSource={rows}
      data-testid="change-diff"
      columns={[
        {
          key: 'field',
          title: translate('changeRequests.fields.field'),
          dataIndex: 'label',
          width: 160,
        },
        {
          key: 'change',
          title: translate('changeRequests.fields.change'),
          render: (_, row) => (
            <span>
              <Typography.Text delete type="secondary">
                {row.from}
              </Typography.Text>{' '}
              → <Typography.Text strong>{row.to}</Typography.Text>
            </span>
          ),
        },
      ]}
    />
  );
}

/** Field labels of a diff, joined for a notice ("名称、统一社会信用代码"). */
export function diffFieldLabels(
  diff: unknown,
  label: (key: string) => string,
  separator: string,
): string {
  return Object.keys((diff ?? {}) as object)
    .filter((key) => key !== 'changeRequestId' && key !== 'reason')
    .map(label)
    .join(separator);
}

const STATUS_COLORS: Record<RequestStatus, string> = {
  PENDING: 'gold',
  APPROVED: 'green',
  REJECTED: 'red',
  CANCELLED: 'default',
};

export function RequestStatusTag({ status }: { status: RequestStatus }) {
  const translate = useTranslate();
  return <Tag color={STATUS_COLORS[status]}>{translate(`access.status.${status}`)}</Tag>;
}

export function LevelTag({ level }: { level: AccessLevel }) {
  const translate = useTranslate();
  return (
    <Tag color={level === 'EDIT' ? 'blue' : 'default'}>
      {translate(`customers.team.levels.${level}`)}
    </Tag>
  );
}

/** ISO string of a picked instant, or null. */
export function iso(value: Dayjs | null | undefined): string | null {
  return value ? value.toISOString() : null;
}

/** Rejecting an access or change request: a required comment, then `onReject`; closes and resets on success. */
export function RejectModal({
  open,
  title,
  doneMessage,
  loading,
  onReject,
  onClose,
}: {
  open: boolean;
  title: string;
  doneMessage: string;
  loading: boolean;
  onReject: (comment: string) => Promise<unknown>;
  onClose: () => void;
}) {
  const translate = useTranslate();
  const [form] = Form.useForm<{ comment: string }>();
  return (
    <Modal
      open={open}
      title={title}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={loading}
      forceRender
    >
      <Form
        form={form}
        layout="vertical"
        onFinish={async (values) => {
          try {
            await onReject(values.comment.trim());
            message.success(doneMessage);
            onClose();
            form.resetFields();
          } catch (error) {
            message.error(errorMessage(error));
          }
        }}
      >
        <Form.Item
          name="comment"
          label={translate('access.fields.comment')}
          rules={[
            {
              required: true,
              whitespace: true,
              message: translate('access.requests.commentRequired'),
            },
          ]}
        >
          <Input.TextArea rows={3} maxLength={500} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
