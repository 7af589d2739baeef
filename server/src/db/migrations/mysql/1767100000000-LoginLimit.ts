import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Sign-in attempt counts shared by every server (rate-limiter-flexible's MySQL layout: key,
 * points, expire in epoch milliseconds). No entity: only the limiter reads and writes it.
 */
export class LoginLimit1767100000000 implements MigrationInterface {
  name = 'LoginLimit1767100000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE `login_limit` (`key` varchar(255) COLLATE utf8mb4_bin NOT NULL, `points` int NOT NULL DEFAULT 0, `expire` bigint UNSIGNED NULL, PRIMARY KEY (`key`), INDEX `idx_login_limit_expire` (`expire`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE `login_limit`');
  }
}
