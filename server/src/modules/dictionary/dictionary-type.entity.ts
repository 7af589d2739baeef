import { VARCHAR } from '../../common/limits';
import type { AttributeDefinition } from '@dossier/shared';
import { VersionedEntity } from '../../common/versioned-entity';
import { Field, ID, ObjectType } from 'type-graphql';
import {
  Column,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';
import { AttributeDefinitionType } from './dictionary.types';

/** A dictionary (系统字典) such as `region` or `customer_grade`. */
@Entity('dictionary_type')
@ObjectType('DictionaryType')
export class DictionaryType extends VersionedEntity {
  @PrimaryGeneratedColumn({ type: 'int' })
  @Field(() => ID)
  id: number;

  @Column({ type: 'varchar', length: VARCHAR.dictionary_type.code, unique: true })
  @Field(() => String, { description: 'Stable code, e.g. `region`' })
  code: string;

  @Column({ name: 'name_zh', type: 'varchar', length: VARCHAR.dictionary_type.name_zh })
  @Field(() => String)
  nameZh: string;

  @Column({ name: 'name_en', type: 'varchar', length: VARCHAR.dictionary_type.name_en })
  @Field(() => String)
  nameEn: string;

  @Column({ type: 'varchar', length: VARCHAR.dictionary_type.description, default: '' })
  @Field(() => String)
  description: string;

  @Column({ type: 'boolean', default: false })
  @Field(() => Boolean, { description: 'Items may have parents (trees such as region → province)' })
  hierarchical: boolean;

  @Column({ type: 'boolean', default: false })
  @Field(() => Boolean, { description: 'Built in: cannot be deleted' })
  system: boolean;

  @Column({ name: 'controlling_type_id', type: 'int', nullable: true })
  @Field(() => ID, { nullable: true })
  controllingTypeId: number | null;

  @ManyToOne(() => DictionaryType, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'controlling_type_id' })
  controllingType?: Relation<DictionaryType>;

  @Column({ name: 'attribute_schema', type: 'simple-json', nullable: true })
  @Field(() => [AttributeDefinitionType], {
    description: 'Typed attributes every item of this type carries',
  })
  attributeSchema: AttributeDefinition[] | null;
}
