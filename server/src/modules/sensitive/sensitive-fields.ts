import {
  maskEmail,
  maskIdNumber,
  maskName,
  maskPhone,
  maskText,
  type CustomerKind,
} from '@dossier/shared';
import type { FieldDefinition } from '../field-definition/field-definition.entity';

/** Contact fields that are always sensitive (the card's family and personal details included). */
export const CONTACT_SENSITIVE_FIELDS = ['mobile', 'phone', 'personalNotes'] as const;

const MASKERS: Record<string, (clear: string) => string> = {
  mobile: maskPhone,
  phone: maskPhone,
  idNumber: maskIdNumber,
  email: maskEmail,
  name: maskName,
};

/** A value as someone who may not see it gets it: `138****1234`, `110105********1234`, `张**`. */
export function maskValue(key: string, value: unknown): unknown {
  if (value === null || value === undefined || value === '') return value;
  if (typeof value === 'string') return (MASKERS[key] ?? maskText)(value);
  return '***';
}

/** Sensitive field keys of a kind's data card (built-in and custom), from the cached definitions. */
export function sensitiveKeys(defs: FieldDefinition[], kind?: CustomerKind): Set<string> {
  return new Set(defs.filter((d) => d.sensitive && (!kind || d.kind === kind)).map((d) => d.key));
}

/** Masks the sensitive keys of a diff (`{ key: { from, to } }` or `{ key: { to } }` or `{ key: value }`). */
export function maskDiff(
  diff: Record<string, unknown>,
  keys: ReadonlySet<string>,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, change] of Object.entries(diff)) {
    if (!keys.has(key)) out[key] = change;
    else if (change && typeof change === 'object' && !Array.isArray(change)) {
      out[key] = Object.fromEntries(
        Object.entries(change as Record<string, unknown>).map(([k, v]) => [k, maskValue(key, v)]),
      );
    } else out[key] = maskValue(key, change);
  }
  return out;
}
