import type { CustomerKind } from '@dossier/shared';
import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { AppContext } from '../../common/context';
import { CustomerKindEnum } from '../field-definition/field-definition.enums';
import { NumberingRule } from './numbering.entity';

@Resolver(() => NumberingRule)
export class NumberingResolver {
  @Authorized()
  @Query(() => [NumberingRule], { description: 'Customer number rules per kind' })
  numberingRules(@Ctx() ctx: AppContext) {
    return ctx.services.numbering.rules();
  }

  @Authorized('field.manage')
  @Mutation(() => NumberingRule)
  updateNumberingRule(
    @Arg('kind', () => CustomerKindEnum) kind: CustomerKind,
    @Arg('pattern', () => String) pattern: string,
    @Ctx() ctx: AppContext,
  ) {
    return ctx.services.numbering.updateRule(ctx, kind, pattern);
  }
}
