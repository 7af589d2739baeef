import {
  Arg,
  Args,
  Authorized,
  Ctx,
  FieldResolver,
  ID,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import type { AppContext } from '../../common/context';
import { parseId } from '../../common/ids';
import { CustomerSummary } from '../access/access.types';
import { CustomerGrant } from '../grant/grant.entity';
import { User } from '../user/user.entity';
import { AccessRequest, RequestStatus } from './access-request.entity';
import { approverNeed } from './access-request.service';
import { customerReachable, mayDecide } from '../access/approver-routing';
import {
  AccessRequestConnection,
  RequestCustomerAccessInput,
  RequestListArgs,
} from './access-request.inputs';

@Resolver(() => AccessRequest)
export class AccessRequestResolver {
  @Authorized()
  @Query(() => AccessRequestConnection, {
    description:
      'Access requests: yours and those routed to you (administrators see all). `{ status: PENDING, approver: me }` is the inbox',
  })
  accessRequests(@Args(() => RequestListArgs) args: RequestListArgs, @Ctx() ctx: AppContext) {
    return ctx.services.accessRequests.list(ctx, args);
  }

  @Authorized('access.request')
  @Mutation(() => [AccessRequest], {
    description:
      'Asks for READ or EDIT on customers until `until`, with a reason; routed to the manager over each owner',
  })
  requestCustomerAccess(
    @Arg('input', () => RequestCustomerAccessInput) input: RequestCustomerAccessInput,
    @Ctx() ctx: AppContext,
  ) {
    return ctx.services.accessRequests.request(ctx, input);
  }

  @Authorized()
  @Mutation(() => AccessRequest, {
    description: 'Approves into a grant atomically; `until` may shorten the period asked for',
  })
  approveAccessRequest(
    @Arg('id', () => ID) id: string,
    @Arg('until', () => Date, { nullable: true }) until: Date | null,
    @Arg('comment', () => String, { nullable: true }) comment: string | null,
    @Ctx() ctx: AppContext,
  ) {
    return ctx.services.accessRequests.approve(ctx, parseId(id), until ?? null, comment ?? null);
  }

  @Authorized()
  @Mutation(() => AccessRequest)
  rejectAccessRequest(
    @Arg('id', () => ID) id: string,
    @Arg('comment', () => String) comment: string,
    @Ctx() ctx: AppContext,
  ) {
    return ctx.services.accessRequests.reject(ctx, parseId(id), comment);
  }

  @Authorized()
  @Mutation(() => AccessRequest, { description: 'The requester withdraws a pending request' })
  cancelAccessRequest(@Arg('id', () => ID) id: string, @Ctx() ctx: AppContext) {
    return ctx.services.accessRequests.cancel(ctx, parseId(id));
  }

  @Authorized('access.request')
  @Mutation(() => AccessRequest, {
    description: 'Before an approved grant expires: a new request linked to this one',
  })
  renewAccessRequest(
    @Arg('id', () => ID) id: string,
    @Arg('until', () => Date) until: Date,
    @Arg('reasonCode', () => String, { nullable: true }) reasonCode: string | null,
    @Arg('reason', () => String, { nullable: true }) reason: string | null,
    @Ctx() ctx: AppContext,
  ) {
    return ctx.services.accessRequests.renew(
      ctx,
      parseId(id),
      until,
      reasonCode ?? null,
      reason ?? null,
    );
  }

  @FieldResolver(() => Boolean, {
    description:
      'The caller may approve or reject this request now (pending, routed to them or decided everywhere, and the customer still in their reach)',
  })
  async canDecide(@Root() r: AccessRequest, @Ctx() ctx: AppContext): Promise<boolean> {
    if (r.status !== RequestStatus.PENDING) return false;
    if (!mayDecide(ctx.caller, r.approverId, 'access.grant')) return false;
    // The same test approve/reject make (approver-routing), on the request's customer.
    return customerReachable(
      ctx,
      ctx.dataSource.manager,
      ctx.caller,
      r.customerId,
      approverNeed(r),
    );
  }

  @FieldResolver(() => CustomerSummary, {
    description: 'Number and name; the name is masked when the caller cannot read the customer',
  })
  customer(@Root() r: AccessRequest, @Ctx() ctx: AppContext) {
    return ctx.services.access.summary(ctx, r.customerId);
  }

  @FieldResolver(() => User, { nullable: true })
  requester(@Root() r: AccessRequest, @Ctx() ctx: AppContext) {
    return ctx.loaders.userById.load(r.requesterId);
  }

  @FieldResolver(() => User, { nullable: true })
  approver(@Root() r: AccessRequest, @Ctx() ctx: AppContext) {
    return r.approverId ? ctx.loaders.userById.load(r.approverId) : null;
  }

  @FieldResolver(() => CustomerGrant, { nullable: true })
  grant(@Root() r: AccessRequest, @Ctx() ctx: AppContext) {
    return r.grantId ? ctx.services.grants.byId(r.grantId) : null;
  }
}
