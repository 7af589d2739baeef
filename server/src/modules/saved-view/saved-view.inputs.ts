import { GraphQLJSON } from 'graphql-scalars';
import { Field, ID, InputType, Int } from 'type-graphql';
import { SavedViewResource } from './saved-view.entity';

@InputType()
export class CreateSavedViewInput {
  @Field(() => SavedViewResource) resource: SavedViewResource;
  @Field(() => String) name: string;
  @Field(() => GraphQLJSON, {
    description: 'The list state: a JSON object, at most 8000 characters',
  })
  state: unknown;
  @Field(() => Boolean, { nullable: true }) isDefault?: boolean | null;
}

@InputType()
export class CreateOneSavedViewInput {
  @Field(() => CreateSavedViewInput) savedView: CreateSavedViewInput;
}

@InputType()
export class UpdateSavedViewInput {
  @Field(() => String, { nullable: true }) name?: string | null;
  @Field(() => GraphQLJSON, { nullable: true }) state?: unknown;
  @Field(() => Boolean, { nullable: true }) isDefault?: boolean | null;
}

@InputType()
export class UpdateOneSavedViewInput {
  @Field(() => ID) id: string;
  @Field(() => Int) version: number;
  @Field(() => UpdateSavedViewInput) update: UpdateSavedViewInput;
}
