import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { CustomerKindEnum } from '../field-definition/field-definition.enums';
import type { CustomerKind } from '@dossier/shared';
import { AccessLevel } from '../customer/customer-member.entity';

/** A customer as someone who may not read it sees it: number, kind and a masked name. */
@ObjectType()
export class CustomerSummary {
  @Field(() => ID) id: number;
  @Field(() => String, { nullable: true }) number: string | null;
  @Field(() => String, {
    description: 'Masked to a fixed shape (张**) unless the caller can read the customer',
  })
  name: string;
  @Field(() => CustomerKindEnum) kind: CustomerKind;
  @Field(() => Boolean, { description: 'Whether the caller can read the customer' })
  readable: boolean;
}

export enum AccessPathEnum {
  SCOPE = 'SCOPE',
  OWNER = 'OWNER',
  TEAM = 'TEAM',
  GRANT = 'GRANT',
  RULE = 'RULE',
}
registerEnumType(AccessPathEnum, {
  name: 'AccessPath',
  description: 'How a user reaches a customer',
});

@ObjectType()
export class AccessReason {
  @Field(() => AccessPathEnum) path: AccessPathEnum;
  @Field(() => AccessLevel) level: AccessLevel;
  @Field(() => String, { description: 'Human detail: the scope, grant or rule' }) detail: string;
  @Field(() => Date, { nullable: true, description: 'For grants: when it stops working' })
  expiresAt: Date | null;
  @Field(() => ID, { nullable: true }) grantId: number | null;
  @Field(() => ID, { nullable: true }) ruleId: number | null;
  @Field(() => [String], {
    description:
      'For SCOPE and role rules: the permissions behind this path (customer.read, customer.update)',
  })
  permissions: string[];
  @Field(() => [String], { description: 'For SCOPE and role rules: the roles that carry the path' })
  roles: string[];
}

@ObjectType()
export class AccessExplanation {
  @Field(() => ID) userId: number;
  @Field(() => ID) customerId: number;
  @Field(() => Boolean) canRead: boolean;
  @Field(() => Boolean) canEdit: boolean;
  @Field(() => [AccessReason], {
    description: 'Every path that admits the user; empty when none does',
  })
  reasons: AccessReason[];
  @Field(() => [String], { description: 'Sensitive fields the user sees in clear on this record' })
  sensitiveInClear: string[];
  @Field(() => [String], {
    description:
      'Sensitive fields the user gets masked (and may reveal with customer.viewSensitive)',
  })
  sensitiveMasked: string[];
}
