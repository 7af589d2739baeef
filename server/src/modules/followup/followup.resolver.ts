import {
  Arg,
  Args,
  Authorized,
  Ctx,
  FieldResolver,
  Int,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import type { AppContext } from '../../common/context';
import { badInput } from '../../common/errors/app-error';
import { DeleteOneInput } from '../../common/graphql/delete-input';
import { parseId } from '../../common/ids';
import { Customer } from '../customer/customer.entity';
import { DictionaryItem } from '../dictionary/dictionary-item.entity';
import { User } from '../user/user.entity';
import { Followup } from './followup.entity';
import { CreateOneFollowupInput, FollowupList, UpdateOneFollowupInput } from './followup.inputs';
import { MAX_NESTED_LIMIT } from './followup.loaders';

@Resolver(() => Followup)
export class FollowupResolver {
  @Authorized()
  @Query(() => FollowupList.Connection, {
    description: 'Follow-ups of customers the caller may read (latest first unless sorted)',
  })
  followups(
    @Args(() => FollowupList.Args) args: InstanceType<typeof FollowupList.Args>,
    @Ctx() ctx: AppContext,
  ) {
    return ctx.services.followups.list(ctx, args);
  }

  @Authorized('customer.update')
  @Mutation(() => Followup, {
    description: 'Needs edit access to the customer; keeps customer.lastFollowupAt',
  })
  createOneFollowup(
    @Arg('input', () => CreateOneFollowupInput) input: CreateOneFollowupInput,
    @Ctx() ctx: AppContext,
  ) {
    return ctx.services.followups.create(ctx, input.followup);
  }

  @Authorized('customer.update')
  @Mutation(() => Followup)
  updateOneFollowup(
    @Arg('input', () => UpdateOneFollowupInput) input: UpdateOneFollowupInput,
    @Ctx() ctx: AppContext,
  ) {
    return ctx.services.followups.update(ctx, parseId(input.id, 'input.id'), input.update);
  }

  @Authorized('customer.update')
  @Mutation(() => Followup)
  deleteOneFollowup(
    @Arg('input', () => DeleteOneInput) input: DeleteOneInput,
    @Ctx() ctx: AppContext,
  ) {
    return ctx.services.followups.delete(ctx, parseId(input.id, 'input.id'));
  }

  @FieldResolver(() => Customer, {
    nullable: true,
    description: 'Null when the caller may not read the customer',
  })
  customer(@Root() f: Followup, @Ctx() ctx: AppContext) {
    return ctx.loaders.readableCustomerById(ctx.caller).load(f.customerId);
  }

  @FieldResolver(() => User, { nullable: true, description: 'Who followed up' })
  user(@Root() f: Followup, @Ctx() ctx: AppContext) {
    return ctx.loaders.userById.load(f.userId);
  }

  @FieldResolver(() => DictionaryItem, { nullable: true, description: 'Item of `followup_method`' })
  method(@Root() f: Followup, @Ctx() ctx: AppContext) {
    return f.methodId ? ctx.loaders.dictionaryItemById.load(f.methodId) : null;
  }

  @FieldResolver(() => DictionaryItem, {
    nullable: true,
    description: 'Item of `followup_milestone`',
  })
  milestone(@Root() f: Followup, @Ctx() ctx: AppContext) {
    return f.milestoneId ? ctx.loaders.dictionaryItemById.load(f.milestoneId) : null;
  }
}

/** `customer.followups(limit)`, batched per request. */
@Resolver(() => Customer)
export class CustomerFollowupsResolver {
  @FieldResolver(() => [Followup], {
    description: `Latest follow-ups first (at most ${MAX_NESTED_LIMIT})`,
  })
  followups(
    @Root() c: Customer,
    @Arg('limit', () => Int, { defaultValue: 10 }) limit: number,
    @Ctx() ctx: AppContext,
  ) {
    if (!Number.isInteger(limit) || limit < 1 || limit > MAX_NESTED_LIMIT)
      throw badInput('limit', 'outOfRange', { min: 1, max: MAX_NESTED_LIMIT });
    return ctx.loaders.latestFollowupsByCustomerId(limit).load(c.id);
  }
}
