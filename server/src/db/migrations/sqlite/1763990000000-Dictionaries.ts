import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Dictionaries1763990000000 implements MigrationInterface {
  name = 'Dictionaries1763990000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "cache_revision" ("name" varchar(32) PRIMARY KEY NOT NULL, "revision" integer NOT NULL DEFAULT (0))`,
    );
    await queryRunner.query(
      `CREATE TABLE "dictionary_type" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "code" varchar(64) NOT NULL, "name_zh" varchar(100) NOT NULL, "name_en" varchar(100) NOT NULL, "description" varchar(500) NOT NULL DEFAULT (''), "hierarchical" boolean NOT NULL DEFAULT (0), "system" boolean NOT NULL DEFAULT (0), "controlling_type_id" integer, "attribute_schema" text, "created_at" datetime NOT NULL DEFAULT (datetime('now')), "updated_at" datetime NOT NULL DEFAULT (datetime('now')), "version" integer NOT NULL DEFAULT (1), CONSTRAINT "UQ_64fb49458910f2882061ffe22d5" UNIQUE ("code"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "dictionary_item" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "type_id" integer NOT NULL, "code" varchar(64) NOT NULL, "label_zh" varchar(200) NOT NULL, "label_en" varchar(200) NOT NULL, "sort_order" integer NOT NULL DEFAULT (0), "enabled" boolean NOT NULL DEFAULT (1), "color" varchar(16), "parent_id" integer, "controlling_item_id" integer, "attributes" text, "created_at" datetime NOT NULL DEFAULT (datetime('now')), "updated_at" datetime NOT NULL DEFAULT (datetime('now')), "version" integer NOT NULL DEFAULT (1))`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_dictionary_item_controlling" ON "dictionary_item" ("controlling_item_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_dictionary_item_parent" ON "dictionary_item" ("type_id", "parent_id") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_dictionary_item_code" ON "dictionary_item" ("type_id", "code") `,
    );
    await queryRunner.query(
      `CREATE TABLE "field_definition" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "kind" varchar(16) NOT NULL, "field_key" varchar(64) NOT NULL, "label_zh" varchar(100) NOT NULL, "label_en" varchar(100) NOT NULL, "field_group" varchar(16) NOT NULL, "sort_order" integer NOT NULL DEFAULT (0), "field_type" varchar(16) NOT NULL, "dictionary_code" varchar(64), "controlling_field" varchar(64), "required" boolean NOT NULL DEFAULT (0), "is_unique" boolean NOT NULL DEFAULT (0), "sensitive" boolean NOT NULL DEFAULT (0), "is_protected" boolean NOT NULL DEFAULT (0), "active" boolean NOT NULL DEFAULT (1), "built_in" boolean NOT NULL DEFAULT (0), "help_zh" varchar(500) NOT NULL DEFAULT (''), "help_en" varchar(500) NOT NULL DEFAULT (''), "validation" text, "created_at" datetime NOT NULL DEFAULT (datetime('now')), "updated_at" datetime NOT NULL DEFAULT (datetime('now')), "version" integer NOT NULL DEFAULT (1))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_field_definition_key" ON "field_definition" ("kind", "field_key") `,
    );
    await queryRunner.query(
      `CREATE TABLE "customer" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "kind" varchar(16) NOT NULL, "number" varchar(40), "name" varchar(200) NOT NULL, "credit_code" varchar(18), "address" varchar(300), "phone" varchar(32), "mobile" varchar(32), "fax" varchar(32), "email" varchar(200), "postcode" varchar(10), "website" varchar(200), "credit_rating" integer, "employee_count" integer, "registered_capital" decimal(18,2), "founded" varchar(7), "main_business" text, "birthday" varchar(10), "occupation" varchar(100), "id_number" varchar(32), "hobbies" text, "consumption_habits" text, "remarks" text, "special_requirements" text, "risk_notes" text, "category_id" integer, "grade_id" integer, "importance_id" integer, "industry_id" integer, "scale_id" integer, "nature_id" integer, "source_id" integer, "region_id" integer, "territory_id" integer, "years_in_business_id" integer, "industry_status_id" integer, "gender_id" integer, "age_range_id" integer, "id_type_id" integer, "contact_strategy_id" integer, "purchase_strategy_id" integer, "settlement_method_id" integer, "owner_id" integer, "department_id" integer, "status" varchar(16) NOT NULL DEFAULT ('ACTIVE'), "transaction_count" integer NOT NULL DEFAULT (0), "total_amount" decimal(18,2) NOT NULL DEFAULT (0), "first_transaction_on" varchar(10), "last_transaction_on" varchar(10), "last_followup_at" datetime, "created_at" datetime NOT NULL DEFAULT (datetime('now')), "updated_at" datetime NOT NULL DEFAULT (datetime('now')), "deleted_at" datetime, "version" integer NOT NULL DEFAULT (1), CONSTRAINT "UQ_7b2fbfd3faad49db87ad676e31a" UNIQUE ("number"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_customer_credit_code" ON "customer" ("credit_code") `,
    );
    await queryRunner.query(`CREATE INDEX "idx_customer_phone" ON "customer" ("phone") `);
    await queryRunner.query(`CREATE INDEX "idx_customer_mobile" ON "customer" ("mobile") `);
    await queryRunner.query(`CREATE INDEX "idx_customer_id_number" ON "customer" ("id_number") `);
    await queryRunner.query(`CREATE INDEX "idx_customer_category" ON "customer" ("category_id") `);
    await queryRunner.query(`CREATE INDEX "idx_customer_grade" ON "customer" ("grade_id") `);
    await queryRunner.query(
      `CREATE INDEX "idx_customer_importance" ON "customer" ("importance_id") `,
    );
    await queryRunner.query(`CREATE INDEX "idx_customer_industry" ON "customer" ("industry_id") `);
    await queryRunner.query(`CREATE INDEX "idx_customer_source" ON "customer" ("source_id") `);
    await queryRunner.query(`CREATE INDEX "idx_customer_region" ON "customer" ("region_id") `);
    await queryRunner.query(
      `CREATE INDEX "idx_customer_territory" ON "customer" ("territory_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_customer_last_transaction" ON "customer" ("last_transaction_on") `,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_customer_department" ON "customer" ("department_id") `,
    );
    await queryRunner.query(`CREATE INDEX "idx_customer_owner" ON "customer" ("owner_id") `);
    await queryRunner.query(
      `CREATE INDEX "idx_customer_kind_name" ON "customer" ("kind", "name") `,
    );
    await queryRunner.query(
      `CREATE TABLE "customer_field_value" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "customer_id" integer NOT NULL, "field_id" integer NOT NULL, "item_id" integer, "text_value" text, "number_value" decimal(20,4))`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_cfv_item" ON "customer_field_value" ("field_id", "item_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_cfv_customer" ON "customer_field_value" ("customer_id", "field_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "temporary_dictionary_type" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "code" varchar(64) NOT NULL, "name_zh" varchar(100) NOT NULL, "name_en" varchar(100) NOT NULL, "description" varchar(500) NOT NULL DEFAULT (''), "hierarchical" boolean NOT NULL DEFAULT (0), "system" boolean NOT NULL DEFAULT (0), "controlling_type_id" integer, "attribute_schema" text, "created_at" datetime NOT NULL DEFAULT (datetime('now')), "updated_at" datetime NOT NULL DEFAULT (datetime('now')), "version" integer NOT NULL DEFAULT (1), CONSTRAINT "UQ_64fb49458910f2882061ffe22d5" UNIQUE ("code"), CONSTRAINT "FK_0b3f5ddf05945b9d16a4e1ad4d8" FOREIGN KEY ("controlling_type_id") REFERENCES "dictionary_type" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)`,
    );
    await queryRunner.query(
      `INSERT INTO "temporary_dictionary_type"("id", "code", "name_zh", "name_en", "description", "hierarchical", "system", "controlling_type_id", "attribute_schema", "created_at", "updated_at", "version") SELECT "id", "code", "name_zh", "name_en", "description", "hierarchical", "system", "controlling_type_id", "attribute_schema", "created_at", "updated_at", "version" FROM "dictionary_type"`,
    );
    await queryRunner.query(`DROP TABLE "dictionary_type"`);
    await queryRunner.query(`ALTER TABLE "temporary_dictionary_type" RENAME TO "dictionary_type"`);
    await queryRunner.query(`DROP INDEX "idx_dictionary_item_controlling"`);
    await queryRunner.query(`DROP INDEX "idx_dictionary_item_parent"`);
    await queryRunner.query(`DROP INDEX "uq_dictionary_item_code"`);
    await queryRunner.query(
      `CREATE TABLE "temporary_dictionary_item" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "type_id" integer NOT NULL, "code" varchar(64) NOT NULL, "label_zh" varchar(200) NOT NULL, "label_en" varchar(200) NOT NULL, "sort_order" integer NOT NULL DEFAULT (0), "enabled" boolean NOT NULL DEFAULT (1), "color" varchar(16), "parent_id" integer, "controlling_item_id" integer, "attributes" text, "created_at" datetime NOT NULL DEFAULT (datetime('now')), "updated_at" datetime NOT NULL DEFAULT (datetime('now')), "version" integer NOT NULL DEFAULT (1), CONSTRAINT "FK_251c4d3e6449cad711ca6a65a5e" FOREIGN KEY ("type_id") REFERENCES "dictionary_type" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_234e516e7a9595c222e7735142d" FOREIGN KEY ("parent_id") REFERENCES "dictionary_item" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_5c4b47ad0b26f989c6a73e0c3a9" FOREIGN KEY ("controlling_item_id") REFERENCES "dictionary_item" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)`,
    );
    await queryRunner.query(
      `INSERT INTO "temporary_dictionary_item"("id", "type_id", "code", "label_zh", "label_en", "sort_order", "enabled", "color", "parent_id", "controlling_item_id", "attributes", "created_at", "updated_at", "version") SELECT "id", "type_id", "code", "label_zh", "label_en", "sort_order", "enabled", "color", "parent_id", "controlling_item_id", "attributes", "created_at", "updated_at", "version" FROM "dictionary_item"`,
    );
    await queryRunner.query(`DROP TABLE "dictionary_item"`);
    await queryRunner.query(`ALTER TABLE "temporary_dictionary_item" RENAME TO "dictionary_item"`);
    await queryRunner.query(
      `CREATE INDEX "idx_dictionary_item_controlling" ON "dictionary_item" ("controlling_item_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_dictionary_item_parent" ON "dictionary_item" ("type_id", "parent_id") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_dictionary_item_code" ON "dictionary_item" ("type_id", "code") `,
    );
    await queryRunner.query(`DROP INDEX "idx_cfv_item"`);
    await queryRunner.query(`DROP INDEX "idx_cfv_customer"`);
    await queryRunner.query(
      `CREATE TABLE "temporary_customer_field_value" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "customer_id" integer NOT NULL, "field_id" integer NOT NULL, "item_id" integer, "text_value" text, "number_value" decimal(20,4), CONSTRAINT "FK_8ddd5db81c83a0092bbc4eb84dd" FOREIGN KEY ("customer_id") REFERENCES "customer" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT "FK_d78448f7d1ee92132a5b8e21408" FOREIGN KEY ("field_id") REFERENCES "field_definition" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_22ccb4af1e26786c1ad5f67bca6" FOREIGN KEY ("item_id") REFERENCES "dictionary_item" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)`,
    );
    await queryRunner.query(
      `INSERT INTO "temporary_customer_field_value"("id", "customer_id", "field_id", "item_id", "text_value", "number_value") SELECT "id", "customer_id", "field_id", "item_id", "text_value", "number_value" FROM "customer_field_value"`,
    );
    await queryRunner.query(`DROP TABLE "customer_field_value"`);
    await queryRunner.query(
      `ALTER TABLE "temporary_customer_field_value" RENAME TO "customer_field_value"`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_cfv_item" ON "customer_field_value" ("field_id", "item_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_cfv_customer" ON "customer_field_value" ("customer_id", "field_id") `,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "idx_cfv_customer"`);
    await queryRunner.query(`DROP INDEX "idx_cfv_item"`);
    await queryRunner.query(
      `ALTER TABLE "customer_field_value" RENAME TO "temporary_customer_field_value"`,
    );
    await queryRunner.query(
      `CREATE TABLE "customer_field_value" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "customer_id" integer NOT NULL, "field_id" integer NOT NULL, "item_id" integer, "text_value" text, "number_value" decimal(20,4))`,
    );
    await queryRunner.query(
      `INSERT INTO "customer_field_value"("id", "customer_id", "field_id", "item_id", "text_value", "number_value") SELECT "id", "customer_id", "field_id", "item_id", "text_value", "number_value" FROM "temporary_customer_field_value"`,
    );
    await queryRunner.query(`DROP TABLE "temporary_customer_field_value"`);
    await queryRunner.query(
      `CREATE INDEX "idx_cfv_customer" ON "customer_field_value" ("customer_id", "field_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_cfv_item" ON "customer_field_value" ("field_id", "item_id") `,
    );
    await queryRunner.query(`DROP INDEX "uq_dictionary_item_code"`);
    await queryRunner.query(`DROP INDEX "idx_dictionary_item_parent"`);
    await queryRunner.query(`DROP INDEX "idx_dictionary_item_controlling"`);
    await queryRunner.query(`ALTER TABLE "dictionary_item" RENAME TO "temporary_dictionary_item"`);
    await queryRunner.query(
      `CREATE TABLE "dictionary_item" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "type_id" integer NOT NULL, "code" varchar(64) NOT NULL, "label_zh" varchar(200) NOT NULL, "label_en" varchar(200) NOT NULL, "sort_order" integer NOT NULL DEFAULT (0), "enabled" boolean NOT NULL DEFAULT (1), "color" varchar(16), "parent_id" integer, "controlling_item_id" integer, "attributes" text, "created_at" datetime NOT NULL DEFAULT (datetime('now')), "updated_at" datetime NOT NULL DEFAULT (datetime('now')), "version" integer NOT NULL DEFAULT (1))`,
    );
    await queryRunner.query(
      `INSERT INTO "dictionary_item"("id", "type_id", "code", "label_zh", "label_en", "sort_order", "enabled", "color", "parent_id", "controlling_item_id", "attributes", "created_at", "updated_at", "version") SELECT "id", "type_id", "code", "label_zh", "label_en", "sort_order", "enabled", "color", "parent_id", "controlling_item_id", "attributes", "created_at", "updated_at", "version" FROM "temporary_dictionary_item"`,
    );
    await queryRunner.query(`DROP TABLE "temporary_dictionary_item"`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_dictionary_item_code" ON "dictionary_item" ("type_id", "code") `,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_dictionary_item_parent" ON "dictionary_item" ("type_id", "parent_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_dictionary_item_controlling" ON "dictionary_item" ("controlling_item_id") `,
    );
    await queryRunner.query(`ALTER TABLE "dictionary_type" RENAME TO "temporary_dictionary_type"`);
    await queryRunner.query(
      `CREATE TABLE "dictionary_type" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "code" varchar(64) NOT NULL, "name_zh" varchar(100) NOT NULL, "name_en" varchar(100) NOT NULL, "description" varchar(500) NOT NULL DEFAULT (''), "hierarchical" boolean NOT NULL DEFAULT (0), "system" boolean NOT NULL DEFAULT (0), "controlling_type_id" integer, "attribute_schema" text, "created_at" datetime NOT NULL DEFAULT (datetime('now')), "updated_at" datetime NOT NULL DEFAULT (datetime('now')), "version" integer NOT NULL DEFAULT (1), CONSTRAINT "UQ_64fb49458910f2882061ffe22d5" UNIQUE ("code"))`,
    );
    await queryRunner.query(
      `INSERT INTO "dictionary_type"("id", "code", "name_zh", "name_en", "description", "hierarchical", "system", "controlling_type_id", "attribute_schema", "created_at", "updated_at", "version") SELECT "id", "code", "name_zh", "name_en", "description", "hierarchical", "system", "controlling_type_id", "attribute_schema", "created_at", "updated_at", "version" FROM "temporary_dictionary_type"`,
    );
    await queryRunner.query(`DROP TABLE "temporary_dictionary_type"`);
    await queryRunner.query(`DROP INDEX "idx_cfv_customer"`);
    await queryRunner.query(`DROP INDEX "idx_cfv_item"`);
    await queryRunner.query(`DROP TABLE "customer_field_value"`);
    await queryRunner.query(`DROP INDEX "idx_customer_kind_name"`);
    await queryRunner.query(`DROP INDEX "idx_customer_owner"`);
    await queryRunner.query(`DROP INDEX "idx_customer_department"`);
    await queryRunner.query(`DROP INDEX "idx_customer_last_transaction"`);
    await queryRunner.query(`DROP INDEX "idx_customer_territory"`);
    await queryRunner.query(`DROP INDEX "idx_customer_region"`);
    await queryRunner.query(`DROP INDEX "idx_customer_source"`);
    await queryRunner.query(`DROP INDEX "idx_customer_industry"`);
    await queryRunner.query(`DROP INDEX "idx_customer_importance"`);
    await queryRunner.query(`DROP INDEX "idx_customer_grade"`);
    await queryRunner.query(`DROP INDEX "idx_customer_category"`);
    await queryRunner.query(`DROP INDEX "idx_customer_id_number"`);
    await queryRunner.query(`DROP INDEX "idx_customer_mobile"`);
    await queryRunner.query(`DROP INDEX "idx_customer_phone"`);
    await queryRunner.query(`DROP INDEX "idx_customer_credit_code"`);
    await queryRunner.query(`DROP TABLE "customer"`);
    await queryRunner.query(`DROP INDEX "uq_field_definition_key"`);
    await queryRunner.query(`DROP TABLE "field_definition"`);
    await queryRunner.query(`DROP INDEX "uq_dictionary_item_code"`);
    await queryRunner.query(`DROP INDEX "idx_dictionary_item_parent"`);
    await queryRunner.query(`DROP INDEX "idx_dictionary_item_controlling"`);
    await queryRunner.query(`DROP TABLE "dictionary_item"`);
    await queryRunner.query(`DROP TABLE "dictionary_type"`);
    await queryRunner.query(`DROP TABLE "cache_revision"`);
  }
}
