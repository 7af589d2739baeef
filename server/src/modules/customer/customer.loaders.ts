import { In, type DataSource } from 'typeorm';
import { groupedLoader } from '../../common/loaders';
import { CustomerFieldValue } from './customer-field-value.entity';

export function createCustomerLoaders(ds: DataSource) {
  return {
    fieldValuesByCustomerId: groupedLoader<number, CustomerFieldValue>(
      (ids) => ds.getRepository(CustomerFieldValue).find({ where: { customerId: In([...ids]) }, order: { id: 'ASC' } }),
      (v) => v.customerId,
    ),
  };
}
