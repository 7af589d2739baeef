import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CustomerArchive1764000000000 implements MigrationInterface {
  name = 'CustomerArchive1764000000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "customer_history" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "customer_id" integer NOT NULL, "field" varchar(64) NOT NULL, "old_value" text, "new_value" text, "actor_id" integer, "actor_name" varchar(100), "at" datetime NOT NULL, "reason" varchar(500))`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_customer_history_customer" ON "customer_history" ("customer_id", "at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "customer_former_name" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "customer_id" integer NOT NULL, "name" varchar(200) NOT NULL, "used_until" datetime NOT NULL, "reason" varchar(500))`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_former_name_name" ON "customer_former_name" ("name") `,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_former_name_customer" ON "customer_former_name" ("customer_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "customer_member" ("customer_id" integer NOT NULL, "user_id" integer NOT NULL, "level" varchar(8) NOT NULL, "added_at" datetime NOT NULL, PRIMARY KEY ("customer_id", "user_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_customer_member_user" ON "customer_member" ("user_id", "customer_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "numbering_rule" ("kind" varchar(16) PRIMARY KEY NOT NULL, "pattern" varchar(100) NOT NULL, "updated_at" datetime NOT NULL DEFAULT (datetime('now')), "version" integer NOT NULL DEFAULT (1))`,
    );
    await queryRunner.query(
      `CREATE TABLE "number_sequence" ("kind" varchar(16) NOT NULL, "year" integer NOT NULL, "value" integer NOT NULL DEFAULT (0), PRIMARY KEY ("kind", "year"))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "number_sequence"`);
    await queryRunner.query(`DROP TABLE "numbering_rule"`);
    await queryRunner.query(`DROP INDEX "idx_customer_member_user"`);
    await queryRunner.query(`DROP TABLE "customer_member"`);
    await queryRunner.query(`DROP INDEX "idx_former_name_customer"`);
    await queryRunner.query(`DROP INDEX "idx_former_name_name"`);
    await queryRunner.query(`DROP TABLE "customer_former_name"`);
    await queryRunner.query(`DROP INDEX "idx_customer_history_customer"`);
    await queryRunner.query(`DROP TABLE "customer_history"`);
  }
}
