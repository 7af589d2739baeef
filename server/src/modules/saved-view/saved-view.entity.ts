import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { VARCHAR } from '../../common/limits';
import { VersionedEntity } from '../../common/versioned-entity';

/** Lists that can have saved views; the value is what the `resource` column holds. */
export enum SavedViewResource {
  CUSTOMERS = 'customers',
}
registerEnumType(SavedViewResource, { name: 'SavedViewResource' });

/** A user's named state of a list (filters, columns, sort); only its owner ever sees it. */
@Entity('saved_view')
@Index('uq_saved_view_user_resource_name', ['userId', 'resource', 'name'], { unique: true })
@ObjectType()
export class SavedView extends VersionedEntity {
  @PrimaryGeneratedColumn({ type: 'int' }) @Field(() => ID) id: number;

  @Column({ name: 'user_id', type: 'int' }) userId: number;

  @Column({ type: 'varchar', length: VARCHAR.saved_view.resource })
  @Field(() => SavedViewResource)
  resource: SavedViewResource;

  @Column({ type: 'varchar', length: VARCHAR.saved_view.name }) @Field(() => String) name: string;

  /** JSON text; exposed as the `state` JSON field. */
  @Column({ name: 'state', type: 'text' }) stateJson: string;

  @Column({ name: 'is_default', type: 'boolean', default: false })
  @Field(() => Boolean, { description: 'Applied when the list opens without filters of its own' })
  isDefault: boolean;
}
