import { Field, ID, InputType } from 'type-graphql';
import { defineListTypes } from '../../common/pagination/list-types';
import { Followup } from './followup.entity';

export const FollowupList = defineListTypes('Followup', Followup, {
  id: { kind: 'id' },
  customerId: { kind: 'id' },
  contactId: { kind: 'id' },
  userId: { kind: 'id' },
  methodId: { kind: 'id' },
  milestoneId: { kind: 'id' },
  happenedAt: { kind: 'date' },
  nextDate: { kind: 'string' },
  createdAt: { kind: 'date' },
});

@InputType()
export class CreateFollowupInput {
  @Field(() => ID) customerId: string;
  @Field(() => ID, {
    nullable: true,
    description: 'Contact spoken to (no contacts module yet: stored as given)',
  })
  contactId?: string | null;
  @Field(() => ID, { nullable: true, description: 'Who followed up; defaults to the caller' })
  userId?: string | null;
  @Field(() => Date, { nullable: true, description: 'Defaults to now' }) happenedAt?: Date | null;
  @Field(() => String, { nullable: true, description: 'Item code of dictionary `followup_method`' })
  method?: string | null;
  @Field(() => String) content: string;
  @Field(() => String, { nullable: true }) feedback?: string | null;
  @Field(() => String, { nullable: true }) nextStep?: string | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' }) nextDate?: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'Item code of dictionary `followup_milestone`',
  })
  milestone?: string | null;
}

@InputType()
export class UpdateFollowupInput {
  @Field(() => ID, { nullable: true }) contactId?: string | null;
  @Field(() => ID, { nullable: true }) userId?: string | null;
  @Field(() => Date, { nullable: true }) happenedAt?: Date | null;
  @Field(() => String, {
    nullable: true,
    description: 'Item code of dictionary `followup_method`; null clears',
  })
  method?: string | null;
  @Field(() => String, { nullable: true }) content?: string | null;
  @Field(() => String, { nullable: true }) feedback?: string | null;
  @Field(() => String, { nullable: true }) nextStep?: string | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; null clears' }) nextDate?:
    string | null;
  @Field(() => String, {
    nullable: true,
    description: 'Item code of dictionary `followup_milestone`; null clears',
  })
  milestone?: string | null;
}

@InputType()
export class CreateOneFollowupInput {
  @Field(() => CreateFollowupInput) followup: CreateFollowupInput;
}

@InputType()
export class UpdateOneFollowupInput {
  @Field(() => ID) id: string;
  @Field(() => UpdateFollowupInput) update: UpdateFollowupInput;
}
