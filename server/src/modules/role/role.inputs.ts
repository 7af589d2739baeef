import { AccessLevel } from '../customer/customer-member.entity';
import type { DataScope } from '@dossier/shared';
import { Field, ID, InputType } from 'type-graphql';
import { defineListTypes } from '../../common/pagination/list-types';
import { DataScopeEnum, Role } from './role.entity';

export const RoleList = defineListTypes('Role', Role, {
  id: { kind: 'id' },
  name: { kind: 'string' },
  dataScope: { kind: 'string' },
  createdAt: { kind: 'date' },
});

@InputType()
export class CreateRoleInput {
  @Field(() => String) name: string;
  @Field(() => String, { nullable: true }) description?: string | null;
  @Field(() => [String]) permissions: string[];
  @Field(() => DataScopeEnum) dataScope: DataScope;
  @Field(() => AccessLevel, { nullable: true, description: 'Defaults to READ' })
  sensitiveLevel?: AccessLevel | null;
}

@InputType()
export class CreateOneRoleInput {
  @Field(() => CreateRoleInput) role: CreateRoleInput;
}

@InputType()
export class UpdateRoleInput {
  @Field(() => String, { nullable: true }) name?: string;
  @Field(() => String, { nullable: true }) description?: string | null;
  @Field(() => [String], { nullable: true }) permissions?: string[];
  @Field(() => DataScopeEnum, { nullable: true }) dataScope?: DataScope;
  @Field(() => AccessLevel, { nullable: true }) sensitiveLevel?: AccessLevel | null;
}

@InputType()
export class UpdateOneRoleInput {
  @Field(() => ID) id: string;
  @Field(() => Number, { nullable: true }) version?: number;
  @Field(() => UpdateRoleInput) update: UpdateRoleInput;
}
