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
      'The append-only audit log, newest first; filter by actorId, customerId, action, at. Entries about customers the caller cannot read are left out',
  })
  auditLogs(@Args(() => AuditLogList.Args) args: ListArgsShape, @Ctx() ctx: AppContext) {
    return ctx.services.audit.list(ctx, args);
  }
}
