import { Entity, Index, PrimaryColumn } from 'typeorm';
import { VARCHAR } from '../../common/limits';

/** The name search index: two-character pieces of a customer's current and former names (see customer-name-search.ts). */
@Entity('customer_name_token')
@Index('idx_customer_name_token_customer', ['customerId'])
export class CustomerNameToken {
  @PrimaryColumn({ type: 'varchar', length: VARCHAR.customer_name_token.token }) token: string;
  @PrimaryColumn({ name: 'customer_id', type: 'int' }) customerId: number;
}
