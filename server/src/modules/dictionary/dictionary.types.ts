import { ATTRIBUTE_TYPES, type AttributeType } from '@dossier/shared';
import { Field, InputType, ObjectType, registerEnumType } from 'type-graphql';

export const AttributeTypeEnum = Object.fromEntries(ATTRIBUTE_TYPES.map((t) => [t, t])) as {
  [K in AttributeType]: K;
};
registerEnumType(AttributeTypeEnum, { name: 'AttributeType' });

@ObjectType('AttributeDefinition')
@InputType('AttributeDefinitionInput')
export class AttributeDefinitionType {
  @Field(() => String) key: string;
  @Field(() => AttributeTypeEnum) type: AttributeType;
  @Field(() => Boolean, { nullable: true }) required?: boolean;
  @Field(() => String, { nullable: true }) labelZh?: string;
  @Field(() => String, { nullable: true }) labelEn?: string;
}
