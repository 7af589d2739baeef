import { DATA_SCOPES, type DataScope } from '@dossier/shared';
import { VersionedEntity } from '../../common/versioned-entity';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { AccessLevel } from '../customer/customer-member.entity';
import { VARCHAR } from '../../common/limits';

export const DataScopeEnum = Object.fromEntries(DATA_SCOPES.map((s) => [s, s])) as {
  [K in DataScope]: K;
};
registerEnumType(DataScopeEnum, {
  name: 'DataScope',
  description: 'How far a role sees customer records',
});

/** A named set of permissions with a data scope. */
@Entity('role')
@ObjectType()
export class Role extends VersionedEntity {
  @PrimaryGeneratedColumn({ type: 'int' })
  @Field(() => ID)
  id: number;

  @Column({ type: 'varchar', length: VARCHAR.role.name, unique: true })
  @Field(() => String)
  name: string;

  @Column({ type: 'varchar', length: VARCHAR.role.description, default: '' })
  @Field(() => String)
  description: string;

  @Column({ type: 'simple-json' })
  @Field(() => [String])
  permissions: string[];

  @Column({ name: 'data_scope', type: 'varchar', length: VARCHAR.role.data_scope })
  @Field(() => DataScopeEnum)
  dataScope: DataScope;

  /** With `customer.viewSensitive`: clear on every readable record (READ) or only on editable ones (EDIT). */
  @Column({
    name: 'sensitive_level',
    type: 'varchar',
    length: VARCHAR.role.sensitive_level,
    default: 'READ',
  })
  @Field(() => AccessLevel, {
    description:
      'With customer.viewSensitive: sensitive fields in clear on readable (READ) or only editable (EDIT) records',
  })
  sensitiveLevel: 'READ' | 'EDIT';
}
