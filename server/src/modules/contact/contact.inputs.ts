import { GraphQLJSON } from 'graphql-scalars';
import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { defineListTypes } from '../../common/pagination/list-types';
import { Contact, type ImportantDate } from './contact.entity';

export const ContactList = defineListTypes('Contact', Contact, {
  id: { kind: 'id' },
  name: { kind: 'string' },
  title: { kind: 'string' },
  email: { kind: 'string' },
  mobile: { kind: 'string' },
  phone: { kind: 'string' },
  closeness: { kind: 'int' },
  createdAt: { kind: 'date' },
  updatedAt: { kind: 'date' },
});

@ArgsType()
export class ContactListArgs extends ContactList.Args {
  @Field(() => ID, { nullable: true, description: 'Only contacts of this customer' }) customerId?:
    string | null;
}

@InputType()
export class ContactFields {
  @Field(() => String, { nullable: true }) name?: string;
  @Field(() => String, { nullable: true, description: 'Item code of `gender`' }) gender?:
    string | null;
  @Field(() => String, { nullable: true }) title?: string | null;
  @Field(() => String, { nullable: true }) departmentName?: string | null;
  @Field(() => String, { nullable: true }) mobile?: string | null;
  @Field(() => String, { nullable: true }) phone?: string | null;
  @Field(() => String, { nullable: true }) email?: string | null;
  @Field(() => String, { nullable: true }) wechat?: string | null;
  @Field(() => String, { nullable: true }) birthday?: string | null;
  @Field(() => String, { nullable: true }) nativePlace?: string | null;
  @Field(() => String, { nullable: true, description: 'Item code of `education`' }) education?:
    string | null;
  @Field(() => String, { nullable: true }) school?: string | null;
  @Field(() => String, { nullable: true }) major?: string | null;
  @Field(() => String, { nullable: true }) hobbies?: string | null;
  @Field(() => String, { nullable: true }) personalNotes?: string | null;
  @Field(() => String, { nullable: true, description: 'Item code of `decision_role`' })
  decisionRole?: string | null;
  @Field(() => Int, { nullable: true }) closeness?: number | null;
  @Field(() => Boolean, { nullable: true }) emailOptIn?: boolean;
  @Field(() => Boolean, { nullable: true }) smsOptIn?: boolean;
  @Field(() => GraphQLJSON, { nullable: true, description: '[{ label, date: YYYY-MM-DD }]' })
  importantDates?: ImportantDate[] | null;
}

@InputType()
export class CreateContactInput extends ContactFields {
  @Field(() => ID, { description: 'The customer the contact belongs to' }) customerId: string;
  @Field(() => Boolean, { nullable: true }) isPrimary?: boolean;
}

@InputType()
export class CreateOneContactInput {
  @Field(() => CreateContactInput) contact: CreateContactInput;
}

@InputType()
export class UpdateOneContactInput {
  @Field(() => ID) id: string;
  @Field(() => Int) version: number;
  @Field(() => ContactFields) update: ContactFields;
}
