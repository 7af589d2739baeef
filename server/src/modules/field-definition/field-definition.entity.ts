import type { CustomerKind, FieldGroup, FieldType } from '@dossier/shared';
import { GraphQLJSON } from 'graphql-scalars';
import { VersionedEntity } from '../../common/versioned-entity';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { FieldValidation } from './built-in-fields';
import { CustomerKindEnum, FieldGroupEnum, FieldTypeEnum } from './field-definition.enums';
import { VARCHAR } from '../../common/limits';

/** One field of the customer data card (客户资料卡) for one kind: built in or added by an admin. */
@Entity('field_definition')
@Index('uq_field_definition_key', ['kind', 'key'], { unique: true })
@ObjectType()
export class FieldDefinition extends VersionedEntity {
  @PrimaryGeneratedColumn({ type: 'int' })
  @Field(() => ID)
  id: number;

  @Column({ type: 'varchar', length: VARCHAR.field_definition.kind })
  @Field(() => CustomerKindEnum)
  kind: CustomerKind;

  @Column({ name: 'field_key', type: 'varchar', length: VARCHAR.field_definition.field_key })
  @Field(() => String, { description: 'Stable key; custom values are stored under it' })
  key: string;

  @Column({ name: 'label_zh', type: 'varchar', length: VARCHAR.field_definition.label_zh })
  @Field(() => String)
  labelZh: string;

  @Column({ name: 'label_en', type: 'varchar', length: VARCHAR.field_definition.label_en })
  @Field(() => String)
  labelEn: string;

  @Column({ name: 'field_group', type: 'varchar', length: VARCHAR.field_definition.field_group })
  @Field(() => FieldGroupEnum)
  group: FieldGroup;

  @Column({ name: 'sort_order', type: 'int', default: 0 })
  @Field(() => Int)
  sortOrder: number;

  @Column({ name: 'field_type', type: 'varchar', length: VARCHAR.field_definition.field_type })
  @Field(() => FieldTypeEnum)
  type: FieldType;

  @Column({
    name: 'dictionary_code',
    type: 'varchar',
    length: VARCHAR.field_definition.dictionary_code,
    nullable: true,
  })
  @Field(() => String, {
    nullable: true,
    description: 'Dictionary type feeding SELECT / MULTI_SELECT options',
  })
  dictionaryCode: string | null;

  @Column({
    name: 'controlling_field',
    type: 'varchar',
    length: VARCHAR.field_definition.controlling_field,
    nullable: true,
  })
  @Field(() => String, {
    nullable: true,
    description:
      'Key of the field whose value filters this one’s options (`kind` for the customer kind)',
  })
  controllingField: string | null;

  @Column({ type: 'boolean', default: false }) @Field(() => Boolean) required: boolean;
  @Column({ name: 'is_unique', type: 'boolean', default: false })
  @Field(() => Boolean)
  unique: boolean;
  @Column({ type: 'boolean', default: false }) @Field(() => Boolean) sensitive: boolean;
  @Column({ name: 'is_protected', type: 'boolean', default: false })
  @Field(() => Boolean)
  protected: boolean;
  @Column({ type: 'boolean', default: true }) @Field(() => Boolean) active: boolean;

  @Column({ name: 'built_in', type: 'boolean', default: false })
  @Field(() => Boolean, { description: 'Stored in a customer column; type and key are fixed' })
  builtIn: boolean;

  @Column({
    name: 'help_zh',
    type: 'varchar',
    length: VARCHAR.field_definition.help_zh,
    default: '',
  })
  @Field(() => String)
  helpZh: string;
  @Column({
    name: 'help_en',
    type: 'varchar',
    length: VARCHAR.field_definition.help_en,
    default: '',
  })
  @Field(() => String)
  helpEn: string;

  @Column({ type: 'simple-json', nullable: true })
  @Field(() => GraphQLJSON, { nullable: true, description: '{ min, max, maxLength, pattern }' })
  validation: FieldValidation | null;
}
