import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Access1764600000000 implements MigrationInterface {
  name = 'Access1764600000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "access_rule" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "subject_type" varchar(16) NOT NULL, "subject_id" integer NOT NULL, "field" varchar(64) NOT NULL, "level" varchar(8) NOT NULL, "description" varchar(500), "created_by" integer, "created_at" datetime NOT NULL)`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_access_rule_subject" ON "access_rule" ("subject_type", "subject_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "access_rule_item" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "rule_id" integer NOT NULL, "item_id" integer NOT NULL)`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_access_rule_item_item" ON "access_rule_item" ("item_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_access_rule_item_rule" ON "access_rule_item" ("rule_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "access_request" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "customer_id" integer NOT NULL, "requester_id" integer NOT NULL, "approver_id" integer, "level" varchar(8) NOT NULL, "reason_code" varchar(64), "reason" varchar(500), "until" datetime NOT NULL, "status" varchar(16) NOT NULL, "decided_by" integer, "decided_at" datetime, "comment" varchar(500), "grant_id" integer, "renews_id" integer, "created_at" datetime NOT NULL)`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_access_request_customer" ON "access_request" ("customer_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_access_request_requester" ON "access_request" ("requester_id", "status") `,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_access_request_approver" ON "access_request" ("approver_id", "status") `,
    );
    await queryRunner.query(
      `CREATE TABLE "change_request" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "customer_id" integer NOT NULL, "requester_id" integer, "approver_id" integer, "base_version" integer NOT NULL, "proposed" text NOT NULL, "diff" text NOT NULL, "reason" varchar(500) NOT NULL, "status" varchar(16) NOT NULL, "decided_by" integer, "decided_at" datetime, "comment" varchar(500), "created_at" datetime NOT NULL)`,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_change_request_customer" ON "change_request" ("customer_id", "status") `,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_change_request_requester" ON "change_request" ("requester_id", "status") `,
    );
    await queryRunner.query(
      `CREATE INDEX "idx_change_request_approver" ON "change_request" ("approver_id", "status") `,
    );
    await queryRunner.query(`DROP INDEX "idx_audit_entity"`);
    await queryRunner.query(`DROP INDEX "idx_audit_actor_at"`);
    await queryRunner.query(`DROP INDEX "idx_audit_action_at"`);
    await queryRunner.query(`DROP INDEX "idx_audit_at"`);
    await queryRunner.query(
      `CREATE TABLE "temporary_audit_log" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "at" datetime NOT NULL, "actor_id" integer, "actor_name" varchar(100), "action" varchar(64) NOT NULL, "entity" varchar(64), "entity_id" varchar(64), "diff" text, "ip" varchar(64), "customer_id" integer)`,
    );
    await queryRunner.query(
      `INSERT INTO "temporary_audit_log"("id", "at", "actor_id", "actor_name", "action", "entity", "entity_id", "diff", "ip") SELECT "id", "at", "actor_id", "actor_name", "action", "entity", "entity_id", "diff", "ip" FROM "audit_log"`,
    );
    await queryRunner.query(`DROP TABLE "audit_log"`);
    await queryRunner.query(`ALTER TABLE "temporary_audit_log" RENAME TO "audit_log"`);
    await queryRunner.query(
      `CREATE INDEX "idx_audit_entity" ON "audit_log" ("entity", "entity_id") `,
    );
    await queryRunner.query(`CREATE INDEX "idx_audit_actor_at" ON "audit_log" ("actor_id", "at") `);
    await queryRunner.query(`CREATE INDEX "idx_audit_action_at" ON "audit_log" ("action", "at") `);
    await queryRunner.query(`CREATE INDEX "idx_audit_at" ON "audit_log" ("at") `);
    await queryRunner.query(
      `CREATE TABLE "temporary_role" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "name" varchar(100) NOT NULL, "description" varchar(500) NOT NULL DEFAULT (''), "permissions" text NOT NULL, "data_scope" varchar(20) NOT NULL, "created_at" datetime NOT NULL DEFAULT (datetime('now')), "updated_at" datetime NOT NULL DEFAULT (datetime('now')), "version" integer NOT NULL DEFAULT (1), "sensitive_level" varchar(8) NOT NULL DEFAULT ('READ'), CONSTRAINT "UQ_ae4578dcaed5adff96595e61660" UNIQUE ("name"))`,
    );
    await queryRunner.query(
      `INSERT INTO "temporary_role"("id", "name", "description", "permissions", "data_scope", "created_at", "updated_at", "version") SELECT "id", "name", "description", "permissions", "data_scope", "created_at", "updated_at", "version" FROM "role"`,
    );
    await queryRunner.query(`DROP TABLE "role"`);
    await queryRunner.query(`ALTER TABLE "temporary_role" RENAME TO "role"`);
    await queryRunner.query(
      `CREATE INDEX "idx_audit_customer_at" ON "audit_log" ("customer_id", "at") `,
    );
    // Audit entries about a customer name it, so the audit view can apply the access policy.
    await queryRunner.query(
      `UPDATE "audit_log" SET "customer_id" = CAST("entity_id" AS INTEGER) WHERE "entity" = 'Customer'`,
    );
    // Phones are sensitive, and so is the home address of individuals.
    await queryRunner.query(
      `UPDATE "field_definition" SET "sensitive" = 1 WHERE "built_in" = 1 AND ("field_key" = 'phone' OR ("field_key" = 'address' AND "kind" = 'INDIVIDUAL'))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "idx_audit_customer_at"`);
    await queryRunner.query(`ALTER TABLE "role" RENAME TO "temporary_role"`);
    await queryRunner.query(
      `CREATE TABLE "role" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "name" varchar(100) NOT NULL, "description" varchar(500) NOT NULL DEFAULT (''), "permissions" text NOT NULL, "data_scope" varchar(20) NOT NULL, "created_at" datetime NOT NULL DEFAULT (datetime('now')), "updated_at" datetime NOT NULL DEFAULT (datetime('now')), "version" integer NOT NULL DEFAULT (1), CONSTRAINT "UQ_ae4578dcaed5adff96595e61660" UNIQUE ("name"))`,
    );
    await queryRunner.query(
      `INSERT INTO "role"("id", "name", "description", "permissions", "data_scope", "created_at", "updated_at", "version") SELECT "id", "name", "description", "permissions", "data_scope", "created_at", "updated_at", "version" FROM "temporary_role"`,
    );
    await queryRunner.query(`DROP TABLE "temporary_role"`);
    await queryRunner.query(`DROP INDEX "idx_audit_at"`);
    await queryRunner.query(`DROP INDEX "idx_audit_action_at"`);
    await queryRunner.query(`DROP INDEX "idx_audit_actor_at"`);
    await queryRunner.query(`DROP INDEX "idx_audit_entity"`);
    await queryRunner.query(`ALTER TABLE "audit_log" RENAME TO "temporary_audit_log"`);
    await queryRunner.query(
      `CREATE TABLE "audit_log" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "at" datetime NOT NULL, "actor_id" integer, "actor_name" varchar(100), "action" varchar(64) NOT NULL, "entity" varchar(64), "entity_id" varchar(64), "diff" text, "ip" varchar(64))`,
    );
    await queryRunner.query(
      `INSERT INTO "audit_log"("id", "at", "actor_id", "actor_name", "action", "entity", "entity_id", "diff", "ip") SELECT "id", "at", "actor_id", "actor_name", "action", "entity", "entity_id", "diff", "ip" FROM "temporary_audit_log"`,
    );
    await queryRunner.query(`DROP TABLE "temporary_audit_log"`);
    await queryRunner.query(`CREATE INDEX "idx_audit_at" ON "audit_log" ("at") `);
    await queryRunner.query(`CREATE INDEX "idx_audit_action_at" ON "audit_log" ("action", "at") `);
    await queryRunner.query(`CREATE INDEX "idx_audit_actor_at" ON "audit_log" ("actor_id", "at") `);
    await queryRunner.query(
      `CREATE INDEX "idx_audit_entity" ON "audit_log" ("entity", "entity_id") `,
    );
    await queryRunner.query(`DROP INDEX "idx_change_request_approver"`);
    await queryRunner.query(`DROP INDEX "idx_change_request_requester"`);
    await queryRunner.query(`DROP INDEX "idx_change_request_customer"`);
    await queryRunner.query(`DROP TABLE "change_request"`);
    await queryRunner.query(`DROP INDEX "idx_access_request_approver"`);
    await queryRunner.query(`DROP INDEX "idx_access_request_requester"`);
    await queryRunner.query(`DROP INDEX "idx_access_request_customer"`);
    await queryRunner.query(`DROP TABLE "access_request"`);
    await queryRunner.query(`DROP INDEX "idx_access_rule_item_rule"`);
    await queryRunner.query(`DROP INDEX "idx_access_rule_item_item"`);
    await queryRunner.query(`DROP TABLE "access_rule_item"`);
    await queryRunner.query(`DROP INDEX "idx_access_rule_subject"`);
    await queryRunner.query(`DROP TABLE "access_rule"`);
  }
}
