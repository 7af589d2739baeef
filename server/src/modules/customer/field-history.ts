import type { EntityManager } from 'typeorm';
import type { AppContext } from '../../common/context';
import { ContactHistory, CustomerHistory } from './customer-history.entity';

export interface FieldChangeInput {
  field: string;
  from: string | null;
  to: string | null;
}

/** Writes one history row per changed field of a customer or a contact, in the caller's transaction. */
export async function recordChanges(
  em: EntityManager,
  ctx: AppContext,
  target: { customerId: number } | { contactId: number },
  changes: FieldChangeInput[],
  reason: string | null,
): Promise<void> {
  const at = new Date();
  const rows = changes
    .filter((c) => c.from !== c.to)
    .map((c) => ({
      ...target,
      field: c.field,
      oldValue: c.from,
      newValue: c.to,
      actorId: ctx.caller?.userId ?? null,
      actorName: ctx.caller?.name ?? null,
      at,
      reason,
    }));
  if (!rows.length) return;
  if ('customerId' in target) await em.insert(CustomerHistory, rows as never);
  else await em.insert(ContactHistory, rows as never);
}
