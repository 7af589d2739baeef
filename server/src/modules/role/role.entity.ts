import { DATA_SCOPES, type DataScope } from '@dossier/shared';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';

export const DataScopeEnum = Object.fromEntries(DATA_SCOPES.map((s) => [s, s])) as { [K in DataScope]: K };
registerEnumType(DataScopeEnum, { name: 'DataScope', description: 'How far a role sees customer records' });

/** A named set of permissions with a data scope. */
@Entity('role')
@ObjectType()
export class Role {
  @PrimaryGeneratedColumn({ type: 'int' })
  @Field(() => ID)
  id: number;

  @Column({ type: 'varchar', length: 100, unique: true })
  @Field(() => String)
  name: string;

  @Column({ type: 'varchar', length: 500, default: '' })
  @Field(() => String)
  description: string;

  @Column({ type: 'simple-json' })
  @Field(() => [String])
  permissions: string[];

  @Column({ name: 'data_scope', type: 'varchar', length: 20 })
  @Field(() => DataScopeEnum)
  dataScope: DataScope;

  @CreateDateColumn({ name: 'created_at', type: 'datetime' })
  @Field(() => Date)
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'datetime' })
  @Field(() => Date)
  updatedAt: Date;

  @VersionColumn({ type: 'int', default: 1 })
  @Field(() => Number)
  version: number;
}
