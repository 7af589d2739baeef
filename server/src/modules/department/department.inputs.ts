import { Field, ID, InputType } from 'type-graphql';
import { defineListTypes } from '../../common/pagination/list-types';
import { Department } from './department.entity';

export const DepartmentList = defineListTypes('Department', Department, {
  id: { kind: 'id' },
  name: { kind: 'string' },
  parentId: { kind: 'id' },
  managerId: { kind: 'id' },
  createdAt: { kind: 'date' },
});

@InputType()
export class CreateDepartmentInput {
  @Field(() => String) name: string;
  @Field(() => ID, { nullable: true }) parentId?: string | null;
  @Field(() => ID, { nullable: true }) managerId?: string | null;
}

@InputType()
export class CreateOneDepartmentInput {
  @Field(() => CreateDepartmentInput) department: CreateDepartmentInput;
}

@InputType()
export class UpdateDepartmentInput {
  @Field(() => String, { nullable: true }) name?: string;
  @Field(() => ID, { nullable: true }) parentId?: string | null;
  @Field(() => ID, { nullable: true }) managerId?: string | null;
}

@InputType()
export class UpdateOneDepartmentInput {
  @Field(() => ID) id: string;
  @Field(() => Number, { nullable: true }) version?: number;
  @Field(() => UpdateDepartmentInput) update: UpdateDepartmentInput;
}
