import type { MigrationInterface, QueryRunner } from 'typeorm';
import { backfillMatchKeys } from '../backfill-match-keys';

/** The duplicate-detection keys (customer-match-keys.ts), filled from existing customers. */
export class CustomerMatchKeys1768000000000 implements MigrationInterface {
  name = 'CustomerMatchKeys1768000000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE `customer_match_key` (`kind` varchar(8) NOT NULL, `match_key` varchar(200) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL, `customer_id` int NOT NULL, INDEX `idx_customer_match_key_customer` (`customer_id`), PRIMARY KEY (`kind`, `match_key`, `customer_id`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci',
    );
    await backfillMatchKeys(queryRunner);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE `customer_match_key`');
  }
}
