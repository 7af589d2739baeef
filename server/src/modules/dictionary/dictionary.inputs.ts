import { GraphQLJSON } from 'graphql-scalars';
import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { defineListTypes } from '../../common/pagination/list-types';
import { DictionaryItem } from './dictionary-item.entity';
import { DictionaryType } from './dictionary-type.entity';
import { AttributeDefinitionType } from './dictionary.types';

export const DictionaryTypeList = defineListTypes('DictionaryType', DictionaryType, {
  id: { kind: 'id' },
  code: { kind: 'string' },
  nameZh: { kind: 'string' },
  nameEn: { kind: 'string' },
  hierarchical: { kind: 'boolean' },
  system: { kind: 'boolean' },
});

export const DictionaryItemList = defineListTypes('DictionaryItem', DictionaryItem, {
  id: { kind: 'id' },
  typeId: { kind: 'id' },
  code: { kind: 'string' },
  labelZh: { kind: 'string' },
  labelEn: { kind: 'string' },
  sortOrder: { kind: 'int' },
  enabled: { kind: 'boolean' },
  parentId: { kind: 'id' },
  controllingItemId: { kind: 'id' },
});

@InputType()
export class CreateDictionaryTypeInput {
  @Field(() => String) code: string;
  @Field(() => String) nameZh: string;
  @Field(() => String) nameEn: string;
  @Field(() => String, { nullable: true }) description?: string;
  @Field(() => Boolean, { nullable: true }) hierarchical?: boolean;
  @Field(() => String, {
    nullable: true,
    description: 'Code of the dictionary whose items control this one’s',
  })
  controllingTypeCode?: string | null;
  @Field(() => [AttributeDefinitionType], { nullable: true })
  attributeSchema?: AttributeDefinitionType[];
}
@InputType()
export class CreateOneDictionaryTypeInput {
  @Field(() => CreateDictionaryTypeInput) dictionaryType: CreateDictionaryTypeInput;
}

@InputType()
export class UpdateDictionaryTypeInput {
  @Field(() => String, { nullable: true }) nameZh?: string;
  @Field(() => String, { nullable: true }) nameEn?: string;
  @Field(() => String, { nullable: true }) description?: string;
  @Field(() => [AttributeDefinitionType], { nullable: true })
  attributeSchema?: AttributeDefinitionType[];
}
@InputType()
export class UpdateOneDictionaryTypeInput {
  @Field(() => ID) id: string;
  @Field(() => Int, { nullable: true }) version?: number;
  @Field(() => UpdateDictionaryTypeInput) update: UpdateDictionaryTypeInput;
}

@InputType()
export class CreateDictionaryItemInput {
  @Field(() => String, { description: 'Dictionary type code' }) typeCode: string;
  @Field(() => String) code: string;
  @Field(() => String) labelZh: string;
  @Field(() => String) labelEn: string;
  @Field(() => Int, { nullable: true }) sortOrder?: number;
  @Field(() => Boolean, { nullable: true }) enabled?: boolean;
  @Field(() => String, { nullable: true }) color?: string | null;
  @Field(() => ID, { nullable: true }) parentId?: string | null;
  @Field(() => ID, { nullable: true }) controllingItemId?: string | null;
  @Field(() => GraphQLJSON, { nullable: true }) attributes?: Record<string, unknown> | null;
}
@InputType()
export class CreateOneDictionaryItemInput {
  @Field(() => CreateDictionaryItemInput) dictionaryItem: CreateDictionaryItemInput;
}

@InputType()
export class UpdateDictionaryItemInput {
  @Field(() => String, { nullable: true }) labelZh?: string;
  @Field(() => String, { nullable: true }) labelEn?: string;
  @Field(() => Int, { nullable: true }) sortOrder?: number;
  @Field(() => Boolean, { nullable: true }) enabled?: boolean;
  @Field(() => String, { nullable: true }) color?: string | null;
  @Field(() => ID, { nullable: true }) parentId?: string | null;
  @Field(() => ID, { nullable: true }) controllingItemId?: string | null;
  @Field(() => GraphQLJSON, { nullable: true }) attributes?: Record<string, unknown> | null;
}
@InputType()
export class UpdateOneDictionaryItemInput {
  @Field(() => ID) id: string;
  @Field(() => Int, { nullable: true }) version?: number;
  @Field(() => UpdateDictionaryItemInput) update: UpdateDictionaryItemInput;
}

@ArgsType()
export class DictionaryOptionsArgs {
  @Field(() => String, { description: 'Dictionary type code' }) type: string;
  @Field(() => String, {
    nullable: true,
    description:
      'Code of the controlling item (e.g. the customer kind); options for other controlling items are left out',
  })
  controllingItem?: string | null;
  @Field(() => String, {
    nullable: true,
    description:
      'Only children of this item code (hierarchical types); roots when omitted and `flat` is false',
  })
  parent?: string | null;
  @Field(() => Boolean, { nullable: true, defaultValue: false }) includeDisabled?: boolean;
  @Field(() => Boolean, {
    nullable: true,
    defaultValue: true,
    description: 'All levels in one list (true) or one level (false)',
  })
  flat?: boolean;
}
