import { Field, ID, InputType } from 'type-graphql';
import { AccessLevel } from '../customer/customer-member.entity';
import { RuleSubject } from './access-rule.entity';

/** Customer fields a rule may name: dictionary-backed and indexed, so the rule compiles to an indexed `IN`. */
export const RULE_FIELDS = [
  'territory',
  'region',
  'category',
  'grade',
  'importance',
  'industry',
  'source',
] as const;

@InputType()
export class CreateAccessRuleInput {
  @Field(() => RuleSubject) subjectType: RuleSubject;
  @Field(() => ID) subjectId: string;
  @Field(() => String, { description: `One of ${RULE_FIELDS.join(', ')}` }) field: string;
  @Field(() => [String], {
    description: 'Item codes of the field’s dictionary; each covers its descendants',
  })
  itemCodes: string[];
  @Field(() => AccessLevel) level: AccessLevel;
  @Field(() => String, { nullable: true }) description?: string | null;
}

@InputType()
export class CreateOneAccessRuleInput {
  @Field(() => CreateAccessRuleInput) accessRule: CreateAccessRuleInput;
}
