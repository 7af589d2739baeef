import type { DataSource, EntityManager } from 'typeorm';
import type { AppContext } from '../../common/context';
import { insertedId } from '../../common/db-dialect';
import { badInput } from '../../common/errors/app-error';
import { listConnection } from '../../common/pagination/apply-list';
import type { FilterShape, ListArgsShape } from '../../common/pagination/list-types';
import { AuditLog } from './audit-log.entity';
import { AuditLogCustomer } from './audit-log-customer.entity';
import { reachesAll } from '../access/access-policy';
import { customerPredicate, unscoped } from '../access/scoped-reads';
import { boundAuditDiff, truncateChars, VARCHAR } from '../../common/limits';
import { AUDIT_LIST_SPEC } from './audit.inputs';
import { customersOfSubjects, DERIVED_ENTITIES } from './audit-customers';

export interface AuditEntry {
  action: string;
  entity?: string;
  entityId?: string | number | null;
  diff?: Record<string, unknown> | null;
  /** The customer the entry concerns (defaults to entityId for `Customer` entries). */
  customerId?: number | null;
  /**
   * Every customer the entry concerns (a contact's linked customers, both ends of a
   * relationship, …); who may see the entry follows from them. Without ids the service derives
   * them from the record (`audit-customers.ts`).
   */
  customerIds?: number[];
}

type Actor = Pick<AppContext, 'caller' | 'ip'>;

/** Writes and reads the append-only audit log. Writes join the caller's transaction. */
export class AuditService {
  constructor(private readonly dataSource: DataSource) {}

  async record(em: EntityManager, actor: Actor, entry: AuditEntry): Promise<void> {
    const entityId =
      entry.entityId === undefined || entry.entityId === null ? null : String(entry.entityId);
    const diff = entry.diff ?? null;
    const customerIds = await this.customersOf(em, entry, entityId, diff);
    const id = insertedId(
      await em
        .createQueryBuilder()
        .insert()
        .into(AuditLog)
        .values({
          at: new Date(),
          actorId: actor.caller?.userId ?? null,
          actorApiKeyId: actor.caller?.apiKeyId ?? null,
          actorName: actor.caller
            ? truncateChars(
                actor.caller.kind === 'apiKey' ? `apikey:${actor.caller.name}` : actor.caller.name,
                VARCHAR.audit_log.actor_name,
              )
            : null,
          action: entry.action,
          entity: entry.entity ?? null,
          entityId,
          diff: boundAuditDiff(diff) as never,
          customerId: customerIds[0] ?? null,
          ip: actor.ip ? truncateChars(actor.ip, VARCHAR.audit_log.ip) : null,
        })
        .updateEntity(false)
        .execute(),
    );
    if (customerIds.length)
      await em.insert(
        AuditLogCustomer,
        customerIds.map((customerId) => ({ auditId: id, customerId })),
      );
  }

  /** The entry's customers, the first one first: given, the customer itself, or read from the record. */
  private async customersOf(
    em: EntityManager,
    entry: AuditEntry,
    entityId: string | null,
    diff: Record<string, unknown> | null,
  ): Promise<number[]> {
    const given = [
      ...(entry.customerId != null ? [entry.customerId] : []),
      ...(entry.customerIds ?? []),
    ];
    if (entry.entity === 'Customer' && entityId && /^\d+$/.test(entityId) && !given.length)
      given.push(Number(entityId));
    if (!given.length && entry.entity && DERIVED_ENTITIES.has(entry.entity))
      given.push(
        ...(
          await customersOfSubjects(
            (sql, params) => em.query(sql, params),
            [{ entity: entry.entity, entityId, diff, customerId: null }],
          )
        )[0],
      );
    return [...new Set(given.map(Number))];
  }

  /**
   * An entry shows when the caller may audit at least one of its customers (the policy in SQL,
   * with the scope of the roles granting `audit.view`, whatever the customer's `deleted_at`);
   * entries about no customer need `audit.view` with ALL scope. `customerId` filters through
   * the join table, so a customer's entries include its children's.
   */
  async list(ctx: AppContext, args: ListArgsShape) {
    // The audit log's own read: the policy is added right below, as EXISTS on its customers.
    const qb = unscoped(this.dataSource).getRepository(AuditLog).createQueryBuilder('a');
    if (!reachesAll(ctx.caller, 'audit')) {
      // The list shape: the auditable customer ids, materialised once, instead of a test per row.
      const scope = await customerPredicate(ctx, 'c', { mode: 'audit', shape: 'list' });
      qb.andWhere(
        `EXISTS (SELECT 1 FROM audit_log_customer ac INNER JOIN customer c ON c.id = ac.customer_id WHERE ac.audit_id = a.id AND ${scope.sql})`,
        scope.params,
      );
    }
    const filter = args.filter ? { ...args.filter } : undefined;
    if (filter && 'customerId' in filter) {
      const ids = customerFilterIds(filter.customerId as Record<string, unknown> | null);
      delete filter.customerId;
      if (ids !== null)
        qb.andWhere(
          ids.length
            ? 'EXISTS (SELECT 1 FROM audit_log_customer fc WHERE fc.audit_id = a.id AND fc.customer_id IN (:...auditCustomerIds))'
            : '1 = 0',
          { auditCustomerIds: ids },
        );
    }
    refuseNestedCustomerFilter(filter);
    return listConnection(qb, { ...args, filter }, AUDIT_LIST_SPEC, {
      property: 'id',
      direction: 'DESC',
    });
  }
}

/** `customerId: { eq }` or `{ in }` as a list of ids (null: no condition); other operators are refused. */
function customerFilterIds(comparison: Record<string, unknown> | null): number[] | null {
  let ids: number[] | null = null;
  for (const [op, operand] of Object.entries(comparison ?? {})) {
    if (operand === undefined) continue;
    const values = op === 'eq' ? [operand] : op === 'in' ? (operand as unknown[]) : null;
    if (!values || values.some((v) => v === null || !/^\d+$/.test(String(v))))
      throw badInput(`filter.customerId.${op}`, 'filterField', { field: `customerId.${op}` });
    const list = values.map(Number);
    ids = ids === null ? list : ids.filter((id) => list.includes(id));
  }
  return ids;
}

/** `customerId` is only understood at the top of the filter (it is a join, not a column). */
function refuseNestedCustomerFilter(filter: FilterShape | undefined, path = 'filter'): void {
  for (const key of ['and', 'or'] as const)
    (filter?.[key] as FilterShape[] | null | undefined)?.forEach((part, i) => {
      if (part && 'customerId' in part && part.customerId != null)
        throw badInput(`${path}.${key}.${i}.customerId`, 'filterField', { field: 'customerId' });
      refuseNestedCustomerFilter(part, `${path}.${key}.${i}`);
    });
}

const SECRET_FIELDS = new Set(['password', 'passwordHash', 'secretHash']);

/** `{ field: { from, to } }` for the fields that changed; secrets are never recorded. */
export function diffChanges(
  before: object | null,
  after: object,
  fields: string[],
): Record<string, unknown> {
  const diff: Record<string, unknown> = {};
  for (const field of fields) {
    if (SECRET_FIELDS.has(field)) continue;
    const from = before ? normalise((before as Record<string, unknown>)[field]) : undefined;
    const to = normalise((after as Record<string, unknown>)[field]);
    if (JSON.stringify(from) !== JSON.stringify(to)) diff[field] = before ? { from, to } : { to };
  }
  return diff;
}

function normalise(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return [...value].map(normalise).sort();
  return value ?? null;
}
