import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Region filters and their counts read (region_id, deleted_at) from one index (see docs/performance.md). */
export class CustomerRegionLive1766000000000 implements MigrationInterface {
  name = 'CustomerRegionLive1766000000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE INDEX `idx_customer_region_live` ON `customer` (`region_id`, `deleted_at`)',
    );
    await queryRunner.query('DROP INDEX `idx_customer_region` ON `customer`');
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('CREATE INDEX `idx_customer_region` ON `customer` (`region_id`)');
    await queryRunner.query('DROP INDEX `idx_customer_region_live` ON `customer`');
  }
}
