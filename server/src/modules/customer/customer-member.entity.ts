import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { VARCHAR } from '../../common/limits';

export enum AccessLevel {
  READ = 'READ',
  EDIT = 'EDIT',
}
registerEnumType(AccessLevel, { name: 'AccessLevel', description: 'Read only, or read and edit' });

/** A team member (协作人) of a customer, with read or edit access. */
@Entity('customer_member')
@Index('idx_customer_member_user', ['userId', 'customerId'])
@ObjectType()
export class CustomerMember {
  @PrimaryColumn({ name: 'customer_id', type: 'int' }) @Field(() => ID) customerId: number;
  @PrimaryColumn({ name: 'user_id', type: 'int' }) @Field(() => ID) userId: number;
  @Column({ type: 'varchar', length: VARCHAR.customer_member.level })
  @Field(() => AccessLevel)
  level: AccessLevel;
  @Column({ name: 'added_at', type: 'datetime' }) @Field(() => Date) addedAt: Date;
}
