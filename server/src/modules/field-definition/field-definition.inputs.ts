import type { CustomerKind, FieldGroup, FieldType } from '@dossier/shared';
import { GraphQLJSON } from 'graphql-scalars';
import { Field, ID, InputType, Int } from 'type-graphql';
import { defineListTypes } from '../../common/pagination/list-types';
import type { FieldValidation } from './built-in-fields';
import { FieldDefinition } from './field-definition.entity';
import { CustomerKindEnum, FieldGroupEnum, FieldTypeEnum } from './field-definition.enums';

export const FieldDefinitionList = defineListTypes('FieldDefinition', FieldDefinition, {
  id: { kind: 'id' },
  kind: { kind: 'string' },
  key: { kind: 'string' },
  group: { kind: 'string' },
  type: { kind: 'string' },
  sortOrder: { kind: 'int' },
  active: { kind: 'boolean' },
  builtIn: { kind: 'boolean' },
});

@InputType()
export class CreateFieldDefinitionInput {
  @Field(() => CustomerKindEnum) kind: CustomerKind;
  @Field(() => String) key: string;
  @Field(() => String) labelZh: string;
  @Field(() => String) labelEn: string;
  @Field(() => FieldGroupEnum) group: FieldGroup;
  @Field(() => FieldTypeEnum) type: FieldType;
  @Field(() => Int, { nullable: true }) sortOrder?: number;
  @Field(() => String, { nullable: true }) dictionaryCode?: string | null;
  @Field(() => String, { nullable: true }) controllingField?: string | null;
  @Field(() => Boolean, { nullable: true }) required?: boolean;
  @Field(() => Boolean, { nullable: true }) unique?: boolean;
  @Field(() => Boolean, { nullable: true }) sensitive?: boolean;
  @Field(() => Boolean, { nullable: true }) protected?: boolean;
  @Field(() => Boolean, { nullable: true }) active?: boolean;
  @Field(() => String, { nullable: true }) helpZh?: string;
  @Field(() => String, { nullable: true }) helpEn?: string;
  @Field(() => GraphQLJSON, { nullable: true }) validation?: FieldValidation | null;
}
@InputType()
export class CreateOneFieldDefinitionInput {
  @Field(() => CreateFieldDefinitionInput) fieldDefinition: CreateFieldDefinitionInput;
}

@InputType()
export class UpdateFieldDefinitionInput {
  @Field(() => String, { nullable: true }) labelZh?: string;
  @Field(() => String, { nullable: true }) labelEn?: string;
  @Field(() => FieldGroupEnum, { nullable: true }) group?: FieldGroup;
  @Field(() => FieldTypeEnum, { nullable: true }) type?: FieldType;
  @Field(() => Int, { nullable: true }) sortOrder?: number;
  @Field(() => String, { nullable: true }) dictionaryCode?: string | null;
  @Field(() => String, { nullable: true }) controllingField?: string | null;
  @Field(() => Boolean, { nullable: true }) required?: boolean;
  @Field(() => Boolean, { nullable: true }) unique?: boolean;
  @Field(() => Boolean, { nullable: true }) sensitive?: boolean;
  @Field(() => Boolean, { nullable: true }) protected?: boolean;
  @Field(() => Boolean, { nullable: true }) active?: boolean;
  @Field(() => String, { nullable: true }) helpZh?: string;
  @Field(() => String, { nullable: true }) helpEn?: string;
  @Field(() => GraphQLJSON, { nullable: true }) validation?: FieldValidation | null;
}
@InputType()
export class UpdateOneFieldDefinitionInput {
  @Field(() => ID) id: string;
  @Field(() => Int, { nullable: true }) version?: number;
  @Field(() => UpdateFieldDefinitionInput) update: UpdateFieldDefinitionInput;
}
