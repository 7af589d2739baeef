import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A create done under an `Idempotency-Key`: written in the create's own transaction, so a retry
 * with the same key finds it exactly when the first attempt committed.
 */
@Entity('idempotency_key')
@Index('uq_idempotency_key_caller_key', ['caller', 'keyHash'], { unique: true })
export class IdempotencyKey {
  @PrimaryGeneratedColumn({ type: 'int' })
  id: number;

  /** `user:<id>` or `apiKey:<id>`: keys are per caller. */
  @Column({ type: 'varchar', length: 64 })
  caller: string;

  /** SHA-256 (hex) of the key the client sent. */
  @Column({ name: 'key_hash', type: 'varchar', length: 64 })
  keyHash: string;

  /** The mutation, e.g. `createOneCustomer`. */
  @Column({ type: 'varchar', length: 64 })
  operation: string;

  /** SHA-256 (hex) of the mutation's arguments: the same key with other arguments is a CONFLICT. */
  @Column({ name: 'request_hash', type: 'varchar', length: 64 })
  requestHash: string;

  /** Id of the row the create made; a retry answers with that row as it is now. */
  @Column({ name: 'result_id', type: 'varchar', length: 64 })
  resultId: string;

  @Index('idx_idempotency_key_created_at')
  @Column({ name: 'created_at', type: 'datetime' })
  createdAt: Date;
}
