import type { CustomerKind } from '@dossier/shared';
import { GraphQLJSON } from 'graphql-scalars';
import { ArgsType, Field, Float, ID, InputType, Int, type ClassType } from 'type-graphql';
import { defineListTypes } from '../../common/pagination/list-types';
import { BUILT_IN_FIELDS, type BuiltInField } from '../field-definition/built-in-fields';
import { CustomerKindEnum } from '../field-definition/field-definition.enums';
import { Customer } from './customer.entity';

export const CustomerList = defineListTypes('Customer', Customer, {
  id: { kind: 'id' },
  kind: { kind: 'string' },
  number: { kind: 'string' },
  name: { kind: 'string' },
  creditCode: { kind: 'string' },
  ownerId: { kind: 'id' },
  departmentId: { kind: 'id' },
  status: { kind: 'string' },
  createdAt: { kind: 'date' },
  updatedAt: { kind: 'date' },
  lastTransactionOn: { kind: 'string' },
  // Sensitive: refused unless the caller sees them in clear on every readable record.
  phone: { kind: 'string' },
  mobile: { kind: 'string' },
  idNumber: { kind: 'string' },
  // Dictionary-backed columns (item ids; a region or territory filter passes the subtree's ids with `in`).
  categoryId: { kind: 'id' },
  gradeId: { kind: 'id' },
  importanceId: { kind: 'id' },
  industryId: { kind: 'id' },
  sourceId: { kind: 'id' },
  regionId: { kind: 'id' },
  territoryId: { kind: 'id' },
});

/** GraphQL input type of a built-in field: selects take item codes. */
function scalarFor(f: BuiltInField) {
  switch (f.type) {
    case 'NUMBER':
    case 'RATING':
      return f.key === 'employeeCount' || f.type === 'RATING' ? Int : Float;
    case 'BOOLEAN':
      return Boolean;
    default:
      return String;
  }
}

/** Adds every built-in card field (as in BUILT_IN_FIELDS) plus `customFields` to an input class. */
function withCardFields(cls: ClassType): void {
  for (const f of BUILT_IN_FIELDS) {
    const hint = f.type === 'SELECT' ? ` (item code of dictionary \`${f.dictionary}\`)` : '';
    Field(() => scalarFor(f), {
      nullable: true,
      description: `${f.labelEn} / ${f.labelZh}${hint}`,
    })(cls.prototype, f.key);
  }
  Field(() => GraphQLJSON, {
    nullable: true,
    description:
      'Custom field values by key; selects take item codes, multi-selects lists of codes',
  })(cls.prototype, 'customFields');
}

@InputType()
export class CreateCustomerInput {
  @Field(() => CustomerKindEnum) kind: CustomerKind;
  @Field(() => ID, { nullable: true, description: 'Defaults to the caller' }) ownerId?:
    string | null;
  [key: string]: unknown;
}
withCardFields(CreateCustomerInput);

@InputType()
export class UpdateCustomerInput {
  [key: string]: unknown;
}
withCardFields(UpdateCustomerInput);

@InputType()
export class CreateOneCustomerInput {
  @Field(() => CreateCustomerInput) customer: CreateCustomerInput;
}

@InputType()
export class UpdateOneCustomerInput {
  @Field(() => ID) id: string;
  @Field(() => Int, { description: 'The version you read; a stale one is refused with CONFLICT' })
  version: number;
  @Field(() => UpdateCustomerInput) update: UpdateCustomerInput;
  @Field(() => String, {
    nullable: true,
    description: 'Why; required when protected fields go for approval, kept in the history',
  })
  reason?: string | null;
}

/** Splits an input into card values by field key (built-ins and custom fields together). */
export function cardValuesOf(input: Record<string, unknown>): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const f of BUILT_IN_FIELDS) if (input[f.key] !== undefined) values[f.key] = input[f.key];
  const custom = input.customFields;
  if (custom && typeof custom === 'object' && !Array.isArray(custom)) Object.assign(values, custom);
  return values;
}

@ArgsType()
export class CustomerListArgs extends CustomerList.Args {
  @Field(() => String, {
    nullable: true,
    description: 'Quick search: name or former name contains, number or phone starts with',
  })
  search?: string | null;
}
