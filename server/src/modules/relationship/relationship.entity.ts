import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { VARCHAR } from '../../common/limits';

export enum NodeKind {
  CUSTOMER = 'CUSTOMER',
  CONTACT = 'CONTACT',
}
registerEnumType(NodeKind, { name: 'NodeKind' });

/** A typed, directed edge between customers and contacts (type from `relationship_type`). */
@Entity('relationship')
@Index('idx_relationship_from', ['fromKind', 'fromId'])
@Index('idx_relationship_to', ['toKind', 'toId'])
@ObjectType()
export class Relationship {
  @PrimaryGeneratedColumn({ type: 'int' }) @Field(() => ID) id: number;
  @Column({ name: 'type_id', type: 'int' }) typeId: number;
  @Column({ name: 'from_kind', type: 'varchar', length: VARCHAR.relationship.from_kind })
  @Field(() => NodeKind)
  fromKind: NodeKind;
  @Column({ name: 'from_id', type: 'int' }) @Field(() => ID) fromId: number;
  @Column({ name: 'to_kind', type: 'varchar', length: VARCHAR.relationship.to_kind })
  @Field(() => NodeKind)
  toKind: NodeKind;
  @Column({ name: 'to_id', type: 'int' }) @Field(() => ID) toId: number;
  @Column({ type: 'varchar', length: VARCHAR.relationship.since, nullable: true })
  @Field(() => String, { nullable: true })
  since: string | null;
  @Column({ type: 'varchar', length: VARCHAR.relationship.until, nullable: true })
  @Field(() => String, { nullable: true })
  until: string | null;
  @Column({ type: 'int', nullable: true })
  @Field(() => Int, { nullable: true, description: '1 (weak) – 5 (strong)' })
  strength: number | null;
  @Column({ type: 'varchar', length: VARCHAR.relationship.note, nullable: true })
  @Field(() => String, { nullable: true })
  note: string | null;
  @Column({ name: 'created_by', type: 'int', nullable: true }) createdBy: number | null;
  @CreateDateColumn({ name: 'created_at', type: 'datetime' }) @Field(() => Date) createdAt: Date;
}
