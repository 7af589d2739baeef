import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { VARCHAR } from '../limits';

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
  @Column({ type: 'varchar', length: VARCHAR.idempotency_key.caller })
  caller: string;

  /** SHA-256 (hex) of the key the client sent. */
  @Column({ name: 'key_hash', type: 'varchar', length: VARCHAR.idempotency_key.key_hash })
  keyHash: string;

  /** The mutation, e.g. `createOneCustomer`. */
  @Column({ type: 'varchar', length: VARCHAR.idempotency_key.operation })
  operation: string;

  /** SHA-256 (hex) of the mutation's arguments: the same key with other arguments is a CONFLICT. */
  @Column({ name: 'request_hash', type: 'varchar', length: VARCHAR.idempotency_key.request_hash })
  requestHash: string;

  /** Id of the row the create made; a retry answers with that row as it is now. */
  @Column({ name: 'result_id', type: 'varchar', length: VARCHAR.idempotency_key.result_id })
  resultId: string;

  @Index('idx_idempotency_key_created_at')
  @Column({ name: 'created_at', type: 'datetime' })
  createdAt: Date;
}
