import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A counter per cached data set, bumped by every write to it. */
@Entity('cache_revision')
export class CacheRevision {
  @PrimaryColumn({ type: 'varchar', length: 32 })
  name: string;

  @Column({ type: 'int', default: 0 })
  revision: number;
}
