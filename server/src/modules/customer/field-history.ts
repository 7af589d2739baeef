import type { EntityManager } from 'typeorm';
import type { AppContext } from '../../common/context';
import { TEXT_MAX_CHARS, truncateChars, VARCHAR } from '../../common/limits';
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
      // Values are validated to fit; lists of options are the one thing cut here.
      oldValue: c.from === null ? null : truncateChars(c.from, TEXT_MAX_CHARS),
      newValue: c.to === null ? null : truncateChars(c.to, TEXT_MAX_CHARS),
      actorId: ctx.caller?.userId ?? null,
      actorName: ctx.caller
        ? truncateChars(ctx.caller.name, VARCHAR.field_change.actor_name)
        : null,
      at,
      reason,
    }));
  if (!rows.length) return;
  if ('customerId' in target) await em.insert(CustomerHistory, rows as never);
  else await em.insert(ContactHistory, rows as never);
}
