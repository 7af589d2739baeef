import type { DataSource } from 'typeorm';
import { unscoped } from '../access/scoped-reads';
import { groupedLoader } from '../../common/loaders';
import { newestPerKey, perLimit } from '../followup/followup.loaders';
import { CustomerTransaction } from './transaction.entity';

/** Children of customers the policy already admitted in this request: keyed by those ids only. */
export function createTransactionLoaders(ds: DataSource) {
  return {
    /** `customer.transactions(limit)`: latest first (occurred_on, then id). */
    latestTransactionsByCustomerId: perLimit((limit) =>
      groupedLoader<number, CustomerTransaction>(
        (ids) =>
          unscoped(ds)
            .getRepository(CustomerTransaction)
            .createQueryBuilder('t')
            .where(
              ...newestPerKey(
                't',
                'customer_transaction',
                'customer_id',
                'w.occurred_on DESC, w.id DESC',
                [...ids],
                limit,
              ),
            )
            .orderBy('t.customerId', 'ASC')
            .addOrderBy('t.occurredOn', 'DESC')
            .addOrderBy('t.id', 'DESC')
            .getMany(),
        (t) => t.customerId,
      ),
    ),
  };
}
