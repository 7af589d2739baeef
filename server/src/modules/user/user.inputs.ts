import { Field, ID, InputType } from 'type-graphql';
import { defineListTypes } from '../../common/pagination/list-types';
import { User } from './user.entity';

export const UserList = defineListTypes('User', User, {
  id: { kind: 'id' },
  username: { kind: 'string' },
  displayName: { kind: 'string' },
  email: { kind: 'string' },
  mobile: { kind: 'string' },
  active: { kind: 'boolean' },
  departmentId: { kind: 'id' },
  createdAt: { kind: 'date' },
  updatedAt: { kind: 'date' },
});

@InputType()
export class CreateUserInput {
  @Field(() => String) username: string;
  @Field(() => String) displayName: string;
  @Field(() => String) password: string;
  @Field(() => String, { nullable: true }) email?: string | null;
  @Field(() => String, { nullable: true }) mobile?: string | null;
  @Field(() => ID, { nullable: true }) departmentId?: string | null;
  @Field(() => [ID], { nullable: true }) roleIds?: string[] | null;
  @Field(() => Boolean, { nullable: true }) active?: boolean | null;
}

@InputType()
export class CreateOneUserInput {
  @Field(() => CreateUserInput) user: CreateUserInput;
}

@InputType()
export class UpdateUserInput {
  @Field(() => String, { nullable: true }) displayName?: string;
  @Field(() => String, { nullable: true, description: 'Sets a new password (admins only)' })
  password?: string;
  @Field(() => String, { nullable: true }) email?: string | null;
  @Field(() => String, { nullable: true }) mobile?: string | null;
  @Field(() => ID, { nullable: true }) departmentId?: string | null;
  @Field(() => [ID], { nullable: true }) roleIds?: string[] | null;
  @Field(() => Boolean, { nullable: true }) active?: boolean;
}

@InputType()
export class UpdateOneUserInput {
  @Field(() => ID) id: string;
  @Field(() => Number, {
    nullable: true,
    description: 'The version you read; a stale one is refused with CONFLICT',
  })
  version?: number;
  @Field(() => UpdateUserInput) update: UpdateUserInput;
}
