import type { MigrationInterface, QueryRunner } from 'typeorm';
import { backfillAuditCustomers } from '../../../modules/audit/audit-customers';

/** Every customer an audit entry is about (children included), filled for existing entries. */
export class AuditLogCustomers1767500000000 implements MigrationInterface {
  name = 'AuditLogCustomers1767500000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE `audit_log_customer` (`audit_id` int NOT NULL, `customer_id` int NOT NULL, INDEX `idx_audit_log_customer_customer` (`customer_id`, `audit_id`), PRIMARY KEY (`audit_id`, `customer_id`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci',
    );
    await backfillAuditCustomers((sql, params) => queryRunner.query(sql, params));
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE `audit_log_customer`');
  }
}
