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
import { MAX_NESTED_LIMIT } from '../followup/followup.loaders';
import { User } from '../user/user.entity';
import { CustomerDocument } from './document.entity';
import { DocumentList } from './document.inputs';
import { downloadUrl } from './document.service';

@Resolver(() => CustomerDocument)
export class DocumentResolver {
  @Authorized()
  @Query(() => DocumentList.Connection, {
    description:
      'Documents of customers the caller may read (newest first unless sorted). Upload with POST /files/customers/:id/documents.',
  })
  documents(
    @Args(() => DocumentList.Args) args: InstanceType<typeof DocumentList.Args>,
    @Ctx() ctx: AppContext,
  ) {
    return ctx.services.documents.list(ctx, args);
  }

  @Authorized('customer.update')
  @Mutation(() => CustomerDocument, {
    description: 'Soft delete; needs edit access to the customer',
  })
  deleteOneDocument(
    @Arg('input', () => DeleteOneInput) input: DeleteOneInput,
    @Ctx() ctx: AppContext,
  ) {
    return ctx.services.documents.delete(ctx, parseId(input.id, 'input.id'));
  }

  @FieldResolver(() => DictionaryItem, { nullable: true, description: 'Item of `document_type`' })
  type(@Root() d: CustomerDocument, @Ctx() ctx: AppContext) {
    return ctx.loaders.dictionaryItemById.load(d.typeId);
  }

  @FieldResolver(() => User, { nullable: true, description: 'Who uploaded it' })
  uploadedBy(@Root() d: CustomerDocument, @Ctx() ctx: AppContext) {
    return d.uploadedById ? ctx.loaders.userById.load(d.uploadedById) : null;
  }

  @FieldResolver(() => String, {
    description: 'GET with the Bearer token; answers with the file as an attachment',
  })
  downloadUrl(@Root() d: CustomerDocument) {
    return downloadUrl(d.id);
  }

  @FieldResolver(() => Customer, {
    nullable: true,
    description: 'Null when the caller may not read the customer',
  })
  customer(@Root() d: CustomerDocument, @Ctx() ctx: AppContext) {
    return ctx.loaders.readableCustomerById(ctx.caller).load(d.customerId);
  }
}

/** `customer.documents(limit)`, batched per request. */
@Resolver(() => Customer)
export class CustomerDocumentsResolver {
  @FieldResolver(() => [CustomerDocument], {
    description: `Newest documents first (at most ${MAX_NESTED_LIMIT})`,
  })
  documents(
    @Root() c: Customer,
    @Arg('limit', () => Int, { defaultValue: 20 }) limit: number,
    @Ctx() ctx: AppContext,
  ) {
    if (!Number.isInteger(limit) || limit < 1 || limit > MAX_NESTED_LIMIT)
      throw badInput('limit', 'outOfRange', { min: 1, max: MAX_NESTED_LIMIT });
    return ctx.loaders.latestDocumentsByCustomerId(limit).load(c.id);
  }
}
