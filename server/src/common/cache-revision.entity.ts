import { Column, Entity, PrimaryColumn } from 'typeorm';
import { VARCHAR } from './limits';

/** A counter per cached data set, bumped by every write to it. */
@Entity('cache_revision')
export class CacheRevision {
  @PrimaryColumn({ type: 'varchar', length: VARCHAR.cache_revision.name })
  name: string;

  @Column({ type: 'int', default: 0 })
  revision: number;
}
