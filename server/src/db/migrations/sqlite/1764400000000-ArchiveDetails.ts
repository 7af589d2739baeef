import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ArchiveDetails1764400000000 implements MigrationInterface {
  name = 'ArchiveDetails1764400000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "contact_history" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "field" varchar(64) NOT NULL, "old_value" text, "new_value" text, "actor_id" integer, "actor_name" varchar(100), "at" datetime NOT NULL, "reason" varchar(500), "contact_id" integer NOT NULL)`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_contact_history_contact" ON "contact_history" ("contact_id", "at") `,
    );
    await queryRunner.query(`CREATE INDEX "idx_customer_status" ON "customer" ("status") `);
    await queryRunner.query(`CREATE INDEX "idx_customer_updated" ON "customer" ("updated_at") `);
    await queryRunner.query(`CREATE INDEX "idx_customer_created" ON "customer" ("created_at") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "idx_customer_created"`);
    await queryRunner.query(`DROP INDEX "idx_customer_updated"`);
    await queryRunner.query(`DROP INDEX "idx_customer_status"`);
    await queryRunner.query(`DROP INDEX "idx_contact_history_contact"`);
    await queryRunner.query(`DROP TABLE "contact_history"`);
  }
}
