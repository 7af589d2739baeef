import { In, type DataSource } from 'typeorm';
import { unscoped } from '../access/scoped-reads';
import { groupedLoader } from '../../common/loaders';
import { CustomerFieldValue } from './customer-field-value.entity';
import { CustomerFormerName } from './customer-history.entity';
import { CustomerMember } from './customer-member.entity';

/** Children of customers the policy already admitted in this request: keyed by those ids only. */
export function createCustomerLoaders(ds: DataSource) {
  return {
    formerNamesByCustomerId: groupedLoader<number, CustomerFormerName>(
      (ids) =>
        unscoped(ds)
          .getRepository(CustomerFormerName)
          .find({ where: { customerId: In([...ids]) }, order: { usedUntil: 'DESC', id: 'DESC' } }),
      (f) => f.customerId,
    ),
    membersByCustomerId: groupedLoader<number, CustomerMember>(
      (ids) =>
        unscoped(ds)
          .getRepository(CustomerMember)
          .find({ where: { customerId: In([...ids]) }, order: { addedAt: 'ASC' } }),
      (m) => m.customerId,
    ),
    fieldValuesByCustomerId: groupedLoader<number, CustomerFieldValue>(
      (ids) =>
        unscoped(ds)
          .getRepository(CustomerFieldValue)
          .find({ where: { customerId: In([...ids]) }, order: { id: 'ASC' } }),
      (v) => v.customerId,
    ),
  };
}
