import { Arg, Authorized, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import type { AppContext } from '../../common/context';
import { parseOptionalId } from '../../common/ids';

@Resolver()
export class SensitiveResolver {
  @Authorized('customer.viewSensitive')
  @Mutation(() => String, {
    nullable: true,
    description:
      'The clear value of one sensitive field of a readable customer or contact; needs a reason and is audited (查阅登记)',
  })
  revealField(
    @Arg('customerId', () => ID, { nullable: true }) customerId: string | null,
    @Arg('contactId', () => ID, { nullable: true }) contactId: string | null,
    @Arg('field', () => String) field: string,
    @Arg('reasonCode', () => String, {
      nullable: true,
      description: 'Item code of `access_reason`',
    })
    reasonCode: string | null,
    @Arg('reason', () => String, {
      nullable: true,
      description: 'Free text beside (or instead of) the code',
    })
    reason: string | null,
    @Ctx() ctx: AppContext,
  ) {
    return ctx.services.sensitive.reveal(ctx, {
      customerId: parseOptionalId(customerId, 'customerId'),
      contactId: parseOptionalId(contactId, 'contactId'),
      field,
      reasonCode,
      reason,
    });
  }
}
