import type { DataSource, EntityManager } from 'typeorm';
import type { AppContext } from '../../common/context';
import { listConnection } from '../../common/pagination/apply-list';
import type { ListArgsShape } from '../../common/pagination/list-types';
import { AuditLog } from './audit-log.entity';
import { boundAuditDiff, truncateChars, VARCHAR } from '../../common/limits';
import { customerScopePredicate } from '../access/access-policy';
import { AUDIT_LIST_SPEC } from './audit.inputs';

export interface AuditEntry {
  action: string;
  entity?: string;
  entityId?: string | number | null;
  diff?: Record<string, unknown> | null;
  /** The customer the entry concerns (defaults to entityId for `Customer` entries); scopes who may see it. */
  customerId?: number | null;
}

type Actor = Pick<AppContext, 'caller' | 'ip'>;

/** Writes and reads the append-only audit log. Writes join the caller's transaction. */
export class AuditService {
  constructor(private readonly dataSource: DataSource) {}

  async record(em: EntityManager, actor: Actor, entry: AuditEntry): Promise<void> {
    await em.insert(AuditLog, {
      at: new Date(),
      actorId: actor.caller?.userId ?? null,
      actorName: actor.caller
        ? truncateChars(
            actor.caller.kind === 'apiKey' ? `apikey:${actor.caller.name}` : actor.caller.name,
            VARCHAR.audit_log.actor_name,
          )
        : null,
      action: entry.action,
      entity: entry.entity ?? null,
      entityId:
        entry.entityId === undefined || entry.entityId === null ? null : String(entry.entityId),
      diff: boundAuditDiff(entry.diff) as never,
      customerId:
        entry.customerId ??
        (entry.entity === 'Customer' &&
        entry.entityId != null &&
        /^\d+$/.test(String(entry.entityId))
          ? Number(entry.entityId)
          : null),
      ip: actor.ip ? truncateChars(actor.ip, VARCHAR.audit_log.ip) : null,
    });
  }

  /** Entries about a customer show only to callers who may read that customer (the same policy, in SQL). */
  async list(ctx: AppContext, args: ListArgsShape) {
    const qb = this.dataSource.getRepository(AuditLog).createQueryBuilder('a');
    if (ctx.caller?.dataScope !== 'ALL') {
      const scope = customerScopePredicate(
        ctx.caller,
        'c',
        await ctx.loaders.policyScope(ctx.caller),
      );
      qb.andWhere(
        `(a.customer_id IS NULL OR EXISTS (SELECT 1 FROM customer c WHERE c.id = a.customer_id AND ${scope.sql}))`,
        scope.params,
      );
    }
    return listConnection(qb, args, AUDIT_LIST_SPEC, { property: 'id', direction: 'DESC' });
  }
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
