import type { MigrationInterface, QueryRunner } from 'typeorm';

export class People1764200000000 implements MigrationInterface {
  name = 'People1764200000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "contact" ("created_at" datetime NOT NULL DEFAULT (datetime('now')), "updated_at" datetime NOT NULL DEFAULT (datetime('now')), "version" integer NOT NULL DEFAULT (1), "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "name" varchar(100) NOT NULL, "gender_id" integer, "title" varchar(100), "department_name" varchar(100), "mobile" varchar(32), "phone" varchar(32), "email" varchar(200), "wechat" varchar(64), "birthday" varchar(10), "native_place" varchar(100), "education_id" integer, "school" varchar(100), "major" varchar(100), "hobbies" text, "personal_notes" text, "decision_role_id" integer, "closeness" integer, "email_opt_in" boolean NOT NULL DEFAULT (0), "sms_opt_in" boolean NOT NULL DEFAULT (0), "important_dates" text, "deleted_at" datetime)`,
    );
    await queryRunner.query(`CREATE INDEX "idx_contact_mobile" ON "contact" ("mobile") `);
    await queryRunner.query(`CREATE INDEX "idx_contact_name" ON "contact" ("name") `);
    await queryRunner.query(
      `CREATE TABLE "customer_contact" ("customer_id" integer NOT NULL, "contact_id" integer NOT NULL, "is_primary" boolean NOT NULL DEFAULT (0), PRIMARY KEY ("customer_id", "contact_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_customer_contact_contact" ON "customer_contact" ("contact_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "relationship" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "type_id" integer NOT NULL, "from_kind" varchar(8) NOT NULL, "from_id" integer NOT NULL, "to_kind" varchar(8) NOT NULL, "to_id" integer NOT NULL, "since" varchar(10), "until" varchar(10), "strength" integer, "note" varchar(500), "created_by" integer, "created_at" datetime NOT NULL DEFAULT (datetime('now')))`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_relationship_to" ON "relationship" ("to_kind", "to_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_relationship_from" ON "relationship" ("from_kind", "from_id") `,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "idx_relationship_from"`);
    await queryRunner.query(`DROP INDEX "idx_relationship_to"`);
    await queryRunner.query(`DROP TABLE "relationship"`);
    await queryRunner.query(`DROP INDEX "idx_customer_contact_contact"`);
    await queryRunner.query(`DROP TABLE "customer_contact"`);
    await queryRunner.query(`DROP INDEX "idx_contact_name"`);
    await queryRunner.query(`DROP INDEX "idx_contact_mobile"`);
    await queryRunner.query(`DROP TABLE "contact"`);
  }
}
