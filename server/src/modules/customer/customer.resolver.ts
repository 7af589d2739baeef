import { maskIdNumber, maskPhone } from '@dossier/shared';
import { GraphQLJSON } from 'graphql-scalars';
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { AppContext } from '../../common/context';
import { parseId } from '../../common/ids';
import type { ListArgsShape } from '../../common/pagination/list-types';
import { DictionaryItem } from '../dictionary/dictionary-item.entity';
import { BUILT_IN_FIELDS } from '../field-definition/built-in-fields';
import { User } from '../user/user.entity';
import { Customer } from './customer.entity';
import { CreateOneCustomerInput, CustomerList, UpdateOneCustomerInput } from './customer.inputs';
import { customValue } from './customer.service';

@Resolver(() => Customer)
export class CustomerResolver {
  @Authorized()
  @Query(() => CustomerList.Connection, { description: 'Customers the caller may read' })
  customers(@Args(() => CustomerList.Args) args: ListArgsShape, @Ctx() ctx: AppContext) {
    return ctx.services.customers.list(ctx, args);
  }

  @Authorized()
  @Query(() => Customer, { description: 'NOT_FOUND when missing or not readable' })
  customer(@Arg('id', () => ID) id: string, @Ctx() ctx: AppContext) {
    return ctx.services.customers.get(ctx, parseId(id));
  }

  @Authorized('customer.create')
  @Mutation(() => Customer)
  createOneCustomer(@Arg('input', () => CreateOneCustomerInput) input: CreateOneCustomerInput, @Ctx() ctx: AppContext) {
    return ctx.services.customers.create(ctx, input.customer);
  }

  @Authorized('customer.update')
  @Mutation(() => Customer)
  updateOneCustomer(@Arg('input', () => UpdateOneCustomerInput) input: UpdateOneCustomerInput, @Ctx() ctx: AppContext) {
    return ctx.services.customers.update(ctx, parseId(input.id, 'input.id'), input.version, input.update);
  }

  @FieldResolver(() => String, { nullable: true, description: 'Sensitive: masked without customer.viewSensitive' })
  mobile(@Root() c: Customer, @Ctx() ctx: AppContext) {
    if (!c.mobile) return null;
    return ctx.caller?.permissions.has('customer.viewSensitive') ? c.mobile : maskPhone(c.mobile);
  }

  @FieldResolver(() => String, { nullable: true, description: 'Sensitive: masked without customer.viewSensitive' })
  idNumber(@Root() c: Customer, @Ctx() ctx: AppContext) {
    if (!c.idNumber) return null;
    return ctx.caller?.permissions.has('customer.viewSensitive') ? c.idNumber : maskIdNumber(c.idNumber);
  }

  @FieldResolver(() => User, { nullable: true })
  owner(@Root() c: Customer, @Ctx() ctx: AppContext) {
    return c.ownerId ? ctx.loaders.userById.load(c.ownerId) : null;
  }

  @FieldResolver(() => GraphQLJSON, { description: 'Custom field values by key (selects as item codes)' })
  async customFields(@Root() c: Customer, @Ctx() ctx: AppContext) {
    const [rows, defs, snap] = await Promise.all([ctx.loaders.fieldValuesByCustomerId.load(c.id), ctx.services.fields.forKind(c.kind, true), ctx.loaders.dictionarySnapshot()]);
    const out: Record<string, unknown> = {};
    for (const def of defs) {
      if (def.builtIn) continue;
      const value = customValue(def, rows.filter((r) => r.fieldId === def.id));
      if (def.type === 'SELECT') out[def.key] = typeof value === 'number' ? (snap.itemById.get(value)?.code ?? null) : null;
      else if (def.type === 'MULTI_SELECT') out[def.key] = (value as number[]).map((id) => snap.itemById.get(id)?.code ?? null);
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
  FieldResolver(() => DictionaryItem, { nullable: true, description: `${f.labelEn} / ${f.labelZh}` })(proto, f.key, Object.getOwnPropertyDescriptor(proto, f.key)!);
}
