import { Field, ID, ObjectType } from 'type-graphql';
import { Customer } from './customer.entity';

@ObjectType({ description: 'Why one row of a bulk action was not done' })
export class BulkRowError {
  @Field({ description: 'The code the single action would answer (NOT_FOUND, FORBIDDEN, …)' })
  code: string;

  @Field({ description: "In the caller's language" })
  message: string;

  @Field(() => String, { nullable: true, description: 'The input field at fault, if any' })
  path: string | null;
}

@ObjectType({ description: 'The outcome of a bulk action on one customer' })
export class BulkCustomerResult {
  @Field(() => ID, { description: 'The customer id as sent' })
  id: string;

  @Field()
  ok: boolean;

  @Field(() => Customer, {
    nullable: true,
    description:
      'The customer after the action (when ok); `submittedChangeRequest` is set when the row went to approval',
  })
  customer: Customer | null;

  @Field(() => BulkRowError, { nullable: true })
  error: BulkRowError | null;
}
