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
import { can } from '../../common/auth/caller';
import { DeleteOneInput } from '../../common/graphql/delete-input';
import { badInput } from '../../common/errors/app-error';
import { parseId, parseIdList } from '../../common/ids';
import { MAX_VARIABLE_LIST } from '../../common/input-limits';
import type { ListArgsShape } from '../../common/pagination/list-types';
import { DictionaryItem } from './dictionary-item.entity';
import { DictionaryType } from './dictionary-type.entity';
import { AttributeDefinitionType } from './dictionary.types';
import {
  CreateOneDictionaryItemInput,
  CreateOneDictionaryTypeInput,
  DictionaryItemList,
  DictionaryOptionsArgs,
  DictionaryTypeList,
  UpdateOneDictionaryItemInput,
  UpdateOneDictionaryTypeInput,
} from './dictionary.inputs';

@ObjectType()
export class MergeDictionaryItemResult {
  @Field(() => DictionaryItem) into: DictionaryItem;
  @Field(() => Int, {
    description: 'Rows rewritten (records, custom values, children, dependent items)',
  })
  rewritten: number;
}

@Resolver(() => DictionaryType)
export class DictionaryTypeResolver {
  @Authorized()
  @Query(() => DictionaryTypeList.Connection)
  dictionaryTypes(
    @Args(() => DictionaryTypeList.Args) args: ListArgsShape,
    @Ctx() ctx: AppContext,
  ) {
    return ctx.services.dictionaries.listTypes(args);
  }

  @Authorized()
  @Query(() => DictionaryType, { description: 'One dictionary; `tree` gives its items as a tree' })
  dictionary(@Arg('code', () => String) code: string, @Ctx() ctx: AppContext) {
    return ctx.services.dictionaries.typeByCode(code);
  }

  @Authorized('dictionary.manage')
  @Mutation(() => DictionaryType)
  createOneDictionaryType(
    @Arg('input', () => CreateOneDictionaryTypeInput) input: CreateOneDictionaryTypeInput,
    @Ctx() ctx: AppContext,
  ) {
    return ctx.services.dictionaries.createType(ctx, input.dictionaryType);
  }

  @Authorized('dictionary.manage')
  @Mutation(() => DictionaryType)
  updateOneDictionaryType(
    @Arg('input', () => UpdateOneDictionaryTypeInput) input: UpdateOneDictionaryTypeInput,
    @Ctx() ctx: AppContext,
  ) {
    return ctx.services.dictionaries.updateType(
      ctx,
      parseId(input.id, 'input.id'),
      input.version,
      input.update,
    );
  }

  @Authorized('dictionary.manage')
  @Mutation(() => DictionaryType)
  deleteOneDictionaryType(
    @Arg('input', () => DeleteOneInput) input: DeleteOneInput,
    @Ctx() ctx: AppContext,
  ) {
    return ctx.services.dictionaries.deleteType(ctx, parseId(input.id, 'input.id'));
  }

  @FieldResolver(() => String, { description: 'Name in the caller’s language' })
  name(@Root() type: DictionaryType, @Ctx() ctx: AppContext) {
    return ctx.locale === 'en' ? type.nameEn : type.nameZh;
  }

  @FieldResolver(() => [AttributeDefinitionType], {
    description: 'Typed attributes every item of this type carries (empty when none)',
  })
  attributeSchema(@Root() type: DictionaryType) {
    return type.attributeSchema ?? [];
  }

  @FieldResolver(() => DictionaryType, { nullable: true })
  async controllingType(@Root() type: DictionaryType, @Ctx() ctx: AppContext) {
    return type.controllingTypeId
      ? ((await ctx.loaders.dictionarySnapshot()).typeById.get(type.controllingTypeId) ?? null)
      : null;
  }

  @FieldResolver(() => [DictionaryItem], { description: 'Root items, each with `children`' })
  async tree(
    @Root() type: DictionaryType,
    @Ctx() ctx: AppContext,
    @Arg('includeDisabled', () => Boolean, { defaultValue: true }) includeDisabled: boolean,
  ) {
    const items = (await ctx.loaders.dictionarySnapshot()).itemsByType.get(type.id) ?? [];
    return items.filter((i) => i.parentId === null && (includeDisabled || i.enabled));
  }

  @FieldResolver(() => Int)
  async itemCount(@Root() type: DictionaryType, @Ctx() ctx: AppContext) {
    return ((await ctx.loaders.dictionarySnapshot()).itemsByType.get(type.id) ?? []).length;
  }
}

@Resolver(() => DictionaryItem)
export class DictionaryItemResolver {
  @Authorized()
  @Query(() => DictionaryItemList.Connection)
  dictionaryItems(
    @Args(() => DictionaryItemList.Args) args: ListArgsShape,
    @Ctx() ctx: AppContext,
  ) {
    return ctx.services.dictionaries.listItems(args);
  }

