import { VARCHAR } from '../../common/limits';
import { GraphQLJSON } from 'graphql-scalars';
import { VersionedEntity } from '../../common/versioned-entity';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import {
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';
import { DictionaryType } from './dictionary-type.entity';

/** One option of a dictionary. Records store its id; its code never changes. */
@Entity('dictionary_item')
@Index('uq_dictionary_item_code', ['typeId', 'code'], { unique: true })
@Index('idx_dictionary_item_parent', ['typeId', 'parentId'])
@ObjectType('DictionaryItem')
export class DictionaryItem extends VersionedEntity {
  @PrimaryGeneratedColumn({ type: 'int' })
  @Field(() => ID)
  id: number;

  @Column({ name: 'type_id', type: 'int' })
  @Field(() => ID)
  typeId: number;

  @ManyToOne(() => DictionaryType, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'type_id' })
  type?: Relation<DictionaryType>;

  @Column({ type: 'varchar', length: VARCHAR.dictionary_item.code })
  @Field(() => String)
  code: string;

  @Column({ name: 'label_zh', type: 'varchar', length: VARCHAR.dictionary_item.label_zh })
  @Field(() => String)
  labelZh: string;

  @Column({ name: 'label_en', type: 'varchar', length: VARCHAR.dictionary_item.label_en })
  @Field(() => String)
  labelEn: string;

  @Column({ name: 'sort_order', type: 'int', default: 0 })
  @Field(() => Int)
  sortOrder: number;

  @Column({ type: 'boolean', default: true })
  @Field(() => Boolean, {
    description: 'Disabled items stay readable on old records but cannot be chosen',
  })
  enabled: boolean;

  @Column({ type: 'varchar', length: VARCHAR.dictionary_item.color, nullable: true })
  @Field(() => String, { nullable: true })
  color: string | null;

  @Column({ name: 'parent_id', type: 'int', nullable: true })
  @Field(() => ID, { nullable: true })
  parentId: number | null;

  @ManyToOne(() => DictionaryItem, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'parent_id' })
  parent?: Relation<DictionaryItem>;

  @Index('idx_dictionary_item_controlling')
  @Column({ name: 'controlling_item_id', type: 'int', nullable: true })
  @Field(() => ID, { nullable: true })
  controllingItemId: number | null;

  @ManyToOne(() => DictionaryItem, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'controlling_item_id' })
  controllingItem?: Relation<DictionaryItem>;

  @Column({ type: 'simple-json', nullable: true })
  @Field(() => GraphQLJSON, { nullable: true })
  attributes: Record<string, unknown> | null;
}
