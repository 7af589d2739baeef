import { Field, Int, ObjectType } from 'type-graphql';

/** One slice of a chart: a dictionary item (or enum value) and how many readable customers have it. */
@ObjectType()
export class OverviewBucket {
  @Field(() => String, {
    nullable: true,
    description: 'Item code or enum value; null for customers without one',
  })
  code: string | null;
  @Field(() => String) labelZh: string;
  @Field(() => String) labelEn: string;
  @Field(() => String, { description: 'Label in the caller’s language' }) label: string;
  @Field(() => String, { nullable: true, description: 'The item’s colour (grades carry one)' })
  color: string | null;
  @Field(() => Int) count: number;
}

/** Customers per province (cities rolled up into their province), with the region group above it. */
@ObjectType()
export class OverviewRegionBucket extends OverviewBucket {
  @Field(() => String, { nullable: true, description: 'Region group code, e.g. east_china (华东)' })
  groupCode: string | null;
  @Field(() => String, { nullable: true }) groupLabelZh: string | null;
  @Field(() => String, { nullable: true }) groupLabelEn: string | null;
  @Field(() => String, { nullable: true }) groupLabel: string | null;
}

@ObjectType()
export class OverviewTotals {
  @Field(() => Int, { description: 'Readable customers (not deleted)' }) customers: number;
  @Field(() => Int, { description: 'Readable contacts (linked to a readable customer)' })
  contacts: number;
  @Field(() => Int, { description: 'Follow-ups on readable customers in the last 30 days' })
  followupsLast30Days: number;
}

/** Counts for the console's overview, all within the caller's access scope. */
@ObjectType()
export class CustomerOverview {
  @Field(() => OverviewTotals) totals: OverviewTotals;
  @Field(() => [OverviewBucket]) byKind: OverviewBucket[];
  @Field(() => [OverviewBucket]) byStatus: OverviewBucket[];
  @Field(() => [OverviewBucket]) byGrade: OverviewBucket[];
  @Field(() => [OverviewBucket]) byCategory: OverviewBucket[];
  @Field(() => [OverviewRegionBucket], { description: 'Per province, largest first' })
  byRegion: OverviewRegionBucket[];
  @Field(() => [OverviewBucket], { description: 'Per region group (华东, 华南…), largest first' })
  byRegionGroup: OverviewBucket[];
}
