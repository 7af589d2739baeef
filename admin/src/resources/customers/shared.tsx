import { Tag } from 'antd';
import { useTranslate } from '@refinedev/core';
import type { CustomerStatus } from '../../graphql/graphql';
import type { CardField } from '../data-card/CardForm';
import { getToken } from '../../providers/session';
import { i18n } from '../../i18n';

export const CUSTOMER_STATUSES: CustomerStatus[] = ['ACTIVE', 'DORMANT', 'ARCHIVED'];
const STATUS_COLORS: Record<CustomerStatus, string> = {
  ACTIVE: 'green',
  DORMANT: 'orange',
  ARCHIVED: 'default',
};

export function StatusTag({ status }: { status: CustomerStatus }) {
  const translate = useTranslate();
  return <Tag color={STATUS_COLORS[status]}>{translate(`customers.status.${status}`)}</Tag>;
}

export function DictTag({ item }: { item?: { label: string; color?: string | null } | null }) {
  if (!item) return <>—</>;
  return <Tag color={item.color || undefined}>{item.label}</Tag>;
}

/** A card field definition as the customer forms use it. */
export interface CustomerCardField extends CardField {
  builtIn: boolean;
  protected: boolean;
  sensitive: boolean;
}

type Values = Record<string, unknown>;

function isDictItem(value: unknown): value is { code: string; label: string } {
  return !!value && typeof value === 'object' && 'code' in value && 'label' in value;
}

/** Form values (keyed by field key) of a loaded customer. */
export function recordToFormValues(fields: readonly CustomerCardField[], record: Values): Values {
  const custom = (record.customFields ?? {}) as Values;
  const values: Values = {};
  for (const field of fields) {
    let value: unknown = field.builtIn ? record[field.key] : custom[field.key];
    if (field.builtIn && field.key === 'ownerId' && value === undefined) value = record.ownerId;
    if (isDictItem(value)) value = value.code;
    if (field.type === 'MONEY' && typeof value === 'string' && value !== '') value = Number(value);
    values[field.key] = value ?? undefined;
  }
  return values;
}

function isBlank(value: unknown): boolean {
  return (
    value === undefined ||
    value === null ||
    value === '' ||
    (Array.isArray(value) && value.length === 0)
  );
}

function normaliseValue(field: CustomerCardField, value: unknown): unknown {
  if (isBlank(value)) return null;
  if (typeof value === 'string') return value.trim() === '' ? null : value.trim();
  if (field.type === 'MONEY' && field.builtIn && typeof value === 'number') return value.toFixed(2);
  return value;
}

function same(a: unknown, b: unknown): boolean {
  if (isBlank(a) && isBlank(b)) return true;
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * Splits form values into the mutation input: built-in fields at the top level,
 * custom fields in `customFields`. With `initial`, only changed fields are sent
 * (masked sensitive values are never echoed back). `customFields` (the stored map)
 * is no longer merged in: only changed custom keys are sent.
 */
export function formValuesToInput(
  fields: readonly CustomerCardField[],
  values: Values,
  options: { initial?: Values; customFields?: Values } = {},
): Values {
  const input: Values = {};
  const customFields: Values = {};
  let customChanged = false;
  for (const field of fields) {
    if (!(field.key in values)) continue;
    const value = values[field.key];
    if (options.initial && same(value, options.initial[field.key])) continue;
    if (!options.initial && isBlank(value)) continue;
    const normalised = normaliseValue(field, value);
    if (field.builtIn) input[field.key] = normalised;
    else {
      customFields[field.key] = normalised;
      customChanged = true;
    }
  }
  // The server writes only the custom keys it is sent; echoing the others back would send
  // masked sensitive values (`138****1234`) as if they were new ones.
  if (customChanged) input.customFields = customFields;
  return input;
}

/**
 * Field errors from the server (`customer.name`, `update.foo`, `customer.customFields.foo`)
 * as antd `setFields` entries, plus the messages that match no field.
 */
export function fieldErrorsOf(error: unknown, keys: readonly string[]) {
  const errors =
    (error as { errors?: Record<string, string[] | string> } | undefined)?.errors ?? {};
  const fields: { name: string; errors: string[] }[] = [];
  const unmatched: string[] = [];
  for (const [rawPath, messages] of Object.entries(errors)) {
    const list = Array.isArray(messages) ? messages : [String(messages)];
    const parts = rawPath
      .split('.')
      .filter((part) => part !== 'customer' && part !== 'update' && part !== 'customFields');
    const key = parts[0];
    if (key && keys.includes(key)) fields.push({ name: key, errors: list });
    else unmatched.push(...list.map((message) => `${rawPath}: ${message}`));
  }
  return { fields, unmatched };
}

/** Fetches a protected URL with the session token and saves the answer as a file. */
export async function downloadWithToken(url: string, fileName: string): Promise<void> {
  const token = getToken();
  const response = await fetch(url, {
    headers: {
      ...(token ? { Authorization: `Bearer ${token}` } : {}),
      'Accept-Language': i18n.language || 'zh-CN',
    },
  });
  if (!response.ok) throw new Error(`${response.status} ${response.statusText}`);
  const blob = await response.blob();
  const objectUrl = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = objectUrl;
  link.download = fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(objectUrl), 1000);
}

/** Uploads a document (multipart) for a customer; rejects with the server's message. */
export async function uploadDocument(
  customerId: string,
  type: string,
  note: string | undefined,
  file: File,
): Promise<void> {
  const token = getToken();
  const body = new FormData();
  body.append('type', type);
  if (note) body.append('note', note);
  body.append('file', file);
  const response = await fetch(`/files/customers/${encodeURIComponent(customerId)}/documents`, {
    method: 'POST',
    headers: {
      'x-dossier-csrf': '1',
      'Accept-Language': i18n.language || 'zh-CN',
      ...(token ? { Authorization: `Bearer ${token}` } : {}),
    },
    body,
  });
  if (!response.ok) {
    let message = `${response.status} ${response.statusText}`;
    try {
      const json = (await response.json()) as { errors?: { message?: string }[] };
      if (json.errors?.[0]?.message) message = json.errors[0].message;
    } catch {
      // not JSON
    }
    throw new Error(message);
  }
}

export function formatMoney(value: string | null | undefined): string {
  if (value === null || value === undefined || value === '') return '—';
  const number = Number(value);
  return Number.isFinite(number)
    ? number.toLocaleString(i18n.language || 'zh-CN', {
        minimumFractionDigits: 2,
        maximumFractionDigits: 2,
      })
    : value;
}
