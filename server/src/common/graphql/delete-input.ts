import { Field, ID, InputType } from 'type-graphql';

/** `deleteOneX(input: { id })`, the nestjs-query shape. */
@InputType()
export class DeleteOneInput {
  @Field(() => ID) id: string;
}
