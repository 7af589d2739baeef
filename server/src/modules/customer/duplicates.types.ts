import type { CustomerKind } from '@dossier/shared';
import {
  ArgsType,
  Field,
  Float,
  ID,
  InputType,
  Int,
  ObjectType,
  registerEnumType,
} from 'type-graphql';
import { OffsetPaging } from '../../common/pagination/comparisons';
import { CustomerKindEnum } from '../field-definition/field-definition.enums';
import { Customer } from './customer.entity';

/** Why two customers look like the same party. */
export enum DuplicateReason {
  CREDIT_CODE = 'CREDIT_CODE',
  ID_NUMBER = 'ID_NUMBER',
  PHONE = 'PHONE',
  NAME = 'NAME',
}
registerEnumType(DuplicateReason, {
  name: 'DuplicateReason',
  description:
    'CREDIT_CODE (same credit code, score 1.0), ID_NUMBER (same ID number, 1.0), PHONE (same normalised phone or mobile, 0.9) or NAME (same name key after dropping legal forms, widths, brackets and spaces; current or former name, 0.8)',
});

/** How sure each reason is; a candidate scores its strongest reason. */
export const REASON_SCORES: Record<DuplicateReason, number> = {
  CREDIT_CODE: 1,
  ID_NUMBER: 1,
  PHONE: 0.9,
  NAME: 0.8,
};

/** Reasons whose match confirms a sensitive value (a guessing oracle when the match is hidden). */
export const SENSITIVE_REASONS: ReadonlySet<DuplicateReason> = new Set([
  DuplicateReason.ID_NUMBER,
  DuplicateReason.PHONE,
]);

@InputType({
  description: 'The record being entered (or edited): what duplicate detection compares',
})
export class DuplicateCheckInput {
  @Field(() => CustomerKindEnum, {
    nullable: true,
    description: 'Name matches only among customers of this kind',
  })
  kind?: CustomerKind | null;
  @Field(() => String, { nullable: true }) name?: string | null;
  @Field(() => String, { nullable: true }) creditCode?: string | null;
  @Field(() => String, { nullable: true }) idNumber?: string | null;
  @Field(() => String, { nullable: true }) phone?: string | null;
  @Field(() => String, { nullable: true }) mobile?: string | null;
  @Field(() => ID, {
    nullable: true,
    description: 'The record being edited (never its own duplicate)',
  })
  excludeId?: string | null;
}

@ObjectType({ description: 'A customer that looks like the same party' })
export class DuplicateCandidate {
  @Field(() => Customer, {
    nullable: true,
    description: 'Null when the caller may not read it (hidden)',
  })
  customer: Customer | null;
  @Field(() => Boolean, { description: 'A record the caller may not read: no details at all' })
  hidden: boolean;
  @Field(() => [DuplicateReason]) reasons: DuplicateReason[];
  @Field(() => Float, { description: 'The strongest reason: 1.0 codes, 0.9 phone, 0.8 name' })
  score: number;
}

@ArgsType()
export class DuplicateGroupsArgs {
  @Field(() => DuplicateReason) kind: DuplicateReason;
  @Field(() => OffsetPaging, { nullable: true }) paging?: OffsetPaging | null;
}

@ObjectType({ description: 'Customers the caller may read that share one key' })
export class DuplicateGroup {
  @Field(() => DuplicateReason) reason: DuplicateReason;
  @Field(() => Int, { description: 'Readable members' }) size: number;
  @Field(() => [Customer]) customers: Customer[];
}

@ObjectType()
export class DuplicateGroupConnection {
  @Field(() => [DuplicateGroup]) nodes: DuplicateGroup[];
  @Field(() => Int) totalCount: number;
}
