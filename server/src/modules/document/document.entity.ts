import { VARCHAR } from '../../common/limits';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import {
  Column,
  DeleteDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';
import { Customer } from '../customer/customer.entity';
import { User } from '../user/user.entity';

/**
 * An archived document (档案材料) of a customer. The bytes live in the file storage under
 * `storage_key` (random, never the client's file name); `file_name` is kept only for display and
 * the download's Content-Disposition. `type_id` is an item of `document_type`. Deleting is soft:
 * the row keeps `deleted_at` and the stored file stays.
 */
@Entity('customer_document')
@Index('idx_customer_document_customer_uploaded', ['customerId', 'uploadedAt'])
@ObjectType('Document')
export class CustomerDocument {
  @PrimaryGeneratedColumn({ type: 'int' }) @Field(() => ID) id: number;

  @Column({ name: 'customer_id', type: 'int' }) @Field(() => ID) customerId: number;
  @ManyToOne(() => Customer, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'customer_id' })
  customerRow?: Relation<Customer>;

  @Column({ name: 'type_id', type: 'int' }) typeId: number;
  @Column({ name: 'file_name', type: 'varchar', length: VARCHAR.customer_document.file_name })
  @Field(() => String, { description: 'As uploaded (path parts and control characters removed)' })
  fileName: string;
  @Column({ name: 'content_type', type: 'varchar', length: VARCHAR.customer_document.content_type })
  @Field(() => String)
  contentType: string;
  @Column({ type: 'int' }) @Field(() => Int, { description: 'Bytes' }) size: number;
  @Column({
    name: 'storage_key',
    type: 'varchar',
    length: VARCHAR.customer_document.storage_key,
    unique: true,
  })
  storageKey: string;
  @Column({ type: 'varchar', length: VARCHAR.customer_document.sha256 })
  @Field(() => String, { description: 'SHA-256 of the content, 64 hex digits' })
  sha256: string;

  @Column({ name: 'uploaded_by', type: 'int', nullable: true }) uploadedById: number | null;
  @ManyToOne(() => User, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'uploaded_by' })
  uploaderRow?: Relation<User>;
  @Column({ name: 'uploaded_at', type: 'datetime' }) @Field(() => Date) uploadedAt: Date;

  @Column({ type: 'varchar', length: VARCHAR.customer_document.note, nullable: true })
  @Field(() => String, { nullable: true })
  note: string | null;
  @DeleteDateColumn({ name: 'deleted_at', type: 'datetime', nullable: true })
  deletedAt: Date | null;
}
