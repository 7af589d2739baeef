import type { MigrationInterface, QueryRunner } from 'typeorm';
import { backfillNameTokens } from '../backfill-name-tokens';

/** The name search index (customer-name-search.ts), filled from existing current and former names. */
export class CustomerNameTokens1766100000000 implements MigrationInterface {
  name = 'CustomerNameTokens1766100000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE `customer_name_token` (`token` varchar(8) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL, `customer_id` int NOT NULL, INDEX `idx_customer_name_token_customer` (`customer_id`), PRIMARY KEY (`token`, `customer_id`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci',
    );
    await backfillNameTokens(queryRunner);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE `customer_name_token`');
  }
}
