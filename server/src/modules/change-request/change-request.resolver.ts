import {
  Arg,
  Args,
  Authorized,
  Ctx,
  Field,
  FieldResolver,
  ID,
  Int,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import type { AppContext } from '../../common/context';
import { parseId } from '../../common/ids';
import { CustomerSummary } from '../access/access.types';
import { RequestListArgs } from '../access-request/access-request.inputs';
import { Customer } from '../customer/customer.entity';
import { User } from '../user/user.entity';
import { ChangeRequest } from './change-request.entity';

@ObjectType()
export class ChangeRequestConnection {
  @Field(() => [ChangeRequest]) nodes: ChangeRequest[];
  @Field(() => Int) totalCount: number;
}

@Resolver(() => ChangeRequest)
export class ChangeRequestResolver {
  @Authorized()
  @Query(() => ChangeRequestConnection, {
    description: 'Change requests: yours and those routed to you (administrators see all)',
  })
  changeRequests(@Args(() => RequestListArgs) args: RequestListArgs, @Ctx() ctx: AppContext) {
    return ctx.services.changeRequests.list(ctx, args);
  }

  @Authorized()
  @Mutation(() => ChangeRequest, {
    description:
      'Applies the change with history, reason and approver, atomically; CONFLICT if the customer moved past the base version (the request stays open)',
  })
  applyChangeRequest(
    @Arg('id', () => ID) id: string,
    @Arg('comment', () => String, { nullable: true }) comment: string | null,
    @Ctx() ctx: AppContext,
  ) {
    return ctx.services.changeRequests.apply(ctx, parseId(id), comment ?? null);
  }

  @Authorized()
  @Mutation(() => ChangeRequest)
  rejectChangeRequest(
    @Arg('id', () => ID) id: string,
    @Arg('comment', () => String) comment: string,
    @Ctx() ctx: AppContext,
  ) {
    return ctx.services.changeRequests.reject(ctx, parseId(id), comment);
  }

  @Authorized()
  @Mutation(() => ChangeRequest, {
    description:
      'Moves a stale request onto the current version, refreshing the "from" side of its diff',
  })
  rebaseChangeRequest(@Arg('id', () => ID) id: string, @Ctx() ctx: AppContext) {
    return ctx.services.changeRequests.rebase(ctx, parseId(id));
  }

  @FieldResolver(() => CustomerSummary, { nullable: true })
  customer(@Root() r: ChangeRequest, @Ctx() ctx: AppContext) {
    return ctx.services.access.summary(ctx, r.customerId);
  }

  @FieldResolver(() => User, { nullable: true })
  requester(@Root() r: ChangeRequest, @Ctx() ctx: AppContext) {
    return r.requesterId ? ctx.loaders.userById.load(r.requesterId) : null;
  }

  @FieldResolver(() => User, { nullable: true })
  approver(@Root() r: ChangeRequest, @Ctx() ctx: AppContext) {
    return r.approverId ? ctx.loaders.userById.load(r.approverId) : null;
  }
}

/** What an update sent for approval, and a customer's open change requests. */
@Resolver(() => Customer)
export class CustomerChangeRequestsResolver {
  @FieldResolver(() => ChangeRequest, {
    nullable: true,
    description: 'Only in mutation results: the part of this update that became a change request',
  })
  submittedChangeRequest(@Root() c: Customer & { submittedChangeRequest?: ChangeRequest | null }) {
    return c.submittedChangeRequest ?? null;
  }

  @FieldResolver(() => [ChangeRequest], { description: 'Pending change requests on this customer' })
  changeRequests(@Root() c: Customer, @Ctx() ctx: AppContext) {
    return ctx.services.changeRequests.openFor(c.id);
  }
}