  @Authorized()
  @Query(() => [DictionaryItem], {
    description: 'Options for a form field: enabled items, filtered by the controlling item',
  })
  dictionaryOptions(
    @Args(() => DictionaryOptionsArgs) args: DictionaryOptionsArgs,
    @Ctx() ctx: AppContext,
  ) {
    return ctx.services.dictionaries.options(args);
  }

  @Authorized('dictionary.manage')
  @Mutation(() => DictionaryItem)
  createOneDictionaryItem(
    @Arg('input', () => CreateOneDictionaryItemInput) input: CreateOneDictionaryItemInput,
    @Ctx() ctx: AppContext,
  ) {
    return ctx.services.dictionaries.createItem(ctx, input.dictionaryItem);
  }

  @Authorized('dictionary.manage')
  @Mutation(() => DictionaryItem, {
    description: 'Relabel, reorder, enable/disable; the code never changes',
  })
  updateOneDictionaryItem(
    @Arg('input', () => UpdateOneDictionaryItemInput) input: UpdateOneDictionaryItemInput,
    @Ctx() ctx: AppContext,
  ) {
    return ctx.services.dictionaries.updateItem(
      ctx,
      parseId(input.id, 'input.id'),
      input.version,
      input.update,
    );
  }

  @Authorized('dictionary.manage')
  @Mutation(() => DictionaryItem, {
    description: 'Refused with CONFLICT (and the usage count) while the item is in use',
  })
  deleteOneDictionaryItem(
    @Arg('input', () => DeleteOneInput) input: DeleteOneInput,
    @Ctx() ctx: AppContext,
  ) {
    return ctx.services.dictionaries.deleteItem(ctx, parseId(input.id, 'input.id'));
  }

  @Authorized('dictionary.manage')
  @Mutation(() => MergeDictionaryItemResult, {
    description: 'Rewrites every use of `from` to `into` in one transaction, then deletes `from`',
  })
  mergeDictionaryItem(
    @Arg('from', () => ID) from: string,
    @Arg('into', () => ID) into: string,
    @Ctx() ctx: AppContext,
  ) {
    return ctx.services.dictionaries.merge(ctx, parseId(from, 'from'), parseId(into, 'into'));
  }

  @Authorized('dictionary.manage')
  @Mutation(() => [DictionaryItem], {
    description: 'Sets siblings’ order to the order given (drag to reorder)',
  })
  reorderDictionaryItems(
    @Arg('typeCode', () => String) typeCode: string,
    @Arg('orderedIds', () => [ID]) orderedIds: string[],
    @Ctx() ctx: AppContext,
  ) {
    const ids = parseIdList(orderedIds, 'orderedIds', MAX_VARIABLE_LIST);
    if (ids.length !== orderedIds.length) throw badInput('orderedIds', 'duplicateItems');
    return ctx.services.dictionaries.reorder(ctx, typeCode, ids);
  }

  @FieldResolver(() => String, { description: 'Label in the caller’s language (Accept-Language)' })
  label(@Root() item: DictionaryItem, @Ctx() ctx: AppContext) {
    return ctx.locale === 'en' ? item.labelEn : item.labelZh;
  }

  @FieldResolver(() => DictionaryType)
  async type(@Root() item: DictionaryItem, @Ctx() ctx: AppContext) {
    return (await ctx.loaders.dictionarySnapshot()).typeById.get(item.typeId);
  }

  @FieldResolver(() => DictionaryItem, { nullable: true })
  parent(@Root() item: DictionaryItem, @Ctx() ctx: AppContext) {
    return item.parentId ? ctx.loaders.dictionaryItemById.load(item.parentId) : null;
  }

  @FieldResolver(() => [DictionaryItem])
  async children(@Root() item: DictionaryItem, @Ctx() ctx: AppContext) {
    return (await ctx.loaders.dictionarySnapshot()).childrenOf.get(item.id) ?? [];
  }

  @FieldResolver(() => DictionaryItem, { nullable: true })
  controllingItem(@Root() item: DictionaryItem, @Ctx() ctx: AppContext) {
    return item.controllingItemId
      ? ctx.loaders.dictionaryItemById.load(item.controllingItemId)
      : null;
  }

  @FieldResolver(() => [String], { description: 'Codes from the root down to this item' })
  async path(@Root() item: DictionaryItem, @Ctx() ctx: AppContext) {
    return (await ctx.loaders.dictionarySnapshot()).path(item.id).map((i) => i.code);
  }

  @FieldResolver(() => Int, {
    nullable: true,
    description:
      'Records and custom values that use this item, across all customers; null unless the caller has dictionary.manage (it counts records the caller may not read)',
  })
  usageCount(@Root() item: DictionaryItem, @Ctx() ctx: AppContext) {
    if (!can(ctx.caller, 'dictionary.manage')) return null;
    return ctx.loaders.dictionaryUsageByItemId.load(item.id);
  }
}
