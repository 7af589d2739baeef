import { Args, Authorized, Query, Resolver } from 'type-graphql';
import { AuditLog } from './audit-log.entity';
import { AuditLogList } from './audit.inputs';
import type { AppContext } from '../../common/context';
import { Ctx } from 'type-graphql';
import type { ListArgsShape } from '../../common/pagination/list-types';

@Resolver(() => AuditLog)
export class AuditResolver {
  @Authorized('audit.view')
  @Query(() => AuditLogList.Connection, {
    description:
      'The append-only audit log, newest first; filter by actorId, customerId (eq, in: the customer and its children), action, at. An entry shows when the caller may audit one of its customers; entries about no customer need audit.view with ALL scope. Diffs are masked per viewer',
  })
  auditLogs(@Args(() => AuditLogList.Args) args: ListArgsShape, @Ctx() ctx: AppContext) {
    return ctx.services.audit.list(ctx, args);
  }
}
