import { VARCHAR } from '../../common/limits';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import {
  Column,
  DeleteDateColumn,
  Entity,
  Index,
  PrimaryColumn,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { VersionedEntity } from '../../common/versioned-entity';

export interface ImportantDate {
  label: string;
  date: string;
}

/** A person (联系人 or family member) linked to one or more customers. */
@Entity('contact')
@Index('idx_contact_name', ['name'])
@Index('idx_contact_mobile', ['mobile'])
@ObjectType()
export class Contact extends VersionedEntity {
  @PrimaryGeneratedColumn({ type: 'int' }) @Field(() => ID) id: number;
  @Column({ type: 'varchar', length: VARCHAR.contact.name }) @Field(() => String) name: string;
  @Column({ name: 'gender_id', type: 'int', nullable: true }) genderId: number | null;
  @Column({ type: 'varchar', length: VARCHAR.contact.title, nullable: true })
  @Field(() => String, { nullable: true })
  title: string | null;
  @Column({
    name: 'department_name',
    type: 'varchar',
    length: VARCHAR.contact.department_name,
    nullable: true,
  })
  @Field(() => String, { nullable: true, description: 'Department at the customer' })
  departmentName: string | null;
  @Column({ type: 'varchar', length: VARCHAR.contact.mobile, nullable: true })
  @Field(() => String, {
    nullable: true,
    description: 'Sensitive (masked unless the caller may see it)',
  })
  mobile: string | null;
  @Column({ type: 'varchar', length: VARCHAR.contact.phone, nullable: true })
  @Field(() => String, { nullable: true })
  phone: string | null;
  @Column({ type: 'varchar', length: VARCHAR.contact.email, nullable: true })
  @Field(() => String, { nullable: true })
  email: string | null;
  @Column({ type: 'varchar', length: VARCHAR.contact.wechat, nullable: true })
  @Field(() => String, { nullable: true })
  wechat: string | null;
  @Column({ type: 'varchar', length: VARCHAR.contact.birthday, nullable: true })
  @Field(() => String, { nullable: true })
  birthday: string | null;
  @Column({
    name: 'native_place',
    type: 'varchar',
    length: VARCHAR.contact.native_place,
    nullable: true,
  })
  @Field(() => String, { nullable: true })
  nativePlace: string | null;
  @Column({ name: 'education_id', type: 'int', nullable: true }) educationId: number | null;
  @Column({ type: 'varchar', length: VARCHAR.contact.school, nullable: true })
  @Field(() => String, { nullable: true })
  school: string | null;
  @Column({ type: 'varchar', length: VARCHAR.contact.major, nullable: true })
  @Field(() => String, { nullable: true })
  major: string | null;
  @Column({ type: 'text', nullable: true }) @Field(() => String, { nullable: true }) hobbies:
    string | null;
  @Column({ name: 'personal_notes', type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'Personal details from the card' })
  personalNotes: string | null;
  @Column({ name: 'decision_role_id', type: 'int', nullable: true }) decisionRoleId: number | null;
  @Column({ type: 'int', nullable: true })
  @Field(() => Int, { nullable: true, description: 'Closeness (友好程度), 1–5' })
  closeness: number | null;
  @Column({ name: 'email_opt_in', type: 'boolean', default: false })
  @Field(() => Boolean)
  emailOptIn: boolean;
  @Column({ name: 'sms_opt_in', type: 'boolean', default: false })
  @Field(() => Boolean)
  smsOptIn: boolean;
  @Column({ name: 'important_dates', type: 'simple-json', nullable: true }) importantDates:
    ImportantDate[] | null;
  @DeleteDateColumn({ name: 'deleted_at', type: 'datetime', nullable: true })
  deletedAt: Date | null;
}

/** Which customers a contact belongs to, and whether they are the primary contact there. */
@Entity('customer_contact')
@Index('idx_customer_contact_contact', ['contactId'])
@ObjectType()
export class CustomerContact {
  @PrimaryColumn({ name: 'customer_id', type: 'int' }) @Field(() => ID) customerId: number;
  @PrimaryColumn({ name: 'contact_id', type: 'int' }) @Field(() => ID) contactId: number;
  @Column({ name: 'is_primary', type: 'boolean', default: false })
  @Field(() => Boolean)
  isPrimary: boolean;
}
