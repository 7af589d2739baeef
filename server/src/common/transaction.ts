import type { EntityManager } from 'typeorm';
import type { AppContext } from './context';
import { conflict } from './errors/app-error';
import { transactionRecordingClaim } from './idempotency/idempotency';

/** Runs one mutation in one transaction: its writes and its audit entries commit together or not at all. */
export function inTransaction<T>(
  ctx: Pick<AppContext, 'dataSource'>,
  work: (em: EntityManager) => Promise<T>,
): Promise<T> {
  return transactionRecordingClaim(ctx.dataSource, work);
}

/**
 * Updates one row only if it still has the version the caller read, bumping the version.
 * Throws CONFLICT when another writer got there first, so no edit is silently lost.
 */
export async function updateVersioned(
  em: EntityManager,
  entity: Function,
  id: number,
  version: number,
  changes: Record<string, unknown>,
): Promise<void> {
  const result = await em
    .createQueryBuilder()
    .update(entity)
    .set({ ...changes, version: () => 'version + 1' })
    .where('id = :id AND version = :version', { id, version })
    .execute();
  if (result.affected !== 1) throw conflict('versionConflict', {}, { id: String(id), version });
}
