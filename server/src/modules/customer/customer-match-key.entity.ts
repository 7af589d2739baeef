import { Entity, Index, PrimaryColumn } from 'typeorm';
import { VARCHAR } from '../../common/limits';

/** What a match key was made from: a current or former name, or a phone or mobile number. */
export type MatchKeyKind = 'name' | 'phone';

/**
 * The duplicate-detection index (customer-match-keys.ts): each customer's normalised name keys
 * (current and former names) and phone keys (phone and mobile), compared byte for byte.
 */
@Entity('customer_match_key')
@Index('idx_customer_match_key_customer', ['customerId'])
export class CustomerMatchKey {
  @PrimaryColumn({ type: 'varchar', length: VARCHAR.customer_match_key.kind }) kind: MatchKeyKind;
  @PrimaryColumn({
    name: 'match_key',
    type: 'varchar',
    length: VARCHAR.customer_match_key.match_key,
  })
  matchKey: string;
  @PrimaryColumn({ name: 'customer_id', type: 'int' }) customerId: number;
}
