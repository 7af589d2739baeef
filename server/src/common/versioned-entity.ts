import { Field, Int, ObjectType } from 'type-graphql';
import { CreateDateColumn, UpdateDateColumn, VersionColumn } from 'typeorm';

/** Creation and update times plus the optimistic-concurrency version, shared by editable entities. */
@ObjectType()
export abstract class VersionedEntity {
  @CreateDateColumn({ name: 'created_at', type: 'datetime' })
  @Field(() => Date)
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'datetime' })
  @Field(() => Date)
  updatedAt: Date;

  @VersionColumn({ type: 'int', default: 1 })
  @Field(() => Int, {
    description: 'Send it back with updates; a stale one is refused with CONFLICT',
  })
  version: number;
}
