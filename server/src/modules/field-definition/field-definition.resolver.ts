import type { CustomerKind } from '@dossier/shared';
import {
  Arg,
  Args,
  Authorized,
  Ctx,
  FieldResolver,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import type { AppContext } from '../../common/context';
import { parseId } from '../../common/ids';
import type { ListArgsShape } from '../../common/pagination/list-types';
import { FieldDefinition } from './field-definition.entity';
import { CustomerKindEnum } from './field-definition.enums';
import {
  CreateOneFieldDefinitionInput,
  FieldDefinitionList,
  UpdateOneFieldDefinitionInput,
} from './field-definition.inputs';

@Resolver(() => FieldDefinition)
export class FieldDefinitionResolver {
  @Authorized()
  @Query(() => FieldDefinitionList.Connection)
  fieldDefinitions(
    @Args(() => FieldDefinitionList.Args) args: ListArgsShape,
    @Ctx() ctx: AppContext,
  ) {
    return ctx.services.fields.list(args);
  }

  @Authorized()
  @Query(() => [FieldDefinition], {
    description:
      'The data card of a kind: its active fields in order (forms and list columns are built from it)',
  })
  dataCard(
    @Arg('kind', () => CustomerKindEnum) kind: CustomerKind,
    @Arg('includeInactive', () => Boolean, { defaultValue: false }) includeInactive: boolean,
    @Ctx() ctx: AppContext,
  ) {
    return ctx.services.fields.forKind(kind, includeInactive);
  }

  @Authorized('field.manage')
  @Mutation(() => FieldDefinition)
  createOneFieldDefinition(
    @Arg('input', () => CreateOneFieldDefinitionInput) input: CreateOneFieldDefinitionInput,
    @Ctx() ctx: AppContext,
  ) {
    return ctx.services.fields.create(ctx, input.fieldDefinition);
  }

  @Authorized('field.manage')
  @Mutation(() => FieldDefinition, {
    description:
      'Type changes are refused while values exist; deactivate to hide a field and keep its values',
  })
  updateOneFieldDefinition(
    @Arg('input', () => UpdateOneFieldDefinitionInput) input: UpdateOneFieldDefinitionInput,
    @Ctx() ctx: AppContext,
  ) {
    return ctx.services.fields.update(
      ctx,
      parseId(input.id, 'input.id'),
      input.version,
      input.update,
    );
  }

  @FieldResolver(() => String, { description: 'Label in the caller’s language' })
  label(@Root() f: FieldDefinition, @Ctx() ctx: AppContext) {
    return ctx.locale === 'en' ? f.labelEn : f.labelZh;
  }

  @FieldResolver(() => String, { description: 'Help text in the caller’s language' })
  help(@Root() f: FieldDefinition, @Ctx() ctx: AppContext) {
    return ctx.locale === 'en' ? f.helpEn : f.helpZh;
  }
}
