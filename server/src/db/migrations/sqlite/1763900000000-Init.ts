import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Init1763900000000 implements MigrationInterface {
  name = 'Init1763900000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "api_key" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "name" varchar(100) NOT NULL, "prefix" varchar(16) NOT NULL, "secret_hash" varchar(64) NOT NULL, "role_id" integer NOT NULL, "department_id" integer, "created_by" integer, "created_at" datetime NOT NULL DEFAULT (datetime('now')), "last_used_at" datetime, "revoked_at" datetime, CONSTRAINT "UQ_c4f6ccad30c0862eb54af9fb0ac" UNIQUE ("prefix"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "audit_log" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "at" datetime NOT NULL, "actor_id" integer, "actor_name" varchar(100), "action" varchar(64) NOT NULL, "entity" varchar(64), "entity_id" varchar(64), "diff" text, "ip" varchar(64))`,
    );
    await queryRunner.query(`CREATE INDEX "idx_audit_at" ON "audit_log" ("at") `);
    await queryRunner.query(`CREATE INDEX "idx_audit_action_at" ON "audit_log" ("action", "at") `);
    await queryRunner.query(`CREATE INDEX "idx_audit_actor_at" ON "audit_log" ("actor_id", "at") `);
    await queryRunner.query(
      `CREATE INDEX "idx_audit_entity" ON "audit_log" ("entity", "entity_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "department" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "name" varchar(100) NOT NULL, "parent_id" integer, "manager_id" integer, "created_at" datetime NOT NULL DEFAULT (datetime('now')), "updated_at" datetime NOT NULL DEFAULT (datetime('now')), "version" integer NOT NULL DEFAULT (1))`,
    );
    await queryRunner.query(`CREATE INDEX "idx_department_parent" ON "department" ("parent_id") `);
    await queryRunner.query(
      `CREATE TABLE "role" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "name" varchar(100) NOT NULL, "description" varchar(500) NOT NULL DEFAULT (''), "permissions" text NOT NULL, "data_scope" varchar(20) NOT NULL, "created_at" datetime NOT NULL DEFAULT (datetime('now')), "updated_at" datetime NOT NULL DEFAULT (datetime('now')), "version" integer NOT NULL DEFAULT (1), CONSTRAINT "UQ_ae4578dcaed5adff96595e61660" UNIQUE ("name"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "user" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "username" varchar(64) NOT NULL, "display_name" varchar(100) NOT NULL, "email" varchar(200), "mobile" varchar(32), "active" boolean NOT NULL DEFAULT (1), "password_hash" varchar(255) NOT NULL, "department_id" integer, "last_login_at" datetime, "created_at" datetime NOT NULL DEFAULT (datetime('now')), "updated_at" datetime NOT NULL DEFAULT (datetime('now')), "version" integer NOT NULL DEFAULT (1), CONSTRAINT "UQ_78a916df40e02a9deb1c4b75edb" UNIQUE ("username"))`,
    );
    await queryRunner.query(`CREATE INDEX "idx_user_department" ON "user" ("department_id") `);
    await queryRunner.query(
      `CREATE TABLE "user_role" ("user_id" integer NOT NULL, "role_id" integer NOT NULL, PRIMARY KEY ("user_id", "role_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_d0e5815877f7395a198a4cb0a4" ON "user_role" ("user_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_32a6fc2fcb019d8e3a8ace0f55" ON "user_role" ("role_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "temporary_api_key" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "name" varchar(100) NOT NULL, "prefix" varchar(16) NOT NULL, "secret_hash" varchar(64) NOT NULL, "role_id" integer NOT NULL, "department_id" integer, "created_by" integer, "created_at" datetime NOT NULL DEFAULT (datetime('now')), "last_used_at" datetime, "revoked_at" datetime, CONSTRAINT "UQ_c4f6ccad30c0862eb54af9fb0ac" UNIQUE ("prefix"), CONSTRAINT "FK_5f1af9654227b7edf87eeff54a0" FOREIGN KEY ("role_id") REFERENCES "role" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_b7ea940c2242a146c2291eee1c3" FOREIGN KEY ("department_id") REFERENCES "department" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_799ab142170befb4f010216e2e7" FOREIGN KEY ("created_by") REFERENCES "user" ("id") ON DELETE SET NULL ON UPDATE NO ACTION)`,
    );
    await queryRunner.query(
      `INSERT INTO "temporary_api_key"("id", "name", "prefix", "secret_hash", "role_id", "department_id", "created_by", "created_at", "last_used_at", "revoked_at") SELECT "id", "name", "prefix", "secret_hash", "role_id", "department_id", "created_by", "created_at", "last_used_at", "revoked_at" FROM "api_key"`,
    );
    await queryRunner.query(`DROP TABLE "api_key"`);
    await queryRunner.query(`ALTER TABLE "temporary_api_key" RENAME TO "api_key"`);
    await queryRunner.query(`DROP INDEX "idx_department_parent"`);
    await queryRunner.query(
      `CREATE TABLE "temporary_department" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "name" varchar(100) NOT NULL, "parent_id" integer, "manager_id" integer, "created_at" datetime NOT NULL DEFAULT (datetime('now')), "updated_at" datetime NOT NULL DEFAULT (datetime('now')), "version" integer NOT NULL DEFAULT (1), CONSTRAINT "FK_110d56d702b0880fe9b005878e9" FOREIGN KEY ("parent_id") REFERENCES "department" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_4ca0fbc25538965a90575dc4a81" FOREIGN KEY ("manager_id") REFERENCES "user" ("id") ON DELETE SET NULL ON UPDATE NO ACTION)`,
    );
    await queryRunner.query(
      `INSERT INTO "temporary_department"("id", "name", "parent_id", "manager_id", "created_at", "updated_at", "version") SELECT "id", "name", "parent_id", "manager_id", "created_at", "updated_at", "version" FROM "department"`,
    );
    await queryRunner.query(`DROP TABLE "department"`);
    await queryRunner.query(`ALTER TABLE "temporary_department" RENAME TO "department"`);
    await queryRunner.query(`CREATE INDEX "idx_department_parent" ON "department" ("parent_id") `);
    await queryRunner.query(`DROP INDEX "idx_user_department"`);
    await queryRunner.query(
      `CREATE TABLE "temporary_user" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "username" varchar(64) NOT NULL, "display_name" varchar(100) NOT NULL, "email" varchar(200), "mobile" varchar(32), "active" boolean NOT NULL DEFAULT (1), "password_hash" varchar(255) NOT NULL, "department_id" integer, "last_login_at" datetime, "created_at" datetime NOT NULL DEFAULT (datetime('now')), "updated_at" datetime NOT NULL DEFAULT (datetime('now')), "version" integer NOT NULL DEFAULT (1), CONSTRAINT "UQ_78a916df40e02a9deb1c4b75edb" UNIQUE ("username"), CONSTRAINT "FK_afd2c87bee70dd5557f48911e66" FOREIGN KEY ("department_id") REFERENCES "department" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)`,
    );
    await queryRunner.query(
      `INSERT INTO "temporary_user"("id", "username", "display_name", "email", "mobile", "active", "password_hash", "department_id", "last_login_at", "created_at", "updated_at", "version") SELECT "id", "username", "display_name", "email", "mobile", "active", "password_hash", "department_id", "last_login_at", "created_at", "updated_at", "version" FROM "user"`,
    );
    await queryRunner.query(`DROP TABLE "user"`);
    await queryRunner.query(`ALTER TABLE "temporary_user" RENAME TO "user"`);
    await queryRunner.query(`CREATE INDEX "idx_user_department" ON "user" ("department_id") `);
    await queryRunner.query(`DROP INDEX "IDX_d0e5815877f7395a198a4cb0a4"`);
    await queryRunner.query(`DROP INDEX "IDX_32a6fc2fcb019d8e3a8ace0f55"`);
    await queryRunner.query(
      `CREATE TABLE "temporary_user_role" ("user_id" integer NOT NULL, "role_id" integer NOT NULL, CONSTRAINT "FK_d0e5815877f7395a198a4cb0a46" FOREIGN KEY ("user_id") REFERENCES "user" ("id") ON DELETE CASCADE ON UPDATE CASCADE, CONSTRAINT "FK_32a6fc2fcb019d8e3a8ace0f55f" FOREIGN KEY ("role_id") REFERENCES "role" ("id") ON DELETE CASCADE ON UPDATE CASCADE, PRIMARY KEY ("user_id", "role_id"))`,
    );
    await queryRunner.query(
      `INSERT INTO "temporary_user_role"("user_id", "role_id") SELECT "user_id", "role_id" FROM "user_role"`,
    );
    await queryRunner.query(`DROP TABLE "user_role"`);
    await queryRunner.query(`ALTER TABLE "temporary_user_role" RENAME TO "user_role"`);
    await queryRunner.query(
      `CREATE INDEX "IDX_d0e5815877f7395a198a4cb0a4" ON "user_role" ("user_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_32a6fc2fcb019d8e3a8ace0f55" ON "user_role" ("role_id") `,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_32a6fc2fcb019d8e3a8ace0f55"`);
    await queryRunner.query(`DROP INDEX "IDX_d0e5815877f7395a198a4cb0a4"`);
    await queryRunner.query(`ALTER TABLE "user_role" RENAME TO "temporary_user_role"`);
    await queryRunner.query(
      `CREATE TABLE "user_role" ("user_id" integer NOT NULL, "role_id" integer NOT NULL, PRIMARY KEY ("user_id", "role_id"))`,
    );
    await queryRunner.query(
      `INSERT INTO "user_role"("user_id", "role_id") SELECT "user_id", "role_id" FROM "temporary_user_role"`,
    );
    await queryRunner.query(`DROP TABLE "temporary_user_role"`);
    await queryRunner.query(
      `CREATE INDEX "IDX_32a6fc2fcb019d8e3a8ace0f55" ON "user_role" ("role_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_d0e5815877f7395a198a4cb0a4" ON "user_role" ("user_id") `,
    );
    await queryRunner.query(`DROP INDEX "idx_user_department"`);
    await queryRunner.query(`ALTER TABLE "user" RENAME TO "temporary_user"`);
    await queryRunner.query(
      `CREATE TABLE "user" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "username" varchar(64) NOT NULL, "display_name" varchar(100) NOT NULL, "email" varchar(200), "mobile" varchar(32), "active" boolean NOT NULL DEFAULT (1), "password_hash" varchar(255) NOT NULL, "department_id" integer, "last_login_at" datetime, "created_at" datetime NOT NULL DEFAULT (datetime('now')), "updated_at" datetime NOT NULL DEFAULT (datetime('now')), "version" integer NOT NULL DEFAULT (1), CONSTRAINT "UQ_78a916df40e02a9deb1c4b75edb" UNIQUE ("username"))`,
    );
    await queryRunner.query(
      `INSERT INTO "user"("id", "username", "display_name", "email", "mobile", "active", "password_hash", "department_id", "last_login_at", "created_at", "updated_at", "version") SELECT "id", "username", "display_name", "email", "mobile", "active", "password_hash", "department_id", "last_login_at", "created_at", "updated_at", "version" FROM "temporary_user"`,
    );
    await queryRunner.query(`DROP TABLE "temporary_user"`);
    await queryRunner.query(`CREATE INDEX "idx_user_department" ON "user" ("department_id") `);
    await queryRunner.query(`DROP INDEX "idx_department_parent"`);
    await queryRunner.query(`ALTER TABLE "department" RENAME TO "temporary_department"`);
    await queryRunner.query(
      `CREATE TABLE "department" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "name" varchar(100) NOT NULL, "parent_id" integer, "manager_id" integer, "created_at" datetime NOT NULL DEFAULT (datetime('now')), "updated_at" datetime NOT NULL DEFAULT (datetime('now')), "version" integer NOT NULL DEFAULT (1))`,
    );
    await queryRunner.query(
      `INSERT INTO "department"("id", "name", "parent_id", "manager_id", "created_at", "updated_at", "version") SELECT "id", "name", "parent_id", "manager_id", "created_at", "updated_at", "version" FROM "temporary_department"`,
    );
    await queryRunner.query(`DROP TABLE "temporary_department"`);
    await queryRunner.query(`CREATE INDEX "idx_department_parent" ON "department" ("parent_id") `);
    await queryRunner.query(`ALTER TABLE "api_key" RENAME TO "temporary_api_key"`);
    await queryRunner.query(
      `CREATE TABLE "api_key" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "name" varchar(100) NOT NULL, "prefix" varchar(16) NOT NULL, "secret_hash" varchar(64) NOT NULL, "role_id" integer NOT NULL, "department_id" integer, "created_by" integer, "created_at" datetime NOT NULL DEFAULT (datetime('now')), "last_used_at" datetime, "revoked_at" datetime, CONSTRAINT "UQ_c4f6ccad30c0862eb54af9fb0ac" UNIQUE ("prefix"))`,
    );
    await queryRunner.query(
      `INSERT INTO "api_key"("id", "name", "prefix", "secret_hash", "role_id", "department_id", "created_by", "created_at", "last_used_at", "revoked_at") SELECT "id", "name", "prefix", "secret_hash", "role_id", "department_id", "created_by", "created_at", "last_used_at", "revoked_at" FROM "temporary_api_key"`,
    );
    await queryRunner.query(`DROP TABLE "temporary_api_key"`);
    await queryRunner.query(`DROP INDEX "IDX_32a6fc2fcb019d8e3a8ace0f55"`);
    await queryRunner.query(`DROP INDEX "IDX_d0e5815877f7395a198a4cb0a4"`);
    await queryRunner.query(`DROP TABLE "user_role"`);
    await queryRunner.query(`DROP INDEX "idx_user_department"`);
    await queryRunner.query(`DROP TABLE "user"`);
    await queryRunner.query(`DROP TABLE "role"`);
    await queryRunner.query(`DROP INDEX "idx_department_parent"`);
    await queryRunner.query(`DROP TABLE "department"`);
    await queryRunner.query(`DROP INDEX "idx_audit_entity"`);
    await queryRunner.query(`DROP INDEX "idx_audit_actor_at"`);
    await queryRunner.query(`DROP INDEX "idx_audit_action_at"`);
    await queryRunner.query(`DROP INDEX "idx_audit_at"`);
    await queryRunner.query(`DROP TABLE "audit_log"`);
    await queryRunner.query(`DROP TABLE "api_key"`);
  }
}
