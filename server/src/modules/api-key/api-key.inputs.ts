import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { defineListTypes } from '../../common/pagination/list-types';
import { ApiKey } from './api-key.entity';

export const ApiKeyList = defineListTypes('ApiKey', ApiKey, {
  id: { kind: 'id' },
  name: { kind: 'string' },
  prefix: { kind: 'string' },
  roleId: { kind: 'id' },
  createdAt: { kind: 'date' },
  lastUsedAt: { kind: 'date' },
  revokedAt: { kind: 'date' },
});

@InputType()
export class CreateApiKeyInput {
  @Field(() => String) name: string;
  @Field(() => ID) roleId: string;
  @Field(() => ID, { nullable: true }) departmentId?: string | null;
}

@InputType()
export class CreateOneApiKeyInput {
  @Field(() => CreateApiKeyInput) apiKey: CreateApiKeyInput;
}

@ObjectType({ description: 'A new key. The secret is shown only here, once.' })
export class CreatedApiKey {
  @Field(() => String, { description: 'Send as `Authorization: Bearer <secret>`' }) secret: string;
  @Field(() => ApiKey) apiKey: ApiKey;
}
