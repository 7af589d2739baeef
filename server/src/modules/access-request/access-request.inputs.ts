import { ArgsType, Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { OffsetPaging } from '../../common/pagination/comparisons';
import { AccessLevel } from '../customer/customer-member.entity';
import { AccessRequest, RequestStatus } from './access-request.entity';

export enum Who {
  me = 'me',
}
registerEnumType(Who, { name: 'Who', description: '`me`: the caller' });

@InputType()
export class RequestCustomerAccessInput {
  @Field(() => [ID]) customerIds: string[];
  @Field(() => AccessLevel) level: AccessLevel;
  @Field(() => String, { nullable: true, description: 'Item code of `access_reason`' })
  reasonCode?: string | null;
  @Field(() => String, { nullable: true, description: 'Free text beside (or instead of) the code' })
  reason?: string | null;
  @Field(() => Date, { description: 'Access asked for until this instant' }) until: Date;
}

/** Inbox filters: `{ status: PENDING, approver: me }` is an approver's inbox, `{ requester: me }` "my requests". */
@InputType()
export class RequestFilter {
  @Field(() => RequestStatus, { nullable: true }) status?: RequestStatus | null;
  @Field(() => Who, { nullable: true }) approver?: Who | null;
  @Field(() => Who, { nullable: true }) requester?: Who | null;
  @Field(() => ID, { nullable: true }) customerId?: string | null;
}

@ArgsType()
export class RequestListArgs {
  @Field(() => RequestFilter, { nullable: true }) filter?: RequestFilter | null;
  @Field(() => OffsetPaging, { nullable: true }) paging?: OffsetPaging | null;
}

@ObjectType()
export class AccessRequestConnection {
  @Field(() => [AccessRequest]) nodes: AccessRequest[];
  @Field(() => Int) totalCount: number;
}
