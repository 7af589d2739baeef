import { reachesAll } from '../access/access-policy';
import { GraphQLJSON } from 'graphql-scalars';
import type { GraphQLResolveInfo } from 'graphql';
import {
  Arg,
  Args,
  Authorized,
  Ctx,
  FieldResolver,
  ID,
  Info,
  Int,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import type { AppContext } from '../../common/context';
import { parseId } from '../../common/ids';
import { asksForTotalCount } from '../../common/pagination/apply-list';
import { DictionaryItem } from '../dictionary/dictionary-item.entity';
import { BUILT_IN_FIELDS } from '../field-definition/built-in-fields';
import { User } from '../user/user.entity';
import { Customer, CustomerStatus } from './customer.entity';
import {
  CreateOneCustomerInput,
  CustomerList,
  CustomerListArgs,
  UpdateOneCustomerInput,
} from './customer.inputs';
import { DeleteOneInput } from '../../common/graphql/delete-input';
import { Department } from '../department/department.entity';
import { CustomerFormerName, CustomerHistory } from './customer-history.entity';
import { AccessLevel, CustomerMember } from './customer-member.entity';
import { customValue } from './customer.service';
import { can } from '../../common/auth/caller';

@Resolver(() => Customer)
export class CustomerResolver {
  @Authorized()
  @Query(() => CustomerList.Connection, { description: 'Customers the caller may read' })
  customers(
    @Args(() => CustomerListArgs) args: CustomerListArgs,
    @Ctx() ctx: AppContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return ctx.services.customers.list(ctx, args, asksForTotalCount(info));
  }

  @Authorized()
  @Query(() => Customer, { description: 'NOT_FOUND when missing or not readable' })
  customer(@Arg('id', () => ID) id: string, @Ctx() ctx: AppContext) {
    return ctx.services.customers.get(ctx, parseId(id));
  }

  @Authorized('customer.create')
  @Mutation(() => Customer)
  createOneCustomer(
    @Arg('input', () => CreateOneCustomerInput) input: CreateOneCustomerInput,
    @Ctx() ctx: AppContext,
  ) {
    return ctx.services.customers.create(ctx, input.customer);
  }

  @Authorized('customer.update')
  @Mutation(() => Customer)
  updateOneCustomer(
    @Arg('input', () => UpdateOneCustomerInput) input: UpdateOneCustomerInput,
    @Ctx() ctx: AppContext,
  ) {
    return ctx.services.customers.update(
      ctx,
      parseId(input.id, 'input.id'),
      input.version,
      input.update,
      input.reason ?? null,
    );
  }

  @Authorized('customer.update')
  @Mutation(() => Customer, {
    description: 'Renames; the old name is kept as a former name and stays searchable',
  })
  renameCustomer(
    @Arg('id', () => ID) id: string,
    @Arg('newName', () => String) newName: string,
    @Arg('reason', () => String, { nullable: true }) reason: string | null,
    @Arg('version', () => Int, { nullable: true }) version: number | null,
    @Ctx() ctx: AppContext,
  ) {
    return ctx.services.customers.rename(
      ctx,
      parseId(id),
      newName,
      reason ?? null,
      version ?? undefined,
    );
  }

  @Authorized('customer.delete')
  @Mutation(() => Customer, {
    description: 'Soft delete: hidden everywhere, restorable by admins; nothing cascades',
  })
  deleteOneCustomer(
    @Arg('input', () => DeleteOneInput) input: DeleteOneInput,
    @Ctx() ctx: AppContext,
  ) {
    return ctx.services.customers.delete(ctx, parseId(input.id, 'input.id'));
  }

  @Authorized('customer.delete', 'user.manage')
  @Mutation(() => Customer)
  restoreCustomer(@Arg('id', () => ID) id: string, @Ctx() ctx: AppContext) {
    return ctx.services.customers.restore(ctx, parseId(id));
  }

  @Authorized('customer.update')
  @Mutation(() => [CustomerMember], {
    description: 'Adds a team member (协作人) or changes their level',
  })
  setCustomerMember(
    @Arg('customerId', () => ID) customerId: string,
    @Arg('userId', () => ID) userId: string,
    @Arg('level', () => AccessLevel) level: AccessLevel,
    @Ctx() ctx: AppContext,
  ) {
    return ctx.services.customers.setMember(
      ctx,
      parseId(customerId, 'customerId'),
      parseId(userId, 'userId'),
      level,
    );
  }

  @Authorized('customer.update')
  @Mutation(() => [CustomerMember])
  removeCustomerMember(
    @Arg('customerId', () => ID) customerId: string,
    @Arg('userId', () => ID) userId: string,
    @Ctx() ctx: AppContext,
  ) {
    return ctx.services.customers.removeMember(
      ctx,
      parseId(customerId, 'customerId'),
      parseId(userId, 'userId'),
    );
  }

  @Authorized('customer.update')
  @Mutation(() => Customer, {
    description: 'Hands the customer to a new owner; the previous owner can stay as a team member',
  })
  transferCustomerOwner(
    @Arg('customerId', () => ID) customerId: string,
    @Arg('ownerId', () => ID) ownerId: string,
    @Arg('keepPreviousAs', () => AccessLevel, { nullable: true })
    keepPreviousAs: AccessLevel | null,
    @Arg('reason', () => String, { nullable: true }) reason: string | null,
    @Ctx() ctx: AppContext,
  ) {
    return ctx.services.customers.transferOwner(
      ctx,
      parseId(customerId, 'customerId'),
      parseId(ownerId, 'ownerId'),
      keepPreviousAs ?? null,
      reason ?? null,
    );
  }

  @Authorized('customer.update')
  @Mutation(() => Customer, {
    description:
      'ACTIVE, DORMANT (交易中断) or ARCHIVED, with an optional reason kept in the history',
  })
  setCustomerStatus(
    @Arg('id', () => ID) id: string,
    @Arg('status', () => CustomerStatus) status: CustomerStatus,
    @Arg('reason', () => String, { nullable: true }) reason: string | null,
    @Arg('version', () => Int, { nullable: true }) version: number | null,
    @Ctx() ctx: AppContext,
  ) {
    return ctx.services.customers.setStatus(
      ctx,
      parseId(id),
      status,
      reason ?? null,
      version ?? undefined,
    );
  }

  @FieldResolver(() => [CustomerFormerName])
  formerNames(@Root() c: Customer, @Ctx() ctx: AppContext) {
    return ctx.loaders.formerNamesByCustomerId.load(c.id);
  }

  @FieldResolver(() => [CustomerMember], { description: 'Team members (协作人)' })
  members(@Root() c: Customer, @Ctx() ctx: AppContext) {
    return ctx.loaders.membersByCustomerId.load(c.id);
  }

  @FieldResolver(() => Department, { nullable: true })
  department(@Root() c: Customer, @Ctx() ctx: AppContext) {
    return c.departmentId ? ctx.loaders.departmentById.load(c.departmentId) : null;
  }

  @FieldResolver(() => [CustomerHistory], {
    description: 'Field history, newest first (latest 200)',
  })
  history(@Root() c: Customer, @Ctx() ctx: AppContext) {
    return ctx.services.customers.history(c.id);
  }

  @FieldResolver(() => Boolean, {
    description:
      'Whether the caller may edit this customer: `customer.update` and edit access by the policy (batched per request)',
  })
  async canEdit(@Root() c: Customer, @Ctx() ctx: AppContext): Promise<boolean> {
    if (!ctx.caller || !can(ctx.caller, 'customer.update')) return false;
    return (
      reachesAll(ctx.caller, 'edit') || ctx.loaders.editableFor(ctx.caller).customers.load(c.id)
    );
  }

  @FieldResolver(() => User, { nullable: true })
  owner(@Root() c: Customer, @Ctx() ctx: AppContext) {
    return c.ownerId ? ctx.loaders.userById.load(c.ownerId) : null;
  }

  @FieldResolver(() => GraphQLJSON, {
    description: 'Custom field values by key (selects as item codes)',
  })
  async customFields(@Root() c: Customer, @Ctx() ctx: AppContext) {
    const [rows, defs, snap] = await Promise.all([
      ctx.loaders.fieldValuesByCustomerId.load(c.id),
      ctx.services.fields.forKind(c.kind, true),
      ctx.loaders.dictionarySnapshot(),
    ]);
    const out: Record<string, unknown> = {};
    for (const def of defs) {
      if (def.builtIn) continue;
      const value = customValue(
        def,
        rows.filter((r) => r.fieldId === def.id),
      );
      if (def.type === 'SELECT')
        out[def.key] = typeof value === 'number' ? (snap.itemById.get(value)?.code ?? null) : null;
      else if (def.type === 'MULTI_SELECT')
        out[def.key] = (value as number[]).map((id) => snap.itemById.get(id)?.code ?? null);
      else out[def.key] = value;
    }
    return out;
  }
}

// Each built-in select resolves to its dictionary item (code and labels) through the per-request loader.
for (const f of BUILT_IN_FIELDS.filter((field) => field.type === 'SELECT')) {
  const proto = CustomerResolver.prototype as unknown as Record<string, unknown>;
  const resolve = function (this: unknown, c: Customer, ctx: AppContext) {
    const id = (c as unknown as Record<string, number | null>)[f.property];
    return id ? ctx.loaders.dictionaryItemById.load(id) : null;
  };
  Object.defineProperty(proto, f.key, { value: resolve, writable: true, configurable: true });
  Reflect.defineMetadata('design:paramtypes', [Object, Object], proto, f.key);
  Root()(proto, f.key, 0);
  Ctx()(proto, f.key, 1);
  FieldResolver(() => DictionaryItem, {
    nullable: true,
    description: `${f.labelEn} / ${f.labelZh}`,
  })(proto, f.key, Object.getOwnPropertyDescriptor(proto, f.key)!);
}
