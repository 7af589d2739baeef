import { In, type DataSource } from 'typeorm';
import { groupedLoader } from '../../common/loaders';
import { CustomerFieldValue } from './customer-field-value.entity';
import { CustomerFormerName } from './customer-history.entity';
import { CustomerMember } from './customer-member.entity';

export function createCustomerLoaders(ds: DataSource) {
  return {
    formerNamesByCustomerId: groupedLoader<number, CustomerFormerName>(
      (ids) =>
        ds
          .getRepository(CustomerFormerName)
          .find({ where: { customerId: In([...ids]) }, order: { usedUntil: 'DESC', id: 'DESC' } }),
      (f) => f.customerId,
    ),
    membersByCustomerId: groupedLoader<number, CustomerMember>(
      (ids) =>
        ds
          .getRepository(CustomerMember)
          .find({ where: { customerId: In([...ids]) }, order: { addedAt: 'ASC' } }),
      (m) => m.customerId,
    ),
    fieldValuesByCustomerId: groupedLoader<number, CustomerFieldValue>(
      (ids) =>
        ds
          .getRepository(CustomerFieldValue)
          .find({ where: { customerId: In([...ids]) }, order: { id: 'ASC' } }),
      (v) => v.customerId,
    ),
  };
}
