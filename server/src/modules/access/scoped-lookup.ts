import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { notFound } from '../../common/errors/app-error';
import { scopedChildren, type ReadContext } from './scoped-reads';

/**
 * One row hanging off a customer (follow-up, transaction, document, grant…) addressed by id, in
 * ONE statement that carries the read predicate: a row of a customer the caller cannot read and
 * a row that does not exist both find nothing and get the same NOT_FOUND for the entity the caller
 * addressed, after the same work (`x-statement-count` equal). Whether the caller may also change
 * it is the caller's next check (`customers.get(…, 'edit')`, FORBIDDEN when only readable).
 */
export async function readableChildById<T extends ObjectLiteral>(
  ctx: ReadContext,
  em: EntityManager,
  entity: EntityTarget<T>,
  name: string,
  id: number,
): Promise<T> {
  const row = await (
    await scopedChildren(ctx, entity, 'addressed', { em })
  )
    .andWhere('addressed.id = :addressedId', { addressedId: id })
    .getOne();
  if (!row) throw notFound(name, id);
  return row;
}
