import { Field, ObjectType } from 'type-graphql';
import { Contact } from '../contact/contact.entity';
import { Customer } from '../customer/customer.entity';

/** Hits of a global search, grouped; each group holds at most `limit` rows the caller may read. */
@ObjectType()
export class GlobalSearchResult {
  @Field(() => [Customer], {
    description:
      'Name or former name contains, number starts with, phone starts with where seen in clear',
  })
  customers: Customer[];

  @Field(() => [Contact], { description: 'Name contains, of contacts of readable customers' })
  contacts: Contact[];
}
