import type { CustomerKind } from '@dossier/shared';
import { VersionedEntity } from '../../common/versioned-entity';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, DeleteDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { CustomerKindEnum } from '../field-definition/field-definition.enums';
import { DECIMAL, VARCHAR } from '../../common/limits';

export enum CustomerStatus {
  ACTIVE = 'ACTIVE',
  DORMANT = 'DORMANT',
  ARCHIVED = 'ARCHIVED',
}
registerEnumType(CustomerStatus, {
  name: 'CustomerStatus',
  description: 'ACTIVE, DORMANT (trade stopped, 交易中断) or ARCHIVED',
});

/** A customer archive (客户档案). Dictionary-backed fields hold item ids (`<name>Id`). */
@Entity('customer')
@Index('idx_customer_kind_name', ['kind', 'name'])
@Index('idx_customer_owner', ['ownerId'])
@Index('idx_customer_created', ['createdAt'])
@Index('idx_customer_updated', ['updatedAt'])
@Index('idx_customer_department', ['departmentId'])
@Index('idx_customer_region_live', ['regionId', 'deletedAt'])
@ObjectType()
export class Customer extends VersionedEntity {
  @PrimaryGeneratedColumn({ type: 'int' }) @Field(() => ID) id: number;
  @Column({ type: 'varchar', length: VARCHAR.customer.kind })
  @Field(() => CustomerKindEnum)
  kind: CustomerKind;
  @Column({ type: 'varchar', length: VARCHAR.customer.number, nullable: true, unique: true })
  @Field(() => String, { nullable: true })
  number: string | null;
  @Column({ type: 'varchar', length: VARCHAR.customer.name }) @Field(() => String) name: string;

  @Index('idx_customer_credit_code')
  @Column({
    name: 'credit_code',
    type: 'varchar',
    length: VARCHAR.customer.credit_code,
    nullable: true,
  })
  @Field(() => String, { nullable: true })
  creditCode: string | null;
  @Column({ type: 'varchar', length: VARCHAR.customer.address, nullable: true })
  @Field(() => String, { nullable: true })
  address: string | null;
  @Index('idx_customer_phone')
  @Column({ type: 'varchar', length: VARCHAR.customer.phone, nullable: true })
  @Field(() => String, { nullable: true })
  phone: string | null;
  @Index('idx_customer_mobile')
  @Column({ type: 'varchar', length: VARCHAR.customer.mobile, nullable: true })
  @Field(() => String, {
    nullable: true,
    description: 'Sensitive (masked unless the caller may see it on this record)',
  })
  mobile: string | null;
  @Column({ type: 'varchar', length: VARCHAR.customer.fax, nullable: true })
  @Field(() => String, { nullable: true })
  fax: string | null;
  @Column({ type: 'varchar', length: VARCHAR.customer.email, nullable: true })
  @Field(() => String, { nullable: true })
  email: string | null;
  @Column({ type: 'varchar', length: VARCHAR.customer.postcode, nullable: true })
  @Field(() => String, { nullable: true })
  postcode: string | null;
  @Column({ type: 'varchar', length: VARCHAR.customer.website, nullable: true })
  @Field(() => String, { nullable: true })
  website: string | null;
  @Column({ name: 'credit_rating', type: 'int', nullable: true })
  @Field(() => Int, { nullable: true })
  creditRating: number | null;
  @Column({ name: 'employee_count', type: 'int', nullable: true })
  @Field(() => Int, { nullable: true })
  employeeCount: number | null;
  @Column({
    name: 'registered_capital',
    type: 'decimal',
    ...DECIMAL.customer.registered_capital,
    nullable: true,
  })
  @Field(() => String, { nullable: true })
  registeredCapital: string | null;
  @Column({ type: 'varchar', length: VARCHAR.customer.founded, nullable: true })
  @Field(() => String, { nullable: true })
  founded: string | null;
  @Column({ name: 'main_business', type: 'text', nullable: true })
  @Field(() => String, { nullable: true })
  mainBusiness: string | null;
  @Column({ type: 'varchar', length: VARCHAR.customer.birthday, nullable: true })
  @Field(() => String, { nullable: true })
  birthday: string | null;
  @Column({ type: 'varchar', length: VARCHAR.customer.occupation, nullable: true })
  @Field(() => String, { nullable: true })
  occupation: string | null;
  @Index('idx_customer_id_number')
  @Column({
    name: 'id_number',
    type: 'varchar',
    length: VARCHAR.customer.id_number,
    nullable: true,
  })
  @Field(() => String, {
    nullable: true,
    description: 'Sensitive (masked unless the caller may see it on this record)',
  })
  idNumber: string | null;
  @Column({ type: 'text', nullable: true }) @Field(() => String, { nullable: true }) hobbies:
    string | null;
  @Column({ name: 'consumption_habits', type: 'text', nullable: true })
  @Field(() => String, { nullable: true })
  consumptionHabits: string | null;
  @Column({ type: 'text', nullable: true }) @Field(() => String, { nullable: true }) remarks:
    string | null;
  @Column({ name: 'special_requirements', type: 'text', nullable: true })
  @Field(() => String, { nullable: true })
  specialRequirements: string | null;
  @Column({ name: 'risk_notes', type: 'text', nullable: true })
  @Field(() => String, { nullable: true })
  riskNotes: string | null;

