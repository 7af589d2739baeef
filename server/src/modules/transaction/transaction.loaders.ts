import type { DataSource } from 'typeorm';
import { latestPerKeyLoader, perLimit } from '../followup/followup.loaders';
import { CustomerTransaction } from './transaction.entity';

export function createTransactionLoaders(ds: DataSource) {
  return {
    /** `customer.transactions(limit)`: latest first (occurred_on, then id). */
    latestTransactionsByCustomerId: perLimit((limit) =>
      latestPerKeyLoader<CustomerTransaction>(
        (ids) =>
          ds
            .getRepository(CustomerTransaction)
            .createQueryBuilder('t')
            .where('t.customerId IN (:...ids)', { ids })
            .orderBy('t.customerId', 'ASC')
            .addOrderBy('t.occurredOn', 'DESC')
            .addOrderBy('t.id', 'DESC')
            .getMany(),
        (t) => t.customerId,
        limit,
      ),
    ),
  };
}
