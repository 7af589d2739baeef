import { GraphQLJSON } from 'graphql-scalars';
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
import { DeleteOneInput } from '../../common/graphql/delete-input';
import { parseId } from '../../common/ids';
import { Customer } from '../customer/customer.entity';
import { ContactHistory } from '../customer/customer-history.entity';
import { DictionaryItem } from '../dictionary/dictionary-item.entity';
import { NodeKind } from '../relationship/relationship.entity';
import { RelationshipEdge } from '../relationship/relationship.inputs';
import { Contact, CustomerContact } from './contact.entity';
import {
  ContactList,
  ContactListArgs,
  CreateOneContactInput,
  UpdateOneContactInput,
} from './contact.inputs';

@Resolver(() => Contact)
export class ContactResolver {
  @Authorized()
  @Query(() => ContactList.Connection, { description: 'Contacts of customers the caller may read' })
  contacts(@Args(() => ContactListArgs) args: ContactListArgs, @Ctx() ctx: AppContext) {
    return ctx.services.contacts.list(ctx, args);
  }

  @Authorized()
  @Query(() => Contact, { description: 'NOT_FOUND when missing or not readable' })
  contact(@Arg('id', () => ID) id: string, @Ctx() ctx: AppContext) {
    return ctx.services.contacts.get(ctx, parseId(id));
  }

  @Authorized('customer.update')
  @Mutation(() => Contact)
  createOneContact(
    @Arg('input', () => CreateOneContactInput) input: CreateOneContactInput,
    @Ctx() ctx: AppContext,
  ) {
    return ctx.services.contacts.create(ctx, input.contact);
  }

  @Authorized('customer.update')
  @Mutation(() => Contact)
  updateOneContact(
    @Arg('input', () => UpdateOneContactInput) input: UpdateOneContactInput,
    @Ctx() ctx: AppContext,
  ) {
    return ctx.services.contacts.update(
      ctx,
      parseId(input.id, 'input.id'),
      input.version,
      input.update,
    );
  }

  @Authorized('customer.update')
  @Mutation(() => Contact)
  deleteOneContact(
    @Arg('input', () => DeleteOneInput) input: DeleteOneInput,
    @Ctx() ctx: AppContext,
  ) {
    return ctx.services.contacts.delete(ctx, parseId(input.id, 'input.id'));
  }

  @Authorized('customer.update')
  @Mutation(() => [CustomerContact], {
    description: 'Links a contact to another customer (a person may belong to several)',
  })
  linkContactToCustomer(
    @Arg('contactId', () => ID) contactId: string,
    @Arg('customerId', () => ID) customerId: string,
    @Arg('isPrimary', () => Boolean, { defaultValue: false }) isPrimary: boolean,
    @Ctx() ctx: AppContext,
  ) {
    return ctx.services.contacts.link(
      ctx,
      parseId(contactId, 'contactId'),
      parseId(customerId, 'customerId'),
      isPrimary,
    );
  }

  @FieldResolver(() => GraphQLJSON, { description: 'Important dates (纪念日): [{ label, date }]' })
  importantDates(@Root() c: Contact) {
    return c.importantDates ?? [];
  }

  @FieldResolver(() => Boolean, {
    description: 'Primary contact of the customer it was read through',
  })
  isPrimary(@Root() c: Contact & { isPrimary?: boolean }) {
    return !!c.isPrimary;
  }

  @FieldResolver(() => DictionaryItem, { nullable: true })
  gender(@Root() c: Contact, @Ctx() ctx: AppContext) {
    return c.genderId ? ctx.loaders.dictionaryItemById.load(c.genderId) : null;
  }

  @FieldResolver(() => DictionaryItem, { nullable: true })
  education(@Root() c: Contact, @Ctx() ctx: AppContext) {
    return c.educationId ? ctx.loaders.dictionaryItemById.load(c.educationId) : null;
  }

  @FieldResolver(() => DictionaryItem, {
    nullable: true,
    description: 'Decision role: decision maker, influencer, user, buyer, initiator',
  })
  decisionRole(@Root() c: Contact, @Ctx() ctx: AppContext) {
    return c.decisionRoleId ? ctx.loaders.dictionaryItemById.load(c.decisionRoleId) : null;
  }

  @FieldResolver(() => [ContactHistory], {
    description: 'Field history, newest first (latest 200)',
  })
  history(@Root() c: Contact, @Ctx() ctx: AppContext) {
    return ctx.services.contacts.history(c.id);
  }

  @FieldResolver(() => [Customer], { description: 'Customers of this contact the caller may read' })
  customers(@Root() c: Contact, @Ctx() ctx: AppContext) {
    return ctx.loaders.customersOfContact(ctx.caller).load(c.id);
  }

  @FieldResolver(() => [RelationshipEdge], {
    description: 'Edges whose other end the caller may read',
  })
  relationships(@Root() c: Contact, @Ctx() ctx: AppContext) {
    return ctx.loaders.edgesOf(ctx.caller).load(`${NodeKind.CONTACT}:${c.id}`);
  }
}

/** The people side of a customer: its contacts and relationship edges. */
@Resolver(() => Customer)
export class CustomerPeopleResolver {
  @FieldResolver(() => [Contact], { description: 'Contacts, primary first' })
  contacts(@Root() c: Customer, @Ctx() ctx: AppContext) {
    return ctx.loaders.contactsByCustomerId.load(c.id);
  }

  @FieldResolver(() => [RelationshipEdge], {
    description: 'Edges whose other end the caller may read',
  })
  relationships(@Root() c: Customer, @Ctx() ctx: AppContext) {
    return ctx.loaders.edgesOf(ctx.caller).load(`${NodeKind.CUSTOMER}:${c.id}`);
  }
}
