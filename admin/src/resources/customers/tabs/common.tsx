import { Button, Popconfirm, message, type FormInstance } from 'antd';
import { DeleteOutlined, EditOutlined } from '@ant-design/icons';
import { useTranslate } from '@refinedev/core';
import dayjs from 'dayjs';
import type { CustomerQuery, CustomerTabsQuery } from '../../../graphql/graphql';
import { errorMessage, useGqlQuery } from '../../dictionaries/gql';
import { CUSTOMER_OPTIONS_QUERY, CUSTOMER_USERS_QUERY } from '../queries';

export type Customer = CustomerQuery['customer'];
export type Tabs = CustomerTabsQuery['customer'];
export type Values = Record<string, unknown>;

export function useOptions(type: string) {
  const options = useGqlQuery(CUSTOMER_OPTIONS_QUERY, { type });
  return (options.data?.dictionaryOptions ?? []).map((option) => ({
    value: option.code,
    label: option.label,
  }));
}

export function useUsers() {
  const users = useGqlQuery(CUSTOMER_USERS_QUERY, { paging: { limit: 200 } });
  return users.data?.users.nodes ?? [];
}

export const dateTime = (value: string | null | undefined) =>
  value ? dayjs(value).format('YYYY-MM-DD HH:mm') : '—';

/** Server field errors on the form's fields; anything else as a message. */
export function showErrors(
  form: FormInstance,
  error: unknown,
  rename: Record<string, string> = {},
) {
  const errors = (error as { errors?: Record<string, string[]> }).errors;
  const fields = Object.entries(errors ?? {}).map(([name, list]) => ({
    name: (rename[name] ?? name).split('.'),
    errors: list,
  }));
  const known = fields.filter((field) => form.getFieldInstance(field.name) !== undefined);
  if (known.length) form.setFields(known);
  else message.error(errorMessage(error));
}

/** An icon-only delete button that asks first. */
export function DeleteButton({
  label,
  confirm,
  onConfirm,
  testId,
}: {
  label: string;
  confirm: string;
  onConfirm: () => Promise<unknown>;
  testId?: string;
}) {
  const translate = useTranslate();
  return (
    <Popconfirm
      title={confirm}
      okText={translate('buttons.delete')}
      cancelText={translate('buttons.cancel')}
      okButtonProps={{ danger: true }}
      onConfirm={async () => {
        try {
          await onConfirm();
        } catch (error) {
          message.error(errorMessage(error));
        }
      }}
    >
      <Button
        size="small"
        type="text"
        danger
        icon={<DeleteOutlined />}
        aria-label={label}
        title={label}
        data-testid={testId}
      />
    </Popconfirm>
  );
}

/** An icon-only edit button. */
export function EditButton({
  label,
  onClick,
  testId,
}: {
  label: string;
  onClick: () => void;
  testId?: string;
}) {
  return (
    <Button
      size="small"
      type="text"
      icon={<EditOutlined />}
      aria-label={label}
      title={label}
      onClick={onClick}
      data-testid={testId}
    />
  );
}

/** Bytes as B, KB or MB. */
export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
