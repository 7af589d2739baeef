import type { CustomerKind } from '@dossier/shared';
import { Field, Int, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import { CustomerKindEnum } from '../field-definition/field-definition.enums';
import { VARCHAR } from '../../common/limits';

/** How customer numbers of one kind are formed, e.g. `客户-{yyyy}-{seq:3}`. */
@Entity('numbering_rule')
@ObjectType()
export class NumberingRule {
  @PrimaryColumn({ type: 'varchar', length: VARCHAR.numbering_rule.kind })
  @Field(() => CustomerKindEnum)
  kind: CustomerKind;

  @Column({ type: 'varchar', length: VARCHAR.numbering_rule.pattern })
  @Field(() => String, {
    description: 'Placeholders: {yyyy}, {yy}, {seq:N} (zero-padded to N digits)',
  })
  pattern: string;

  @UpdateDateColumn({ name: 'updated_at', type: 'datetime' })
  @Field(() => Date)
  updatedAt: Date;

  @VersionColumn({ type: 'int', default: 1 })
  @Field(() => Int)
  version: number;
}

/** The last sequence number used per kind and year. */
@Entity('number_sequence')
export class NumberSequence {
  @PrimaryColumn({ type: 'varchar', length: VARCHAR.number_sequence.kind }) kind: string;
  @PrimaryColumn({ type: 'int' }) year: number;
  @Column({ type: 'int', default: 0 }) value: number;
}
