import { Field, ID, InputType, Int, registerEnumType } from 'type-graphql';

export enum SortDirection {
  ASC = 'ASC',
  DESC = 'DESC',
}
registerEnumType(SortDirection, { name: 'SortDirection' });

export const MAX_PAGE_SIZE = 200;
export const DEFAULT_PAGE_SIZE = 20;

@InputType()
export class OffsetPaging {
  @Field(() => Int, { nullable: true, description: `Rows per page, at most ${MAX_PAGE_SIZE}` })
  limit?: number;

  @Field(() => Int, { nullable: true })
  offset?: number;
}

// nestjs-query style comparison inputs. `is`/`isNot` take true, false or null.
@InputType()
export class StringFieldComparison {
  @Field(() => Boolean, { nullable: true }) is?: boolean | null;
  @Field(() => Boolean, { nullable: true }) isNot?: boolean | null;
  @Field(() => String, { nullable: true }) eq?: string;
  @Field(() => String, { nullable: true }) neq?: string;
  @Field(() => String, { nullable: true }) gt?: string;
  @Field(() => String, { nullable: true }) gte?: string;
  @Field(() => String, { nullable: true }) lt?: string;
  @Field(() => String, { nullable: true }) lte?: string;
  @Field(() => String, { nullable: true }) like?: string;
  @Field(() => String, { nullable: true }) notLike?: string;
  @Field(() => String, { nullable: true }) iLike?: string;
  @Field(() => String, { nullable: true }) notILike?: string;
  @Field(() => [String], { nullable: true }) in?: string[];
  @Field(() => [String], { nullable: true }) notIn?: string[];
}

@InputType()
export class IDFilterComparison {
  @Field(() => Boolean, { nullable: true }) is?: boolean | null;
  @Field(() => Boolean, { nullable: true }) isNot?: boolean | null;
  @Field(() => ID, { nullable: true }) eq?: string;
  @Field(() => ID, { nullable: true }) neq?: string;
  @Field(() => ID, { nullable: true }) gt?: string;
  @Field(() => ID, { nullable: true }) gte?: string;
  @Field(() => ID, { nullable: true }) lt?: string;
  @Field(() => ID, { nullable: true }) lte?: string;
  @Field(() => [ID], { nullable: true }) in?: string[];
  @Field(() => [ID], { nullable: true }) notIn?: string[];
}

@InputType()
export class IntFieldComparison {
  @Field(() => Boolean, { nullable: true }) is?: boolean | null;
  @Field(() => Boolean, { nullable: true }) isNot?: boolean | null;
  @Field(() => Int, { nullable: true }) eq?: number;
  @Field(() => Int, { nullable: true }) neq?: number;
  @Field(() => Int, { nullable: true }) gt?: number;
  @Field(() => Int, { nullable: true }) gte?: number;
  @Field(() => Int, { nullable: true }) lt?: number;
  @Field(() => Int, { nullable: true }) lte?: number;
  @Field(() => [Int], { nullable: true }) in?: number[];
  @Field(() => [Int], { nullable: true }) notIn?: number[];
}

@InputType()
export class BooleanFieldComparison {
  @Field(() => Boolean, { nullable: true }) is?: boolean | null;
  @Field(() => Boolean, { nullable: true }) isNot?: boolean | null;
  @Field(() => Boolean, { nullable: true }) eq?: boolean;
  @Field(() => Boolean, { nullable: true }) neq?: boolean;
}

@InputType()
export class DateFieldComparison {
  @Field(() => Boolean, { nullable: true }) is?: boolean | null;
  @Field(() => Boolean, { nullable: true }) isNot?: boolean | null;
  @Field(() => Date, { nullable: true }) eq?: Date;
  @Field(() => Date, { nullable: true }) neq?: Date;
  @Field(() => Date, { nullable: true }) gt?: Date;
  @Field(() => Date, { nullable: true }) gte?: Date;
  @Field(() => Date, { nullable: true }) lt?: Date;
  @Field(() => Date, { nullable: true }) lte?: Date;
  @Field(() => [Date], { nullable: true }) in?: Date[];
  @Field(() => [Date], { nullable: true }) notIn?: Date[];
}

export const COMPARISON_TYPES = {
  id: IDFilterComparison,
  string: StringFieldComparison,
  int: IntFieldComparison,
  boolean: BooleanFieldComparison,
  date: DateFieldComparison,
} as const;
export type FieldKind = keyof typeof COMPARISON_TYPES;
