import type { DataSource } from 'typeorm';
import { unscoped } from '../access/scoped-reads';
import { groupedLoader } from '../../common/loaders';
import { newestPerKey, perLimit } from '../followup/followup.loaders';
import { CustomerDocument } from './document.entity';

/** Children of customers the policy already admitted in this request: keyed by those ids only. */
export function createDocumentLoaders(ds: DataSource) {
  return {
    /** `customer.documents(limit)`: newest first (uploaded_at, then id); soft-deleted rows excluded. */
    latestDocumentsByCustomerId: perLimit((limit) =>
      groupedLoader<number, CustomerDocument>(
        (ids) =>
          unscoped(ds)
            .getRepository(CustomerDocument)
            .createQueryBuilder('d')
            .where(
              ...newestPerKey(
                'd',
                'customer_document',
                'customer_id',
                'w.uploaded_at DESC, w.id DESC',
                [...ids],
                limit,
                'w.deleted_at IS NULL',
              ),
            )
            .orderBy('d.customerId', 'ASC')
            .addOrderBy('d.uploadedAt', 'DESC')
            .addOrderBy('d.id', 'DESC')
            .getMany(),
        (d) => d.customerId,
      ),
    ),
  };
}
