import {
  Arg,
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
import { DictionaryItem } from '../dictionary/dictionary-item.entity';
import { AccessRule } from './access-rule.entity';
import { CreateOneAccessRuleInput } from './access-rule.inputs';

@Resolver(() => AccessRule)
export class AccessRuleResolver {
  @Authorized('user.manage')
  @Query(() => [AccessRule], {
    description: 'Territory rules: who sees customers by a dictionary-backed field',
  })
  accessRules(@Ctx() ctx: AppContext) {
    return ctx.services.accessRules.list();
  }

  @Authorized('user.manage')
  @Mutation(() => AccessRule)
  createOneAccessRule(
    @Arg('input', () => CreateOneAccessRuleInput) input: CreateOneAccessRuleInput,
    @Ctx() ctx: AppContext,
  ) {
    return ctx.services.accessRules.create(ctx, input.accessRule);
  }

  @Authorized('user.manage')
  @Mutation(() => AccessRule)
  deleteOneAccessRule(
    @Arg('input', () => DeleteOneInput) input: DeleteOneInput,
    @Ctx() ctx: AppContext,
  ) {
    return ctx.services.accessRules.delete(ctx, parseId(input.id, 'input.id'));
  }

  @FieldResolver(() => [DictionaryItem], {
    description: 'The items named; each covers its descendants',
  })
  async items(@Root() rule: AccessRule, @Ctx() ctx: AppContext) {
    const rows = await ctx.services.accessRules.itemsOf([rule.id]);
    const items = await ctx.loaders.dictionaryItemById.loadMany(rows.map((r) => r.itemId));
    return items.filter((i): i is DictionaryItem => !!i && !(i instanceof Error));
  }
}
