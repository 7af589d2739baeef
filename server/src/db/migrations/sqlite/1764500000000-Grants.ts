import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Grants1764500000000 implements MigrationInterface {
  name = 'Grants1764500000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "customer_grant" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "customer_id" integer NOT NULL, "user_id" integer, "department_id" integer, "level" varchar(8) NOT NULL, "expires_at" datetime NOT NULL, "reason" varchar(500) NOT NULL, "granted_by" integer, "granted_at" datetime NOT NULL, "revoked_at" datetime, "revoked_by" integer)`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_grant_department" ON "customer_grant" ("department_id", "expires_at") `,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_grant_user" ON "customer_grant" ("user_id", "expires_at") `,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_grant_customer" ON "customer_grant" ("customer_id") `,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "idx_grant_customer"`);
    await queryRunner.query(`DROP INDEX "idx_grant_user"`);
    await queryRunner.query(`DROP INDEX "idx_grant_department"`);
    await queryRunner.query(`DROP TABLE "customer_grant"`);
  }
}
