import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Sign-in attempt counts shared by every server (rate-limiter-flexible's SQLite layout: key,
 * points, expire in epoch milliseconds). No entity: only the limiter reads and writes it.
 */
export class LoginLimit1767100000000 implements MigrationInterface {
  name = 'LoginLimit1767100000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "login_limit" ("key" varchar(255) PRIMARY KEY NOT NULL, "points" integer NOT NULL DEFAULT (0), "expire" bigint)`,
    );
    await queryRunner.query(`CREATE INDEX "idx_login_limit_expire" ON "login_limit" ("expire") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "idx_login_limit_expire"`);
    await queryRunner.query(`DROP TABLE "login_limit"`);
  }
}
