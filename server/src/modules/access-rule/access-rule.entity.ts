import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { AccessLevel } from '../customer/customer-member.entity';
import { VARCHAR } from '../../common/limits';

export enum RuleSubject {
  ROLE = 'ROLE',
  DEPARTMENT = 'DEPARTMENT',
  USER = 'USER',
}
registerEnumType(RuleSubject, {
  name: 'RuleSubject',
  description: 'Who a territory rule applies to (a department rule covers its sub-departments)',
});

/** A territory rule: customers whose dictionary-backed `field` is one of the rule's items or beneath them. */
@Entity('access_rule')
@Index('idx_access_rule_subject', ['subjectType', 'subjectId'])
@ObjectType()
export class AccessRule {
  @PrimaryGeneratedColumn({ type: 'int' }) @Field(() => ID) id: number;
  @Column({ name: 'subject_type', type: 'varchar', length: VARCHAR.access_rule.subject_type })
  @Field(() => RuleSubject)
  subjectType: RuleSubject;
  @Column({ name: 'subject_id', type: 'int' }) @Field(() => ID) subjectId: number;
  @Column({ type: 'varchar', length: VARCHAR.access_rule.field })
  @Field(() => String, { description: 'Customer field key, e.g. `territory` or `region`' })
  field: string;
  @Column({ type: 'varchar', length: VARCHAR.access_rule.level })
  @Field(() => AccessLevel)
  level: AccessLevel;
  @Column({ type: 'varchar', length: VARCHAR.access_rule.description, nullable: true })
  @Field(() => String, { nullable: true })
  description: string | null;
  @Column({ name: 'created_by', type: 'int', nullable: true })
  @Field(() => ID, { nullable: true })
  createdBy: number | null;
  @Column({ name: 'created_at', type: 'datetime' }) @Field(() => Date) createdAt: Date;
}

/** One dictionary item named by a rule (merging items rewrites these rows). */
@Entity('access_rule_item')
@Index('idx_access_rule_item_rule', ['ruleId'])
@Index('idx_access_rule_item_item', ['itemId'])
export class AccessRuleItem {
  @PrimaryGeneratedColumn({ type: 'int' }) id: number;
  @Column({ name: 'rule_id', type: 'int' }) ruleId: number;
  @Column({ name: 'item_id', type: 'int' }) itemId: number;
}
