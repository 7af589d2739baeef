import { Alert } from 'antd';
import { useTranslate } from '@refinedev/core';
import type { CustomerCardField } from './shared';
import { looksMasked } from './RevealValue';

type Values = Record<string, unknown>;

export function ProtectedHint({ fields }: { fields: readonly CustomerCardField[] }) {
  const translate = useTranslate();
  const names = fields.filter((field) => field.protected).map((field) => field.label);
  if (names.length === 0) return null;
  return (
    <Alert
      type="info"
      showIcon
      style={{ marginBottom: 12 }}
      data-testid="protected-hint"
      message={translate('customers.form.protectedHint', { fields: names.join('、') })}
    />
  );
}

export function blankish(value: unknown): boolean {
  return (
    value === undefined ||
    value === null ||
    value === '' ||
    (Array.isArray(value) && value.length === 0)
  );
}

export function differs(a: unknown, b: unknown): boolean {
  if (blankish(a) && blankish(b)) return false;
  const norm = (v: unknown) => (typeof v === 'string' ? v.trim() : v);
  return JSON.stringify(norm(a)) !== JSON.stringify(norm(b));
}

/** Protected fields whose value differs from what was loaded. */
export function protectedChanges(
  fields: readonly CustomerCardField[],
  values: Values,
  initial: Values,
): CustomerCardField[] {
  return fields.filter(
    (field) =>
      field.protected && field.key in values && differs(values[field.key], initial[field.key]),
  );
}

/** Sensitive fields loaded masked and edited into something still masked (never send those back). */
export function maskedEchoes(
  fields: readonly CustomerCardField[],
  changes: Values,
  initial: Values | undefined,
): string[] {
  const custom = (changes.customFields ?? {}) as Values;
  return fields
    .filter((field) => field.sensitive && looksMasked(initial?.[field.key]))
    .filter((field) => {
      const sent = field.builtIn ? changes[field.key] : custom[field.key];
      return looksMasked(sent);
    })
    .map((field) => field.key);
}

/** Sensitive values the server sent masked (key → the masked value as loaded). */
export function maskedOf(fields: readonly CustomerCardField[], loaded: Values): Values {
  return Object.fromEntries(
    fields
      .filter((field) => field.sensitive && looksMasked(loaded[field.key]))
      .map((field) => [field.key, loaded[field.key]]),
  );
}

/** Card fields with the "sent for approval" hint on protected ones. */
export function withProtectedHelp(
  fields: readonly CustomerCardField[],
  hint: string,
): CustomerCardField[] {
  return fields.map((field) =>
    field.protected ? { ...field, help: field.help ? `${field.help} · ${hint}` : hint } : field,
  );
}
