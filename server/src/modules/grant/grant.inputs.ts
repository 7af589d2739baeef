import { Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
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

export enum GranteeKind {
  USER = 'USER',
  DEPARTMENT = 'DEPARTMENT',
}
registerEnumType(GranteeKind, { name: 'GranteeKind', description: 'A user or a department' });

@ObjectType({ description: 'Someone the caller may grant access to' })
export class Grantee {
  @Field(() => GranteeKind) kind: GranteeKind;
  @Field(() => ID) id: number;
  @Field(() => String, { description: 'Display name of the user, or name of the department' })
  name: string;
  @Field(() => String, { nullable: true }) username: string | null;
  @Field(() => String, {
    nullable: true,
    description: "The user's department, or the department's parent",
  })
  departmentName: string | null;
}

@ObjectType()
export class GranteeList {
  @Field(() => [Grantee]) nodes: Grantee[];
  @Field(() => Boolean) hasMore: boolean;
}
