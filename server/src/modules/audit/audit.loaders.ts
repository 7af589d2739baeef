import { In, type DataSource } from 'typeorm';
import { groupedLoader } from '../../common/loaders';
import { AuditLogCustomer } from './audit-log-customer.entity';
import { unscoped } from '../access/scoped-reads';

/** Per request: the customers of audit entries (for masking their diffs), one query per page. */
export function createAuditLoaders(ds: DataSource) {
  return {
    auditCustomerIds: groupedLoader<number, AuditLogCustomer>(
      // Entries already admitted by `AuditService.list`; these rows only say whose they are.
      (ids) =>
        unscoped(ds)
          .getRepository(AuditLogCustomer)
          .findBy({ auditId: In([...ids]) }),
      (row) => Number(row.auditId),
    ),
  };
}