  // Dictionary-backed fields (item ids). Indexed: lists filter on them and access rules compile to them.
  @Index('idx_customer_category')
  @Column({ name: 'category_id', type: 'int', nullable: true })
  categoryId: number | null;
  @Index('idx_customer_grade') @Column({ name: 'grade_id', type: 'int', nullable: true }) gradeId:
    number | null;
  @Index('idx_customer_importance')
  @Column({ name: 'importance_id', type: 'int', nullable: true })
  importanceId: number | null;
  @Index('idx_customer_industry')
  @Column({ name: 'industry_id', type: 'int', nullable: true })
  industryId: number | null;
  @Column({ name: 'scale_id', type: 'int', nullable: true }) scaleId: number | null;
  @Column({ name: 'nature_id', type: 'int', nullable: true }) natureId: number | null;
  @Index('idx_customer_source')
  @Column({ name: 'source_id', type: 'int', nullable: true })
  sourceId: number | null;
  @Column({ name: 'region_id', type: 'int', nullable: true }) regionId: number | null;
  @Index('idx_customer_territory')
  @Column({ name: 'territory_id', type: 'int', nullable: true })
  territoryId: number | null;
  @Column({ name: 'years_in_business_id', type: 'int', nullable: true }) yearsInBusinessId:
    number | null;
  @Column({ name: 'industry_status_id', type: 'int', nullable: true }) industryStatusId:
    number | null;
  @Column({ name: 'gender_id', type: 'int', nullable: true }) genderId: number | null;
  @Column({ name: 'age_range_id', type: 'int', nullable: true }) ageRangeId: number | null;
  @Column({ name: 'id_type_id', type: 'int', nullable: true }) idTypeId: number | null;
  @Column({ name: 'contact_strategy_id', type: 'int', nullable: true }) contactStrategyId:
    number | null;
  @Column({ name: 'purchase_strategy_id', type: 'int', nullable: true }) purchaseStrategyId:
    number | null;
  @Column({ name: 'settlement_method_id', type: 'int', nullable: true }) settlementMethodId:
    number | null;

  @Column({ name: 'owner_id', type: 'int', nullable: true })
  @Field(() => ID, { nullable: true })
  ownerId: number | null;
  @Column({ name: 'department_id', type: 'int', nullable: true })
  @Field(() => ID, { nullable: true })
  departmentId: number | null;
  @Index('idx_customer_status')
  @Column({ type: 'varchar', length: VARCHAR.customer.status, default: 'ACTIVE' })
  @Field(() => CustomerStatus)
  status: CustomerStatus;

  // Kept by the system from follow-ups and transactions.
  @Column({ name: 'transaction_count', type: 'int', default: 0 })
  @Field(() => Int)
  transactionCount: number;
  @Column({ name: 'total_amount', type: 'decimal', ...DECIMAL.customer.total_amount, default: 0 })
  @Field(() => String)
  totalAmount: string;
  @Column({
    name: 'first_transaction_on',
    type: 'varchar',
    length: VARCHAR.customer.first_transaction_on,
    nullable: true,
  })
  @Field(() => String, { nullable: true })
  firstTransactionOn: string | null;
  @Index('idx_customer_last_transaction')
  @Column({
    name: 'last_transaction_on',
    type: 'varchar',
    length: VARCHAR.customer.last_transaction_on,
    nullable: true,
  })
  @Field(() => String, { nullable: true })
  lastTransactionOn: string | null;
  @Column({ name: 'last_followup_at', type: 'datetime', nullable: true })
  @Field(() => Date, { nullable: true })
  lastFollowupAt: Date | null;

  @DeleteDateColumn({ name: 'deleted_at', type: 'datetime', nullable: true })
  deletedAt: Date | null;
}
