import { Field, ID, InputType } from 'type-graphql';
import { AccessLevel } from '../customer/customer-member.entity';

@InputType()
export class GrantCustomerAccessInput {
  @Field(() => [ID]) customerIds: string[];
  @Field(() => ID, { nullable: true, description: 'Grant to this user…' }) toUserId?: string | null;
  @Field(() => ID, { nullable: true, description: '…or to everyone in this department' })
  toDepartmentId?: string | null;
  @Field(() => AccessLevel) level: AccessLevel;
  @Field(() => Date, { description: 'The grant stops working at this instant' }) expiresAt: Date;
  @Field(() => String) reason: string;
}
