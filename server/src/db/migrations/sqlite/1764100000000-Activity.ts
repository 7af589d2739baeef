import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Activity1764100000000 implements MigrationInterface {
  name = 'Activity1764100000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "followup" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "customer_id" integer NOT NULL, "contact_id" integer, "user_id" integer NOT NULL, "happened_at" datetime NOT NULL, "method_id" integer, "content" text NOT NULL, "feedback" text, "next_step" text, "next_date" varchar(10), "milestone_id" integer, "created_at" datetime NOT NULL DEFAULT (datetime('now')))`,
    );
    await queryRunner.query(`CREATE INDEX "idx_followup_next_date" ON "followup" ("next_date") `);
    await queryRunner.query(
      `CREATE INDEX "idx_followup_user_happened" ON "followup" ("user_id", "happened_at") `,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_followup_customer_happened" ON "followup" ("customer_id", "happened_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "customer_transaction" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "customer_id" integer NOT NULL, "occurred_on" varchar(10) NOT NULL, "type_id" integer NOT NULL, "amount" decimal(18,2) NOT NULL, "currency" varchar(3) NOT NULL DEFAULT ('CNY'), "product" varchar(200), "note" text, "created_by" integer, "created_at" datetime NOT NULL DEFAULT (datetime('now')))`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_customer_transaction_customer_on" ON "customer_transaction" ("customer_id", "occurred_on") `,
    );
    await queryRunner.query(`DROP INDEX "idx_followup_next_date"`);
    await queryRunner.query(`DROP INDEX "idx_followup_user_happened"`);
    await queryRunner.query(`DROP INDEX "idx_followup_customer_happened"`);
    await queryRunner.query(
      `CREATE TABLE "temporary_followup" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "customer_id" integer NOT NULL, "contact_id" integer, "user_id" integer NOT NULL, "happened_at" datetime NOT NULL, "method_id" integer, "content" text NOT NULL, "feedback" text, "next_step" text, "next_date" varchar(10), "milestone_id" integer, "created_at" datetime NOT NULL DEFAULT (datetime('now')), CONSTRAINT "FK_9b05573054bb53d8d420698407d" FOREIGN KEY ("customer_id") REFERENCES "customer" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_4897a0b65c91c730505ae8fb3eb" FOREIGN KEY ("user_id") REFERENCES "user" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)`,
    );
    await queryRunner.query(
      `INSERT INTO "temporary_followup"("id", "customer_id", "contact_id", "user_id", "happened_at", "method_id", "content", "feedback", "next_step", "next_date", "milestone_id", "created_at") SELECT "id", "customer_id", "contact_id", "user_id", "happened_at", "method_id", "content", "feedback", "next_step", "next_date", "milestone_id", "created_at" FROM "followup"`,
    );
    await queryRunner.query(`DROP TABLE "followup"`);
    await queryRunner.query(`ALTER TABLE "temporary_followup" RENAME TO "followup"`);
    await queryRunner.query(`CREATE INDEX "idx_followup_next_date" ON "followup" ("next_date") `);
    await queryRunner.query(
      `CREATE INDEX "idx_followup_user_happened" ON "followup" ("user_id", "happened_at") `,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_followup_customer_happened" ON "followup" ("customer_id", "happened_at") `,
    );
    await queryRunner.query(`DROP INDEX "idx_customer_transaction_customer_on"`);
    await queryRunner.query(
      `CREATE TABLE "temporary_customer_transaction" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "customer_id" integer NOT NULL, "occurred_on" varchar(10) NOT NULL, "type_id" integer NOT NULL, "amount" decimal(18,2) NOT NULL, "currency" varchar(3) NOT NULL DEFAULT ('CNY'), "product" varchar(200), "note" text, "created_by" integer, "created_at" datetime NOT NULL DEFAULT (datetime('now')), CONSTRAINT "FK_1f4a232ad5343aefc560c48ce42" FOREIGN KEY ("customer_id") REFERENCES "customer" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_f63bc9be11f7a925ec0b6959aa3" FOREIGN KEY ("created_by") REFERENCES "user" ("id") ON DELETE SET NULL ON UPDATE NO ACTION)`,
    );
    await queryRunner.query(
      `INSERT INTO "temporary_customer_transaction"("id", "customer_id", "occurred_on", "type_id", "amount", "currency", "product", "note", "created_by", "created_at") SELECT "id", "customer_id", "occurred_on", "type_id", "amount", "currency", "product", "note", "created_by", "created_at" FROM "customer_transaction"`,
    );
    await queryRunner.query(`DROP TABLE "customer_transaction"`);
    await queryRunner.query(
      `ALTER TABLE "temporary_customer_transaction" RENAME TO "customer_transaction"`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_customer_transaction_customer_on" ON "customer_transaction" ("customer_id", "occurred_on") `,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "idx_customer_transaction_customer_on"`);
    await queryRunner.query(
      `ALTER TABLE "customer_transaction" RENAME TO "temporary_customer_transaction"`,
    );
    await queryRunner.query(
      `CREATE TABLE "customer_transaction" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "customer_id" integer NOT NULL, "occurred_on" varchar(10) NOT NULL, "type_id" integer NOT NULL, "amount" decimal(18,2) NOT NULL, "currency" varchar(3) NOT NULL DEFAULT ('CNY'), "product" varchar(200), "note" text, "created_by" integer, "created_at" datetime NOT NULL DEFAULT (datetime('now')))`,
    );
    await queryRunner.query(
      `INSERT INTO "customer_transaction"("id", "customer_id", "occurred_on", "type_id", "amount", "currency", "product", "note", "created_by", "created_at") SELECT "id", "customer_id", "occurred_on", "type_id", "amount", "currency", "product", "note", "created_by", "created_at" FROM "temporary_customer_transaction"`,
    );
    await queryRunner.query(`DROP TABLE "temporary_customer_transaction"`);
    await queryRunner.query(
      `CREATE INDEX "idx_customer_transaction_customer_on" ON "customer_transaction" ("customer_id", "occurred_on") `,
    );
    await queryRunner.query(`DROP INDEX "idx_followup_customer_happened"`);
    await queryRunner.query(`DROP INDEX "idx_followup_user_happened"`);
    await queryRunner.query(`DROP INDEX "idx_followup_next_date"`);
    await queryRunner.query(`ALTER TABLE "followup" RENAME TO "temporary_followup"`);
    await queryRunner.query(
      `CREATE TABLE "followup" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "customer_id" integer NOT NULL, "contact_id" integer, "user_id" integer NOT NULL, "happened_at" datetime NOT NULL, "method_id" integer, "content" text NOT NULL, "feedback" text, "next_step" text, "next_date" varchar(10), "milestone_id" integer, "created_at" datetime NOT NULL DEFAULT (datetime('now')))`,
    );
    await queryRunner.query(
      `INSERT INTO "followup"("id", "customer_id", "contact_id", "user_id", "happened_at", "method_id", "content", "feedback", "next_step", "next_date", "milestone_id", "created_at") SELECT "id", "customer_id", "contact_id", "user_id", "happened_at", "method_id", "content", "feedback", "next_step", "next_date", "milestone_id", "created_at" FROM "temporary_followup"`,
    );
    await queryRunner.query(`DROP TABLE "temporary_followup"`);
    await queryRunner.query(
      `CREATE INDEX "idx_followup_customer_happened" ON "followup" ("customer_id", "happened_at") `,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_followup_user_happened" ON "followup" ("user_id", "happened_at") `,
    );
    await queryRunner.query(`CREATE INDEX "idx_followup_next_date" ON "followup" ("next_date") `);
    await queryRunner.query(`DROP INDEX "idx_customer_transaction_customer_on"`);
    await queryRunner.query(`DROP TABLE "customer_transaction"`);
    await queryRunner.query(`DROP INDEX "idx_followup_customer_happened"`);
    await queryRunner.query(`DROP INDEX "idx_followup_user_happened"`);
    await queryRunner.query(`DROP INDEX "idx_followup_next_date"`);
    await queryRunner.query(`DROP TABLE "followup"`);
  }
}
