import { Entity, Index, PrimaryColumn } from 'typeorm';

/** Which customers an audit entry is about (a contact linked to several customers: all of them). */
@Entity('audit_log_customer')
@Index('idx_audit_log_customer_customer', ['customerId', 'auditId'])
export class AuditLogCustomer {
  @PrimaryColumn({ name: 'audit_id', type: 'int' }) auditId: number;
  @PrimaryColumn({ name: 'customer_id', type: 'int' }) customerId: number;
}
